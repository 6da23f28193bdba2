// The keys that carry a decision out of netinbox: open the profile or the
// network's requests page, draft a reply, tick to-dos off.
import {useCallback, type Dispatch, type RefObject} from 'react';
import type {ContactRequest} from '../../core/model.js';
import {mastodonHome, messageUrl, profileUrl, requestsPageUrl} from '../../core/networks/urls.js';
import {openUrl} from '../../core/networks/open.js';
import {copyText} from '../../core/replies/clipboard.js';
import {markAsked} from '../../core/replies/answer.js';
import {draftFor, loadTemplates} from '../../core/replies/templates.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {openTodoKeys, tickTodos} from '../../core/todo/todo.js';
import {networkLabel} from '../format.js';
import type {Command} from '../keymap.js';
import {activeMode, type Action, type ViewState} from '../state.js';
import type {Inbox} from './use-inbox.js';

/** Where `O` goes for this request: its network's page of pending requests. */
function requestsPage(request: ContactRequest, inbox: Inbox): string | undefined {
	return requestsPageUrl(request.network, request.remote?.instance ?? mastodonHome(inbox.latest.current.me));
}

/** What an undo cannot take back: steps a sync already carried out on the site. */
export function pushedNote(keys: readonly string[], inbox: Pick<Inbox, 'request'>): string {
	const pushed = keys.map(key => inbox.request(key)).filter(request => (request?.remote?.done ?? []).length > 0);
	if (pushed.length === 0) return '';
	const host = new URL(pushed[0]!.remote!.instance).host;
	return ` — ${host} keeps it: done there already`;
}

export function useActingCommands(stateRef: RefObject<ViewState>, dispatch: Dispatch<Action>, inbox: Inbox, now: Date) {
	const say = useCallback((text: string) => dispatch({type: 'message', text}), [dispatch]);

	const open = useCallback((url: string | undefined, what: string) => {
		if (!url) return say(`no address for ${what}`);
		void openUrl(url).then(result => say(result.opened ? `opened ${what}: ${sanitizeLine(url)}` : `open this address (${result.why}): ${sanitizeLine(url)}`));
	}, [say]);

	return useCallback((command: Command): boolean => {
		const state = stateRef.current;
		const mode = activeMode(state);
		const selected = state.selectedKey ? inbox.request(state.selectedKey) : undefined;
		const person = selected ? inbox.people.get(selected.from) : undefined;
		const name = sanitizeLine(person?.name ?? selected?.id ?? '');
		switch (command) {
			case 'request.open':
				if (!selected) return true;
				open(profileUrl(person, selected.network) ?? (state.view === 'todo' ? requestsPage(selected, inbox) : undefined), `${name}'s profile`);
				return true;
			case 'request.openRequests':
				if (selected) open(requestsPage(selected, inbox), `the ${networkLabel(selected.network)} requests page`);
				return true;
			case 'request.reply':
				if (!selected) return true;
				void (async () => {
					const templates = await loadTemplates();
					const draft = await draftFor(selected, person, inbox.latest.current.me, undefined, templates);
					dispatch({type: 'push', mode: {kind: 'reply', key: selected.key, name, template: draft.template, templates: Object.keys(templates), text: draft.text}});
				})().catch((error: Error) => say(sanitizeLine(error.message)));
				return true;
			case 'reply.template': {
				if (mode.kind !== 'reply') return true;
				const request = inbox.request(mode.key);
				if (!request) return true;
				const next = mode.templates[(mode.templates.indexOf(mode.template) + 1) % mode.templates.length]!;
				void draftFor(request, inbox.people.get(request.from), inbox.latest.current.me, next)
					.then(draft => dispatch({type: 'replaceReply', template: draft.template, text: draft.text}))
					.catch((error: Error) => say(sanitizeLine(error.message)));
				return true;
			}
			case 'reply.send': {
				if (mode.kind !== 'reply') return true;
				const request = inbox.request(mode.key);
				dispatch({type: 'pop'});
				if (!request) return true;
				inbox.changeRequests(markAsked(inbox.latest.current, new Set([request.key]), new Date()));
				const where = messageUrl(request.network, inbox.people.get(request.from));
				void (async () => {
					const copied = await copyText(mode.text);
					const opened = where ? await openUrl(where) : undefined;
					const parts = [`${mode.name} marked asked`, copied.copied ? `reply copied (${copied.by})` : `could not copy the reply (${copied.why})`];
					if (where) parts.push(opened?.opened ? `opened ${sanitizeLine(where)}` : `send it at ${sanitizeLine(where)}`);
					say(parts.join('; '));
				})();
				return true;
			}
			case 'todo.done':
			case 'todo.doneNetwork': {
				if (!selected) return true;
				const db = inbox.latest.current;
				const open = openTodoKeys(db);
				if (command === 'todo.done' && selected.doneAt) {
					inbox.changeRequests(tickTodos(db, new Set([selected.key]), now, false).data);
					say(`to-do for ${name} is open again`);
					return true;
				}
				const keys = command === 'todo.done' ? [selected.key].filter(key => open.has(key)) : [...open].filter(key => inbox.request(key)?.network === selected.network);
				if (keys.length === 0) return say(command === 'todo.done' ? `nothing to do on the site for ${name}` : `no open to-dos on ${networkLabel(selected.network)}`), true;
				inbox.changeRequests(tickTodos(db, new Set(keys), new Date()).data);
				say(command === 'todo.done' ? `done: ${name} — x again to reopen` : `ticked off ${keys.length} ${networkLabel(selected.network)} to-do${keys.length === 1 ? '' : 's'}`);
				return true;
			}
			default:
				return false;
		}
	}, [stateRef, dispatch, inbox, now, open, say]);
}
