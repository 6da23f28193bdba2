// The help as rows laid out in columns and pages, so every key fits any
// terminal from 80×24 up. Pure: tested without rendering.
import type {Binding, Group} from './keymap.js';

export type HelpRow = {kind: 'group'; text: string} | {kind: 'key'; keys: string[]; description: string} | {kind: 'blank'};

export const helpGroups: Group[] = ['Move', 'Decide', 'Act', 'Mark', 'View', 'People', 'Search', 'App'];

export function helpRows(bindings: Binding[]): HelpRow[] {
	const rows: HelpRow[] = [];
	for (const group of helpGroups) {
		const members = bindings.filter(binding => binding.group === group);
		if (members.length === 0) continue;
		if (rows.length > 0) rows.push({kind: 'blank'});
		rows.push({kind: 'group', text: group === 'Search' ? 'Search (after /)' : group});
		for (const binding of members) rows.push({kind: 'key', keys: binding.keys, description: binding.description});
	}
	return rows;
}

export type HelpPage = {columns: HelpRow[][]; page: number; pages: number};

/** The rows of one page, split into as many columns of `columnWidth` as fit. */
export function helpPage(rows: HelpRow[], width: number, height: number, page: number, columnWidth = 40): HelpPage {
	const columnCount = Math.max(1, Math.floor(width / columnWidth));
	const perColumn = Math.max(1, height);
	const perPage = columnCount * perColumn;
	const pages = Math.max(1, Math.ceil(rows.length / perPage));
	const current = ((page % pages) + pages) % pages;
	const slice = rows.slice(current * perPage, (current + 1) * perPage);
	const columns: HelpRow[][] = [];
	for (let start = 0; start < slice.length; start += perColumn) columns.push(slice.slice(start, start + perColumn));
	return {columns, page: current, pages};
}
