// The inbox's view state as a pure reducer: view and filters, the rows on
// screen, selection, marks, the mode stack and the last message. Selection
// follows a request, not a row number, so the list can change under it.
import type {Command, Scope} from './keymap.js';
import {editPrompt, type PromptEdit} from './prompt-text.js';
import {initialSearchState, searchReducer} from './search-state.js';
import {networkFilters, nextOf, noFilters, suggestionFilters, views} from './views.js';
import {visibleRange} from './window.js';

import type {Action, Mode, ViewState} from './state-types.js';

export type {Action, LogKind, Mode, PlanItem, ViewState} from './state-types.js';

export function initialState(rows: string[], height: number): ViewState {
	return {
		view: 'pending', filters: noFilters, rows, selectedKey: rows[0], start: 0, height: Math.max(1, height), marks: new Set(), modes: [{kind: 'list'}],
		message: undefined, quitting: false, detailScroll: 0, detailMax: 0, detailHeight: height, screenHeight: height, lastQuery: '',
	};
}

export const activeMode = (state: ViewState): Mode => state.modes.at(-1)!;

/** The scopes whose keys are live in the active mode, most specific first. */
export function scopesOf(mode: Mode): Scope[] {
	if (mode.kind === 'search') return ['always', mode.search.view === 'card' ? 'card' : 'search'];
	// On its own screen the detail scrolls with the list's movement keys; deciding works as in the list.
	if (mode.kind === 'detail') return ['always', 'detail', 'list'];
	return ['always', mode.kind];
}

/** Modes where unbound printable keys are typed text. */
export const typesText = (mode: Mode): boolean => mode.kind === 'prompt' || mode.kind === 'reply' || (mode.kind === 'search' && mode.search.view === 'list');

export function selectedIndex(state: ViewState): number {
	const index = state.selectedKey === undefined ? -1 : state.rows.indexOf(state.selectedKey);
	return index === -1 ? 0 : index;
}

function select(state: ViewState, index: number): ViewState {
	if (state.rows.length === 0) return {...state, selectedKey: undefined, start: 0, detailScroll: 0};
	const clamped = Math.max(0, Math.min(index, state.rows.length - 1));
	const {start} = visibleRange(state.rows.length, clamped, state.height, state.start);
	const key = state.rows[clamped];
	return {...state, selectedKey: key, start, detailScroll: key === state.selectedKey ? state.detailScroll : 0};
}

function scrollDetail(state: ViewState, by: number): ViewState {
	return {...state, detailScroll: Math.max(0, Math.min(state.detailMax, state.detailScroll + by))};
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
			return select({
				...state,
				height: Math.max(1, action.height),
				detailHeight: Math.max(1, action.detailHeight ?? state.detailHeight),
				screenHeight: Math.max(1, action.screenHeight ?? state.screenHeight),
			}, selectedIndex(state));
		case 'detailMax':
			return {...state, detailMax: Math.max(0, action.max), detailScroll: Math.min(state.detailScroll, Math.max(0, action.max))};
		case 'select': {
			const index = state.rows.indexOf(action.key);
			return index === -1 ? {...state, selectedKey: action.key} : select(state, index);
		}
		case 'message':
			return {...state, message: action.text};
		case 'push':
			return {...state, modes: [...state.modes, action.mode]};
		case 'pop': {
			if (state.modes.length <= 1) return state;
			const top = activeMode(state);
			return {...state, modes: state.modes.slice(0, -1), lastQuery: top.kind === 'search' ? top.search.query : state.lastQuery};
		}
		case 'text': {
			const mode = activeMode(state);
			if (mode.kind === 'prompt') return editTop(state, mode, {type: 'insert', text: action.text});
			if (mode.kind === 'reply') return replaceTop(state, {...mode, text: mode.text + action.text});
			if (mode.kind === 'search') return replaceTop(state, {kind: 'search', search: searchReducer(mode.search, {type: 'type', text: action.text})});
			return state;
		}
		case 'promptError': {
			const mode = activeMode(state);
			return mode.kind === 'prompt' ? replaceTop(state, {...mode, error: action.error}) : state;
		}
		case 'search': {
			const mode = activeMode(state);
			return mode.kind === 'search' ? replaceTop(state, {kind: 'search', search: searchReducer(mode.search, action.action)}) : state;
		}
		case 'jump': {
			// The rows of the new view arrive later; when they are already these, scroll to the key now.
			const search = activeMode(state);
			const next = {...state, lastQuery: search.kind === 'search' ? search.search.query : state.lastQuery, view: action.view, filters: noFilters, marks: new Set<string>(), modes: state.modes.slice(0, 1), selectedKey: action.key, detailScroll: 0};
			const index = next.rows.indexOf(action.key);
			return index === -1 ? next : select(next, index);
		}
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

/** An edit of the prompt's text; the error of the last submit goes once the text changes. */
function editTop(state: ViewState, mode: Extract<Mode, {kind: 'prompt'}>, edit: PromptEdit): ViewState {
	const next = editPrompt({text: mode.text, cursor: mode.cursor ?? [...mode.text].length}, edit);
	const changed = next.text !== mode.text;
	return replaceTop(state, {...mode, ...next, error: changed ? undefined : mode.error});
}

const promptEdits: Partial<Record<Command, PromptEdit['type']>> = {
	'prompt.backspace': 'backspace',
	'prompt.left': 'left',
	'prompt.right': 'right',
	'prompt.home': 'home',
	'prompt.end': 'end',
	'prompt.deleteWord': 'deleteWord',
};

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
		case 'detail.open':
			return state.selectedKey === undefined ? state : reducer(state, {type: 'push', mode: {kind: 'detail'}});
		case 'detail.close':
			return mode.kind === 'detail' ? reducer(state, {type: 'pop'}) : state;
		case 'detail.down':
			return scrollDetail(state, Math.max(1, state.detailHeight - 2));
		case 'detail.up':
			return scrollDetail(state, -Math.max(1, state.detailHeight - 2));
		case 'detail.pageDown':
			return scrollDetail(state, Math.max(1, state.screenHeight - 2));
		case 'detail.pageUp':
			return scrollDetail(state, -Math.max(1, state.screenHeight - 2));
		case 'confirm.down':
		case 'confirm.up':
			return mode.kind === 'confirm' ? replaceTop(state, {...mode, scroll: Math.max(0, (mode.scroll ?? 0) + (command === 'confirm.down' ? 1 : -1))}) : state;
		case 'help.open':
			return reducer(state, {type: 'push', mode: {kind: 'help', page: 0}});
		case 'help.next':
		case 'help.previous':
			return mode.kind === 'help' ? replaceTop(state, {kind: 'help', page: mode.page + (command === 'help.next' ? 1 : -1)}) : state;
		case 'search.open':
			return reducer(state, {type: 'push', mode: {kind: 'search', search: initialSearchState(state.lastQuery)}});
		case 'stats.open':
			return reducer(state, {type: 'push', mode: {kind: 'stats', page: 0}});
		case 'stats.next':
		case 'stats.previous':
			return mode.kind === 'stats' ? replaceTop(state, {kind: 'stats', page: mode.page + (command === 'stats.next' ? 1 : -1)}) : state;
		case 'help.close':
		case 'stats.close':
		case 'confirm.no':
		case 'log.cancel':
		case 'prompt.cancel':
		case 'search.close':
		case 'reply.cancel':
			return reducer(state, {type: 'pop'});
		case 'reply.backspace':
			return mode.kind === 'reply' ? replaceTop(state, {...mode, text: [...mode.text].slice(0, -1).join('')}) : state;
		case 'reply.newline':
			return mode.kind === 'reply' ? replaceTop(state, {...mode, text: `${mode.text}\n`}) : state;
		case 'prompt.backspace':
		case 'prompt.left':
		case 'prompt.right':
		case 'prompt.home':
		case 'prompt.end':
		case 'prompt.deleteWord':
			return mode.kind === 'prompt' ? editTop(state, mode, {type: promptEdits[command]!} as PromptEdit) : state;
		case 'app.quit':
		case 'app.interrupt':
			return {...state, quitting: true};
		default:
			// Commands that change the database are carried out by the inbox hook.
			return state;
	}
}
