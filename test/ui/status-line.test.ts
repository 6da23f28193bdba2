import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {applyOverrides} from '../../source/ui/keymap-config.js';
import {keymap} from '../../source/ui/keymap.js';
import {headerText} from '../../source/ui/header-text.js';
import {orderedHints, statusLine} from '../../source/ui/status-line.js';
import {noFilters} from '../../source/ui/views.js';

const text = (line: ReturnType<typeof statusLine>) => [line.counts, line.message, line.hints].filter(Boolean).join(' · ');

describe('the status line', () => {
	const hints = orderedHints(keymap, ['always', 'list']);

	it('puts help and quit first', () => {
		expect(hints.slice(0, 2)).toEqual(['? help', 'q quit']);
	});

	it.each([40, 60, 79, 119, 199])('at %i columns keeps help and quit, and fits', width => {
		for (const message of [undefined, 'accepted Anna Müller — u: undo', 'nothing to apply: 40 requests are decided already; 3 already have their suggestion']) {
			const line = statusLine(' 10/93 · 2 marked', message, hints, width);
			expect(line.hints).toContain('? help');
			expect(line.hints).toContain('q quit');
			expect(stringWidth(text(line))).toBeLessThanOrEqual(width);
		}
	});

	it('shows the whole message when there is room, and more hints at a wider terminal', () => {
		const narrow = statusLine(' 1/3', 'note saved', hints, 80);
		const wide = statusLine(' 1/3', 'note saved', hints, 200);
		expect(narrow.message).toBe('note saved');
		expect(wide.hints.split(' · ').length).toBeGreaterThan(narrow.hints.split(' · ').length);
	});

	it('follows a rebinding in keys.json', () => {
		const {bindings} = applyOverrides({'request.spam': ['z'], 'help.open': ['h']}, 'keys.json');
		const rebound = orderedHints(bindings, ['always', 'list']);
		expect(rebound).toContain('z spam');
		expect(rebound).not.toContain('s spam');
		expect(rebound[0]).toBe('h help');
	});

	it('leaves out hints whose keys the mode on top takes over', () => {
		const detail = orderedHints(keymap, ['always', 'detail', 'list']);
		expect(detail).toContain('j/k scroll');
		expect(detail).not.toContain('j/k move');
		expect(detail).toContain('a accept');
	});
});

describe('the header', () => {
	const counts = {pending: 93, ready: 0, followers: 12, decided: 140, all: 245, asked: 0, todo: 0};
	it.each([200, 120, 80, 60, 40, 20])('at %i columns shows the current view whole', width => {
		const header = headerText('decided', counts, {network: 'linkedin', suggestion: 'all'}, width);
		const line = ' ' + header.parts.map(part => part.text).join(header.separator);
		expect(header.parts.find(part => part.active)!.text).toBe('[Decided 140]');
		if (width >= 60) expect(stringWidth(line) + (header.filters ? 3 + stringWidth(header.filters) : 0)).toBeLessThanOrEqual(width);
		expect(header.filters).toBe('network: linkedin');
	});

	it('shows Asked and To do only when they hold something or are the current view', () => {
		const texts = (view: Parameters<typeof headerText>[0], given: typeof counts) => headerText(view, given, noFilters, 200).parts.map(part => part.text);
		expect(texts('pending', counts).join(' ')).not.toMatch(/Asked|To do/);
		expect(texts('pending', {...counts, todo: 3})).toContain('To do 3');
		expect(texts('asked', counts)).toContain('[Asked 0]');
	});

	it('uses the full labels when they fit', () => {
		expect(headerText('pending', counts, noFilters, 120).parts.map(part => part.text)).toContain('Ready to accept 0');
		expect(headerText('pending', counts, noFilters, 60).parts.map(part => part.text)).toContain('Ready 0');
	});
});
