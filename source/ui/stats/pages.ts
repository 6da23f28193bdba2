// The Stats screen's panels laid out in pages of one or two columns, each
// panel whole where it fits. Pure: the screen draws a page, j/k turn them.
import {pushAll} from '../../core/arrays.js';
import {panelLines} from './index.js';
import type {Line, Panel} from './panel.js';

export type StatsPage = {columns: Line[][]; page: number; pages: number};

/** Two columns from this many terminal columns on. */
export const twoColumnsFrom = 110;
const gap = 2;

export function columnLayout(width: number): {count: number; width: number} {
	return width >= twoColumnsFrom ? {count: 2, width: Math.floor((width - gap) / 2)} : {count: 1, width};
}

/** The panels in pages of `count` columns of `height` lines; `page` wraps around, as in the help. */
export function statsPage(panels: Panel[], width: number, height: number, page: number): StatsPage {
	const layout = columnLayout(width);
	const rows = Math.max(1, height);
	// A panel taller than a page is cut into page-high pieces.
	const blocks = panels.flatMap(panel => {
		const lines = panelLines(panel, layout.width);
		if (lines.at(-1)?.length === 0 && lines.length > rows) lines.pop();
		const pieces: Line[][] = [];
		for (let start = 0; start < lines.length; start += rows) pieces.push(lines.slice(start, start + rows));
		return pieces;
	});
	const pages: Line[][][] = [];
	let current: Line[][] = [[]];
	for (const block of blocks) {
		let column = current.at(-1)!;
		// The blank line after a panel may fall off the bottom of a column.
		const needs = block.at(-1)?.length === 0 ? block.length - 1 : block.length;
		if (column.length > 0 && column.length + needs > rows) {
			if (current.length < layout.count) current.push(column = []);
			else {
				pages.push(current);
				current = [column = []];
			}
		}
		pushAll(column, block);
	}
	pages.push(current);
	for (const columns of pages) for (const column of columns) column.splice(rows);
	const index = ((page % pages.length) + pages.length) % pages.length;
	return {columns: pages[index]!, page: index, pages: pages.length};
}
