// Where the panes go for a terminal size: list and detail side by side when
// both fit (the list's message preview keeps at least ~20 columns), the detail
// under the list when the terminal is narrow but tall enough, and the list
// alone (the detail on its own screen, enter) when it is small. Pure.

export type PaneLayout = {
	kind: 'side' | 'stacked' | 'list';
	/** Rows between the header and the status bar. */
	body: number;
	listWidth: number;
	listHeight: number;
	/** Zero when the detail has no room beside or under the list. */
	detailWidth: number;
	detailHeight: number;
};

/** Narrowest list that keeps a 20-column preview beside a full-width name. */
export const minListWidth = 65;
/** Narrowest detail pane beside the list. */
export const minSideDetail = 34;
/** Rows the list keeps when the detail is under it. */
const stackedListRows = 6;
/** Rows the detail needs under the list to be worth showing there. */
const minStackedDetail = 10;

export function paneLayout(columns: number, rows: number): PaneLayout {
	// Header and status bar take a row each; one more is kept free for a prompt's second line,
	// and Ink needs the frame one row shorter than the terminal to redraw without flicker.
	const body = Math.max(3, rows - 4);
	if (columns >= minListWidth + 1 + minSideDetail) {
		const listWidth = Math.max(minListWidth, Math.floor(columns * 0.55));
		return {kind: 'side', body, listWidth, listHeight: body, detailWidth: columns - listWidth - 1, detailHeight: body};
	}
	// The rule between list and detail takes one row.
	if (body >= stackedListRows + 1 + minStackedDetail) {
		const listHeight = Math.max(stackedListRows, Math.floor((body - 1) / 3));
		return {kind: 'stacked', body, listWidth: columns, listHeight, detailWidth: columns, detailHeight: body - listHeight - 1};
	}
	return {kind: 'list', body, listWidth: columns, listHeight: body, detailWidth: 0, detailHeight: 0};
}

/** The columns of a list row: name and message preview share what the fixed columns leave. */
export function rowColumns(width: number): {name: number; message: number} {
	// `›[ ] LI ` + name + ` ` + chip(9) + ` ` + age(4) + ` ` + message
	const fixed = 8 + 1 + 9 + 1 + 4 + 1;
	const name = Math.max(8, Math.min(22, width - fixed - 20));
	return {name, message: Math.max(0, width - fixed - name)};
}
