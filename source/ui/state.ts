// The inbox's view state as a pure reducer: view and filters, the rows on
// screen, selection, marks, the mode stack and the last message. Selection
// follows a request, not a row number, so the list can change under it.
import type {RequestStatus} from '../core/model.js';
import type {Command, Scope} from './keymap.js';
import {initialSearchState, searchReducer, type SearchAction, type SearchState} from './search-state.js';
import {networkFilters, nextOf, noFilters, suggestionFilters, views, type Filters, type View} from './views.js';
import {visibleRange} from './window.js';

export type LogKind = 'meeting' | 'call' | 'wrote' | 'received';

export type PlanItem = {key: string; to: RequestStatus};

export type Mode =
	| {kind: 'list'}
	| {kind: 'help'; page: number}
	| {kind: 'confirm'; title: string; items: PlanItem[]}
	| {kind: 'log'; person: string; name: string}
	| {kind: 'prompt'; purpose: 'note' | 'log'; person: string; label: string; text: string; logKind?: LogKind}
	| {kind: 'search'; search: SearchState}
	/** A reply draft being edited; `templates` to cycle through, `template` the one shown. */
	| {kind: 'reply'; key: string; name: string; template: string; templates: string[]; text: string};

export type ViewState = {
	view: View;
	filters: Filters;
	/** Request keys in display order. */
	rows: string[];
	selectedKey: string | undefined;
	/** First visible row and how many fit. */
	start: number;
	height: number;
	marks: ReadonlySet<string>;
	/** Mode stack, the active mode last; the list is always at the bottom. */
	modes: Mode[];
	message: string | undefined;
	quitting: boolean;
};

export type Action =
	| {type: 'command'; command: Command}
	| {type: 'rows'; rows: string[]}
	| {type: 'resize'; height: number}
	| {type: 'select'; key: string}
	| {type: 'message'; text: string | undefined}
	| {type: 'push'; mode: Mode}
	| {type: 'pop'}
	| {type: 'text'; text: string}
	/** Requests were decided: move on to `next` and drop their marks. */
	| {type: 'decided'; keys: string[]; next: string | undefined; message: string}
	| {type: 'mark'; keys: string[]}
	| {type: 'search'; action: SearchAction}
	/** The reply draft shows another template. */
	| {type: 'replaceReply'; template: string; text: string}
	/** Show this request in a view that lists it, filters cleared, and select it. */
	| {type: 'jump'; key: string; view: View};

export function initialState(rows: string[], height: number): ViewState {
	return {view: 'pending', filters: noFilters, rows, selectedKey: rows[0], start: 0, height: Math.max(1, height), marks: new Set(), modes: [{kind: 'list'}], message: undefined, quitting: false};
}

export const activeMode = (state: ViewState): Mode => state.modes.at(-1)!;

/** The scopes whose keys are live in the active mode, most specific first. */
export function scopesOf(mode: Mode): Scope[] {
	if (mode.kind === 'search') return ['always', mode.search.view === 'card' ? 'card' : 'search'];
	return ['always', mode.kind];
}

/** Modes where unbound printable keys are typed text. */
export const typesText = (mode: Mode): boolean => mode.kind === 'prompt' || mode.kind === 'reply' || (mode.kind === 'search' && mode.search.view === 'list');

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

export function reducer(state: ViewState, action: Action): ViewState {
	switch (action.type) {
		case 'rows': {
			const old = selectedIndex(state);
			const next = {...state, rows: action.rows};
			const kept = state.selectedKey === undefined ? -1 : action.rows.indexOf(state.selectedKey);
			return select(next, kept === -1 ? Math.min(old, action.rows.length - 1) : kept);
		}
		case 'resize':
			return select({...state, height: Math.max(1, action.height)}, selectedIndex(state));
		case 'select': {
			const index = state.rows.indexOf(action.key);
			return index === -1 ? {...state, selectedKey: action.key} : select(state, index);
		}
		case 'message':
			return {...state, message: action.text};
		case 'push':
			return {...state, modes: [...state.modes, action.mode]};
		case 'pop':
			return state.modes.length > 1 ? {...state, modes: state.modes.slice(0, -1)} : state;
		case 'text': {
			const mode = activeMode(state);
			if (mode.kind === 'prompt' || mode.kind === 'reply') return replaceTop(state, {...mode, text: mode.text + action.text});
			if (mode.kind === 'search') return replaceTop(state, {kind: 'search', search: searchReducer(mode.search, {type: 'type', text: action.text})});
			return state;
		}
		case 'search': {
			const mode = activeMode(state);
			return mode.kind === 'search' ? replaceTop(state, {kind: 'search', search: searchReducer(mode.search, action.action)}) : state;
		}
		case 'jump':
			return {...state, view: action.view, filters: noFilters, marks: new Set<string>(), modes: state.modes.slice(0, 1), selectedKey: action.key};
		case 'decided': {
			const marks = new Set(state.marks);
			for (const key of action.keys) marks.delete(key);
			return {...state, marks, selectedKey: action.next ?? state.selectedKey, message: action.message};
		}
		case 'mark':
			return {...state, marks: new Set(action.keys)};
		case 'replaceReply': {
			const mode = activeMode(state);
			return mode.kind === 'reply' ? replaceTop(state, {...mode, template: action.template, text: action.text}) : state;
		}
		case 'command':
			return runCommand(state, action.command);
	}
}

function replaceTop(state: ViewState, mode: Mode): ViewState {
	return {...state, modes: [...state.modes.slice(0, -1), mode]};
}

function runCommand(state: ViewState, command: Command): ViewState {
	const index = selectedIndex(state);
	const mode = activeMode(state);
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
		case 'mark.toggle': {
			if (state.selectedKey === undefined) return state;
			const marks = new Set(state.marks);
			if (marks.has(state.selectedKey)) marks.delete(state.selectedKey);
			else marks.add(state.selectedKey);
			return select({...state, marks}, index + 1);
		}
		case 'mark.view':
			return {...state, marks: new Set(state.rows)};
		case 'mark.clear':
			return {...state, marks: new Set(), message: undefined};
		case 'view.next':
		case 'view.previous':
			return {...state, view: nextOf(views, state.view, command === 'view.next' ? 1 : -1), marks: new Set(), start: 0};
		case 'filter.network':
			return {...state, filters: {...state.filters, network: nextOf(networkFilters, state.filters.network)}, marks: new Set()};
		case 'filter.suggestion':
			return {...state, filters: {...state.filters, suggestion: nextOf(suggestionFilters, state.filters.suggestion)}, marks: new Set()};
		case 'help.open':
			return reducer(state, {type: 'push', mode: {kind: 'help', page: 0}});
		case 'help.next':
		case 'help.previous':
			return mode.kind === 'help' ? replaceTop(state, {kind: 'help', page: mode.page + (command === 'help.next' ? 1 : -1)}) : state;
		case 'search.open':
			return reducer(state, {type: 'push', mode: {kind: 'search', search: initialSearchState()}});
		case 'help.close':
		case 'confirm.no':
		case 'log.cancel':
		case 'prompt.cancel':
		case 'search.close':
		case 'reply.cancel':
			return reducer(state, {type: 'pop'});
		case 'prompt.backspace':
		case 'reply.backspace':
			return mode.kind === 'prompt' || mode.kind === 'reply' ? replaceTop(state, {...mode, text: [...mode.text].slice(0, -1).join('')}) : state;
		case 'reply.newline':
			return mode.kind === 'reply' ? replaceTop(state, {...mode, text: `${mode.text}\n`}) : state;
		case 'app.quit':
		case 'app.interrupt':
			return {...state, quitting: true};
		default:
			// Commands that change the database are carried out by the inbox hook.
			return state;
	}
}
