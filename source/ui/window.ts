// Which rows of a long list are on screen. Only those rows are rendered.

export type Window = {start: number; end: number};

/**
 * Keeps the selected row visible and the window still while it is: the list
 * scrolls only when the selection would leave it.
 */
export function visibleRange(total: number, selected: number, height: number, previousStart = 0): Window {
	if (total <= 0 || height <= 0) return {start: 0, end: 0};
	const size = Math.min(height, total);
	let start = Math.min(Math.max(previousStart, 0), total - size);
	if (selected < start) start = selected;
	else if (selected >= start + size) start = selected - size + 1;
	start = Math.max(0, Math.min(start, total - size));
	return {start, end: start + size};
}
