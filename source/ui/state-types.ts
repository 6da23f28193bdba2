// The shapes of the inbox's view state, its modes and the actions on it (state.ts reduces them).
import type {RequestStatus} from '../core/model.js';
import type {Command} from './keymap.js';
import type {SearchAction, SearchState} from './search-state.js';
import type {Filters, View} from './views.js';

export type LogKind = 'meeting' | 'call' | 'wrote' | 'received';

export type PlanItem = {key: string; to: RequestStatus};

export type Mode =
	| {kind: 'list'}
	| {kind: 'help'; page: number}
	| {kind: 'stats'; page: number}
	/** The selected request on its own screen. */
	| {kind: 'detail'}
	/** `scroll`: first line of the plan shown. */
	| {kind: 'confirm'; title: string; items: PlanItem[]; scroll?: number}
	| {kind: 'log'; person: string; name: string}
	/** `cursor`: where typing goes, in characters; `error`: why the last submit was refused. `interaction`: the one edited. */
	| {kind: 'prompt'; purpose: 'note' | 'log' | 'edit'; person: string; label: string; text: string; cursor?: number; logKind?: LogKind; interaction?: string; error?: string}
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
	/** First line of the detail shown; back to the top when another request is selected. */
	detailScroll: number;
	/** How far the detail can scroll: its lines less the rows it has (set by the app as it draws). */
	detailMax: number;
	/** Rows the detail has beside or under the list, and on its own screen. */
	detailHeight: number;
	screenHeight: number;
	/** The query the search had when it was last closed: it opens with it again. */
	lastQuery: string;
};

export type Action =
	| {type: 'command'; command: Command}
	| {type: 'rows'; rows: string[]}
	| {type: 'resize'; height: number; detailHeight?: number; screenHeight?: number}
	/** The detail of the selected request was laid out: how far it can scroll. */
	| {type: 'detailMax'; max: number}
	| {type: 'select'; key: string}
	| {type: 'message'; text: string | undefined}
	| {type: 'push'; mode: Mode}
	| {type: 'pop'}
	| {type: 'text'; text: string}
	/** The prompt's text was refused: say why and keep it open. */
	| {type: 'promptError'; error: string}
	/** Requests were decided: move on to `next` and drop their marks. */
	| {type: 'decided'; keys: string[]; next: string | undefined; message: string}
	| {type: 'mark'; keys: string[]}
	| {type: 'search'; action: SearchAction}
	/** The reply draft shows another template. */
	| {type: 'replaceReply'; template: string; text: string}
	/** Show this request in a view that lists it, filters cleared, and select it. */
	| {type: 'jump'; key: string; view: View};
