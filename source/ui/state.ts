// The view state of the inbox as a pure reducer: what is selected and which
// rows are on screen. Selection follows a request, not a row number, so the
// list can change under it.
import type {Command} from './keymap.js';
import {visibleRange} from './window.js';

export type ViewState = {
	/** Request keys in display order. */
	rows: string[];
	selectedKey: string | undefined;
	/** First visible row. */
	start: number;
	/** How many rows fit. */
	height: number;
	quitting: boolean;
};

export type Action =
	| {type: 'command'; command: Command}
	| {type: 'rows'; rows: string[]}
	| {type: 'resize'; height: number};

export function initialState(rows: string[], height: number): ViewState {
	return {rows, selectedKey: rows[0], start: 0, height: Math.max(1, height), quitting: false};
}

export function selectedIndex(state: ViewState): number {
	const index = state.selectedKey === undefined ? -1 : state.rows.indexOf(state.selectedKey);
	return index === -1 ? 0 : index;
}

function select(state: ViewState, index: number): ViewState {
	if (state.rows.length === 0) return {...state, selectedKey: undefined, start: 0};
	const clamped = Math.max(0, Math.min(index, state.rows.length - 1));
	const {start} = visibleRange(state.rows.length, clamped, state.height, state.start);
	return {...state, selectedKey: state.rows[clamped], start};
}

export function reducer(state: ViewState, action: Action): ViewState {
	switch (action.type) {
		case 'rows': {
			// Stay on the same request if it is still listed, else on the row that took its place.
			const old = selectedIndex(state);
			const next = {...state, rows: action.rows};
			const kept = state.selectedKey === undefined ? -1 : action.rows.indexOf(state.selectedKey);
			return select(next, kept === -1 ? Math.min(old, action.rows.length - 1) : kept);
		}
		case 'resize':
			return select({...state, height: Math.max(1, action.height)}, selectedIndex(state));
		case 'command':
			return runCommand(state, action.command);
	}
}

function runCommand(state: ViewState, command: Command): ViewState {
	const index = selectedIndex(state);
	switch (command) {
		case 'cursor.down':
			return select(state, index + 1);
		case 'cursor.up':
			return select(state, index - 1);
		case 'cursor.top':
			return select(state, 0);
		case 'cursor.bottom':
			return select(state, state.rows.length - 1);
		case 'page.down':
			return select(state, index + state.height);
		case 'page.up':
			return select(state, index - state.height);
		case 'app.quit':
			return {...state, quitting: true};
	}
}
