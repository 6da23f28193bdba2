// Turns the commands that change the database into core calls and view
// actions. View-only commands go straight to the reducer.
import {useCallback, type Dispatch, type RefObject} from 'react';
import {NetinboxError} from '../../core/errors.js';
import {statusOfDecision, type Decision, type Network, type RequestStatus} from '../../core/model.js';
import type {SearchIndex} from '../../core/search/search.js';
import {cardOverflow} from '../components/PersonCard.js';
import {cardFor, matchesFor} from '../components/SearchOverlay.js';
import type {Command} from '../keymap.js';
import type {SearchCommand, SearchState} from '../search-state.js';
import {describeChanges, planSummary} from '../format.js';
import {activeMode, nextPending, targets, type Action, type LogKind, type PlanItem, type ViewState} from '../state.js';
import type {Inbox} from './use-inbox.js';
import {pushedNote, useActingCommands} from './use-acting-commands.js';

const decisionOf: Partial<Record<Command, Decision>> = {
	'request.accept': 'accept',
	'request.follower': 'follower',
	'request.ignore': 'ignore',
	'request.spam': 'spam',
};

const logKindOf: Partial<Record<Command, LogKind>> = {
	'log.meeting': 'meeting',
	'log.call': 'call',
	'log.wrote': 'wrote',
	'log.received': 'received',
};

const logLabels: Record<LogKind, string> = {
	meeting: 'met in person',
	call: 'talked',
	wrote: 'I wrote',
	received: 'they wrote',
};

/** `2026-11-20 coffee at the BarCamp` → that date and note; no date → today. */
export function parseLogText(text: string, now: Date): {at: string; note: string} {
	const match = /^\s*(\d{4}-\d{2}-\d{2})\b\s*(.*)$/s.exec(text);
	if (match && !Number.isNaN(Date.parse(match[1]!))) return {at: match[1]!, note: match[2]!.trim()};
	return {at: now.toISOString().slice(0, 10), note: text.trim()};
}

/** What the search commands need: the index, and the rows the overlay has. */
export type SearchContext = {index: SearchIndex | undefined; height: number};

export function useInboxCommands(stateRef: RefObject<ViewState>, dispatch: Dispatch<Action>, inbox: Inbox, now: Date, search: SearchContext) {
	const nameOf = useCallback((key: string) => {
		const request = inbox.request(key);
		return (request && inbox.people.get(request.from)?.name) ?? key;
	}, [inbox]);

	const acting = useActingCommands(stateRef, dispatch, inbox, now);

	const apply = useCallback((items: PlanItem[]) => {
		const keys = new Set(items.map(item => item.key));
		const pending = (key: string) => inbox.request(key)?.status === 'pending';
		const next = nextPending(stateRef.current, keys, pending);
		const changes = inbox.changeStatuses(items);
		const text = describeChanges(changes, () => nameOf(changes[0]?.request ?? ''));
		dispatch({type: 'decided', keys: [...keys], next, message: changes.length > 0 ? `${text} — u: undo` : text});
	}, [stateRef, inbox, dispatch, nameOf]);

	return useCallback((command: Command) => {
		const state = stateRef.current;
		const mode = activeMode(state);
		const decision = decisionOf[command];
		if (decision) {
			const keys = targets(state);
			if (keys.length === 0) return;
			const items = keys.map(key => ({key, to: statusOfDecision[decision]}));
			if (decision === 'spam' && keys.length > 1) {
				dispatch({type: 'push', mode: {kind: 'confirm', title: `report ${keys.length} requests as contact spam?`, items}});
			} else apply(items);
			return;
		}
		const logKind = logKindOf[command];
		if (logKind && mode.kind === 'log') {
			dispatch({type: 'pop'});
			dispatch({type: 'push', mode: {kind: 'prompt', purpose: 'log', person: mode.person, logKind, label: `${logLabels[logKind]} with ${mode.name} — [date] note:`, text: ''}});
			return;
		}
		if (mode.kind === 'search' && isSearchCommand(command)) {
			runSearchCommand(command, mode.search, search.index, search.height);
			return;
		}
		if (acting(command)) return;
		const selected = state.selectedKey ? inbox.request(state.selectedKey) : undefined;
		switch (command) {
			case 'plan.open': {
				if (inbox.classifying) {
					dispatch({type: 'message', text: 'still classifying: the plan needs every suggestion, try again in a moment'});
					return;
				}
				const keys = state.marks.size > 0 ? state.rows.filter(key => state.marks.has(key)) : state.rows;
				const items: PlanItem[] = [];
				// An unsure suggestion is never applied in bulk: it wants a person's look.
				let unsure = 0;
				for (const key of keys) {
					const request = inbox.request(key);
					const suggestion = inbox.suggestions.get(key);
					if (!request || !suggestion || (request.status !== 'pending' && request.status !== 'follower')) continue;
					const to: RequestStatus = statusOfDecision[suggestion.decision];
					if (to === request.status) continue;
					if (suggestion.unsure) unsure++;
					else items.push({key, to});
				}
				const skipped = unsure > 0 ? `skipping ${unsure} unsure (S shows them)` : '';
				if (items.length === 0) dispatch({type: 'message', text: unsure > 0 ? `nothing to apply: the ${unsure} left ${unsure === 1 ? 'is' : 'are'} unsure; decide ${unsure === 1 ? 'it' : 'them'} yourself (S shows them)` : 'nothing to apply: every request already has its suggestion'});
				else dispatch({type: 'push', mode: {kind: 'confirm', title: `${planSummary(items)}${skipped ? `, ${skipped}` : ''} — y to apply, n to cancel`, items}});
				return;
			}
			case 'mark.sameSuggestion': {
				const decision = selected ? inbox.suggestions.get(selected.key)?.decision : undefined;
				if (!decision) return;
				const keys = state.rows.filter(key => inbox.suggestions.get(key)?.decision === decision);
				dispatch({type: 'mark', keys});
				dispatch({type: 'message', text: `marked ${keys.length} with the suggestion ${decision}`});
				return;
			}
			case 'confirm.yes':
				if (mode.kind === 'confirm') {
					dispatch({type: 'pop'});
					apply(mode.items);
				}
				return;
			case 'undo':
				try {
					const changes = inbox.undoLast();
					dispatch({type: 'message', text: `undid: ${describeChanges(changes, () => nameOf(changes[0]!.request))}${pushedNote(changes.map(change => change.request), inbox)}`});
					if (changes.length === 1) dispatch({type: 'select', key: changes[0]!.request});
				} catch (error) {
					if (!(error instanceof NetinboxError)) throw error;
					dispatch({type: 'message', text: error.message});
				}
				return;
			case 'log.open':
				if (selected) dispatch({type: 'push', mode: {kind: 'log', person: selected.from, name: nameOf(selected.key)}});
				return;
			case 'note.open':
				if (selected) {
					const text = inbox.people.get(selected.from)?.notes ?? '';
					dispatch({type: 'push', mode: {kind: 'prompt', purpose: 'note', person: selected.from, label: `note on ${nameOf(selected.key)}:`, text}});
				}
				return;
			case 'prompt.submit':
				if (mode.kind !== 'prompt') return;
				dispatch({type: 'pop'});
				if (mode.purpose === 'note') {
					inbox.note(mode.person, mode.text);
					dispatch({type: 'message', text: 'note saved'});
				} else if (mode.logKind) {
					const {at, note} = parseLogText(mode.text, now);
					inbox.log(logEntry(mode.logKind, mode.person, at, note, selected?.network ?? 'other'));
					dispatch({type: 'message', text: `logged: ${logLabels[mode.logKind]} ${at} — suggestion updated`});
				}
				return;
			default:
				dispatch({type: 'command', command});
		}
	}, [stateRef, dispatch, inbox, apply, nameOf, now, search, acting]);

	/** While the index is still being built there are no matches yet: keys edit the query or close. */
	function runSearchCommand(command: SearchCommand, state: SearchState, index: SearchIndex | undefined, height: number) {
		const matches = index ? matchesFor(index, state.query, height) : [];
		const card = index && state.view === 'card' ? cardFor(index, inbox.latest.current, state.personId) : undefined;
		switch (command) {
			case 'search.close':
				dispatch({type: 'pop'});
				return;
			case 'search.card': {
				const match = matches[Math.min(state.selected, matches.length - 1)];
				if (match) dispatch({type: 'search', action: {type: 'open', personId: match.personId}});
				return;
			}
			case 'card.jump':
				if (!card) return;
				if (card.pendingRequest) dispatch({type: 'jump', key: card.pendingRequest, view: 'pending'});
				else dispatch({type: 'message', text: `no pending request from ${card.person.name}`});
				return;
			case 'card.vouch':
				if (card) inbox.setVouched(card.person.id, !card.vouched);
				return;
			default:
				dispatch({type: 'search', action: {type: 'command', command, count: card ? cardOverflow(card, height) : matches.length}});
		}
	}
}

const isSearchCommand = (command: Command): command is SearchCommand =>
	command !== 'search.open' && (command.startsWith('search.') || command.startsWith('card.'));

function logEntry(kind: LogKind, person: string, at: string, text: string, network: Network) {
	const base = {person, at, ...(text ? {text} : {})};
	switch (kind) {
		case 'meeting':
			return {...base, kind: 'meeting', direction: 'both', channel: 'in-person'} as const;
		case 'call':
			return {...base, kind: 'call', direction: 'both', channel: 'phone'} as const;
		case 'wrote':
			return {...base, kind: 'message', direction: 'out', channel: network} as const;
		case 'received':
			return {...base, kind: 'message', direction: 'in', channel: network} as const;
	}
}
