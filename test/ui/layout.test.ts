import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../source/core/classifier/index.js';
import {detailLines, detailWindow, maxDetailScroll} from '../../source/ui/detail/lines.js';
import {paneLayout, rowColumns} from '../../source/ui/layout.js';
import {wrapText} from '../../source/ui/wrap.js';
import {databaseFrom} from '../helpers/db.js';
import {sampleDocument} from '../helpers/generic.js';

describe('pane layout', () => {
	it.each([
		[60, 15, 'list'],
		[80, 24, 'stacked'],
		[99, 30, 'stacked'],
		[100, 24, 'side'],
		[120, 40, 'side'],
		[200, 50, 'side'],
		[80, 16, 'list'],
	] as const)('%i×%i puts the detail %s', (columns, rows, kind) => {
		const layout = paneLayout(columns, rows);
		expect(layout.kind).toBe(kind);
		// Header, body and status bar fit the terminal with a row to spare.
		expect(layout.body + 3).toBeLessThanOrEqual(rows);
		if (kind === 'side') expect(layout.listWidth + 1 + layout.detailWidth).toBe(columns);
		if (kind === 'stacked') expect(layout.listHeight + 1 + layout.detailHeight).toBe(layout.body);
		// The list's message preview keeps ~20 columns wherever the list is.
		expect(rowColumns(layout.listWidth).message).toBeGreaterThanOrEqual(20);
	});

	it.each([55, 60, 65, 80, 110, 200])('a list row of %i columns adds up to its width', width => {
		const {name, message} = rowColumns(width);
		expect(8 + name + 1 + 9 + 1 + 4 + 1 + message).toBe(width);
		expect(name).toBeGreaterThanOrEqual(8);
	});
});

describe('wrapping', () => {
	it.each([
		['one two three four', 9, ['one two', 'three', 'four']],
		['Lieber Herr Keller, wir planen', 12, ['Lieber Herr', 'Keller, wir', 'planen']],
		['a\n\nb', 10, ['a', '', 'b']],
		['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
		['🚀🚀🚀 ok', 4, ['🚀🚀', '🚀', 'ok']],
		['', 5, ['']],
	])('%j at %i columns', (text, width, lines) => {
		expect(wrapText(text, width)).toEqual(lines);
		for (const line of wrapText(text, width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
	});
});

describe('the detail as lines', () => {
	const db = databaseFrom(sampleDocument());
	const suggestions = classifyAll(db, {now: new Date('2026-11-26T12:00:00Z')});
	const request = db.requests.find(r => r.id === 'r-001')!;
	const person = db.people.find(p => p.id === request.from)!;
	const input = {request: {...request, message: 'Hallo Steve, '.repeat(30)}, person, suggestion: suggestions.get(request.key), ready: false, history: db.interactions.filter(i => i.person === person.id), sameText: []};

	it.each([20, 35, 53, 89])('never has a line wider than %i columns, and keeps every heading', width => {
		const lines = detailLines(input, width);
		for (const line of lines) expect(stringWidth(line.map(s => s.text).join(''))).toBeLessThanOrEqual(width);
		const text = lines.map(line => line.map(s => s.text).join(''));
		expect(text[0]).toContain('Anna');
		expect(text).toContain('History');
		expect(text.some(line => line.startsWith('Suggestion '))).toBe(true);
		expect(text.join(' ')).toContain('met in person 1×');
	});

	it('says how many people are mutual contacts in the right number', () => {
		const one = detailLines({...input, person: {...person, mutualContacts: 1}}, 60).map(l => l.map(s => s.text).join(''));
		expect(one.join('\n')).toContain('1 mutual contact');
		expect(one.join('\n')).not.toContain('1 mutual contacts');
	});

	it('says "seen first" for a request whose export had no date, and the date for one that had', () => {
		const text = (dateKnown?: false) => detailLines({...input, request: {...input.request, receivedAt: '2026-03-01T12:00:00Z', ...(dateKnown === false ? {dateKnown} : {})}}, 60)
			.map(line => line.map(s => s.text).join('')).join('\n');
		expect(text(false)).toContain('seen first 2026-03-01');
		expect(text()).not.toContain('seen first');
		expect(text()).toContain('2026-03-01');
	});

	it('shows a window with a marker row, and scrolls no further than the last line', () => {
		const lines = detailLines(input, 30);
		expect(lines.length).toBeGreaterThan(12);
		const top = detailWindow(lines, 10, 0);
		expect(top.lines).toHaveLength(9);
		expect(top.above).toBe(0);
		expect(top.below).toBe(lines.length - 9);
		const max = maxDetailScroll(lines.length, 10);
		const bottom = detailWindow(lines, 10, max + 50);
		expect(bottom.scroll).toBe(max);
		expect(bottom.below).toBe(0);
		expect(bottom.lines.at(-1)).toEqual(lines.at(-1));
		expect(detailWindow(lines.slice(0, 5), 10, 3)).toEqual({lines: lines.slice(0, 5), above: 0, below: 0, scroll: 0});
	});
});
