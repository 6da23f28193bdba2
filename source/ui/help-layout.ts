// The help as lines laid out in columns and pages, so every key fits any
// terminal from 60×15 up. A group's heading never ends a column: a group that
// does not fit moves to the next column, or continues there under its heading
// again. Descriptions wrap instead of running into the next column. Pure.
import {pushAll} from '../core/arrays.js';
import stringWidth from 'string-width';
import {keyLabel, type Binding, type Group} from './keymap.js';
import {wrapText} from './wrap.js';

export type HelpLine = {kind: 'group'; text: string} | {kind: 'key'; keys: string; text: string} | {kind: 'blank'};
export type HelpPage = {columns: HelpLine[][]; columnWidth: number; page: number; pages: number};

export const helpGroups: Group[] = ['Move', 'Decide', 'Act', 'Mark', 'View', 'People', 'Search', 'App'];

const keyWidth = 10;
const minColumnWidth = 38;

type Block = {heading: string; lines: HelpLine[]};

/** Each group as a heading and its key lines, descriptions wrapped to the column. */
export function helpBlocks(bindings: Binding[], columnWidth: number): Block[] {
	const textWidth = Math.max(8, columnWidth - keyWidth - 2);
	return helpGroups.flatMap(group => {
		const members = bindings.filter(binding => binding.group === group);
		if (members.length === 0) return [];
		const lines = members.flatMap((binding): HelpLine[] => {
			const keys = binding.keys.map(keyLabel).join(' ');
			const text = wrapText(binding.description, textWidth);
			// Keys too long for their column get a line of their own, the description under them.
			if (stringWidth(keys) > keyWidth) return [{kind: 'key', keys, text: ''}, ...text.map(line => ({kind: 'key' as const, keys: '', text: line}))];
			return text.map((line, index) => ({kind: 'key' as const, keys: index === 0 ? keys : '', text: line}));
		});
		return [{heading: group === 'Search' ? 'Search (after /)' : group, lines}];
	});
}

/** Every column of the help, blocks packed so that a heading always has a key under it. */
function packColumns(blocks: Block[], height: number): HelpLine[][] {
	const columns: HelpLine[][] = [];
	let column: HelpLine[] = [];
	const room = () => height - column.length;
	const next = () => {
		columns.push(column);
		column = [];
	};
	for (const block of blocks) {
		const gap = column.length > 0 ? 1 : 0;
		// Move the whole group on when it fits a fresh column but not the rest of this one.
		if (gap + 1 + block.lines.length > room() && (block.lines.length + 1 <= height || room() < gap + 2)) next();
		let lines = block.lines;
		let heading = block.heading;
		while (lines.length > 0) {
			if (column.length > 0) column.push({kind: 'blank'});
			const take = Math.max(1, Math.min(lines.length, room() - 1));
			column.push({kind: 'group', text: heading});
			pushAll(column, lines.slice(0, take));
			lines = lines.slice(take);
			heading = `${block.heading} (cont.)`;
			if (lines.length > 0) next();
		}
	}
	if (column.length > 0) columns.push(column);
	return columns;
}

export function helpPage(bindings: Binding[], width: number, height: number, page: number): HelpPage {
	const perPage = Math.max(1, Math.min(3, Math.floor(width / minColumnWidth)));
	const columnWidth = Math.floor(width / perPage);
	const all = packColumns(helpBlocks(bindings, columnWidth - 1), Math.max(3, height));
	const pages = Math.max(1, Math.ceil(all.length / perPage));
	const current = ((page % pages) + pages) % pages;
	return {columns: all.slice(current * perPage, (current + 1) * perPage), columnWidth, page: current, pages};
}
