// Which requests a decision acts on, and where the cursor goes after it. Pure.
import {selectedIndex, type ViewState} from './state.js';

/** The targets of a decision: the marked requests if any are marked, else the selected one. */
export function targets(state: ViewState): string[] {
	if (state.marks.size > 0) return state.rows.filter(key => state.marks.has(key));
	return state.selectedKey === undefined ? [] : [state.selectedKey];
}

/**
 * Where the cursor goes after deciding `decided`: when the selected request
 * was among them, the next row below it that is still pending, else the
 * nearest one above.
 */
export function nextPending(state: ViewState, decided: ReadonlySet<string>, isPending: (key: string) => boolean): string | undefined {
	// Deciding marked requests elsewhere leaves the cursor where it is.
	if (state.selectedKey !== undefined && !decided.has(state.selectedKey)) return state.selectedKey;
	const from = selectedIndex(state);
	const ok = (key: string) => !decided.has(key) && isPending(key);
	for (let index = from + 1; index < state.rows.length; index++) if (ok(state.rows[index]!)) return state.rows[index];
	for (let index = from - 1; index >= 0; index--) if (ok(state.rows[index]!)) return state.rows[index];
	return undefined;
}
