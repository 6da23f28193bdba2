import {describe, expect, it} from 'vitest';
import {helpPage, helpRows} from '../../source/ui/help-layout.js';
import {keymap} from '../../source/ui/keymap.js';

describe('help layout', () => {
	const rows = helpRows(keymap);

	it('lists every key outside the dialogs, under its group', () => {
		const described = rows.flatMap(row => (row.kind === 'key' ? [row.description] : []));
		expect(described).toEqual(keymap.filter(b => b.group !== 'Dialogs').map(b => b.description).sort((a, b) => described.indexOf(a) - described.indexOf(b)));
		expect(rows.filter(row => row.kind === 'group').map(row => row.kind === 'group' && row.text)).toContain('Search (after /)');
	});

	it.each([
		[78, 18],
		[118, 32],
		[200, 60],
	])('fits %i×%i in pages that together hold every row once', (width, height) => {
		const first = helpPage(rows, width, height, 0);
		const seen = [];
		for (let page = 0; page < first.pages; page++) {
			const layout = helpPage(rows, width, height, page);
			expect(layout.columns.length).toBeLessThanOrEqual(Math.max(1, Math.floor(width / 40)));
			for (const column of layout.columns) expect(column.length).toBeLessThanOrEqual(height);
			for (const row of layout.columns.flat()) seen.push(row);
		}
		expect(seen).toEqual(rows);
	});

	it('wraps around from the last page to the first', () => {
		const {pages} = helpPage(rows, 78, 18, 0);
		expect(helpPage(rows, 78, 18, pages).page).toBe(0);
		expect(helpPage(rows, 78, 18, -1).page).toBe(pages - 1);
	});
});
