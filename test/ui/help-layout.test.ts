import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {helpPage, type HelpLine} from '../../source/ui/help-layout.js';
import {keymap} from '../../source/ui/keymap.js';

const allPages = (width: number, height: number) => {
	const first = helpPage(keymap, width, height, 0);
	return Array.from({length: first.pages}, (_, page) => helpPage(keymap, width, height, page));
};

const lineWidth = (line: HelpLine) => (line.kind === 'key' ? 11 + stringWidth(line.text) : line.kind === 'group' ? stringWidth(line.text) : 0);

describe('help layout', () => {
	it.each([
		[56, 11],
		[78, 18],
		[118, 36],
		[198, 46],
		[40, 5],
	])('at %i×%i: every description once, no column too long or too wide, no heading at a column foot', (width, height) => {
		const pages = allPages(width, height);
		const text: string[] = [];
		for (const page of pages) {
			expect(page.columns.length * page.columnWidth).toBeLessThanOrEqual(width);
			for (const column of page.columns) {
				expect(column.length).toBeLessThanOrEqual(Math.max(3, height));
				expect(column.at(-1)!.kind).toBe('key');
				expect(column[0]!.kind).toBe('group');
				for (const line of column) {
					expect(lineWidth(line), JSON.stringify(line)).toBeLessThan(page.columnWidth);
					if (line.kind === 'key') text.push(line.text);
				}
			}
		}
		const joined = text.filter(Boolean).join(' ');
		for (const binding of keymap.filter(b => b.group !== 'Dialogs')) expect(joined).toContain(binding.description);
		// Each description once: the joined text is exactly as long as all of them.
		expect(joined.replace(/ /g, '').length).toBe(keymap.filter(b => b.group !== 'Dialogs').map(b => b.description.replace(/ /g, '')).join('').length);
	});

	it('continues a group too long for a column under its heading again', () => {
		const columns = allPages(78, 6).flatMap(page => page.columns);
		const headings = columns.map(column => column[0]!.kind === 'group' && column[0]!.text);
		expect(headings).toContain('Move (cont.)');
	});

	it('wraps around from the last page to the first', () => {
		const {pages} = helpPage(keymap, 78, 18, 0);
		expect(pages).toBeGreaterThan(1);
		expect(helpPage(keymap, 78, 18, pages).page).toBe(0);
		expect(helpPage(keymap, 78, 18, -1).page).toBe(pages - 1);
	});
});
