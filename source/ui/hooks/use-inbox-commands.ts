// Turns the commands that change the database into core calls and view
// actions. View-only commands go straight to the reducer.
import {useCallback, type Dispatch, type RefObject} from 'react';
import {NetinboxError} from '../../core/errors.js';
import {statusOfDecision, type Decision, type Network} from '../../core/model.js';
import type {SearchIndex} from '../../core/search/search.js';
import type {Card} from '../../core/people/card.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {cardOverflow} from '../components/PersonCard.js';
import {cardFor, matchesFor} from '../components/SearchOverlay.js';
import {keyHint, keymap, type Binding, type Command} from '../keymap.js';
import {buildPlan, nothingToApply, planTitle} from '../plan.js';
import type {SearchCommand, SearchState} from '../search-state.js';
import {describeChanges} from '../format.js';
import {lastLogged} from '../../core/people/edits.js';
import {parseLogText} from '../log-text.js';
import {activeMode, type Action, type LogKind, type PlanItem, type ViewState} from '../state.js';
import {nextPending, targets} from '../targets.js';
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

/** What the search commands need: the index, and the rows the overlay has. */
export type SearchContext = {index: SearchIndex | undefined; height: number};

export function useInboxCommands(stateRef: RefObject<ViewState>, dispatch: Dispatch<Action>, inbox: Inbox, now: Date, search: SearchContext, bindings: Binding[] = keymap) {
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
		dispatch({type: 'decided', keys: [...keys], next, message: changes.length > 0 ? `${text} — ${keyHint('undo', bindings)}: undo` : text});
	}, [stateRef, inbox, dispatch, nameOf, bindings]);

	return useCallback((command: Command) => {
		// A message belongs to the action that caused it: the next one clears it.
		if (stateRef.current.message !== undefined) dispatch({type: 'message', text: undefined});
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
				const plan = buildPlan(keys, inbox.request, key => inbox.suggestions.get(key));
				const unsureKey = keyHint('filter.suggestion', bindings);
				if (plan.items.length === 0) {
					dispatch({type: 'message', text: nothingToApply(plan, unsureKey)});
					return;
				}
				const skipped = plan.unsure > 0 ? `, skipping ${plan.unsure} unsure (${unsureKey} shows them)` : '';
				const title = `apply: ${planTitle(plan.items, key => nameOf(key))}${skipped}?`;
				dispatch({type: 'push', mode: {kind: 'confirm', title, items: plan.items}});
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
					const undone = inbox.undoLast();
					if (undone.kind === 'log') {
						const {interaction} = undone;
						dispatch({type: 'message', text: `undid: logged ${interaction.kind} ${interaction.at.slice(0, 10)} with ${inbox.people.get(interaction.person)?.name ?? '?'} removed`});
						return;
					}
					const {changes} = undone;
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
			case 'log.edit': {
				if (!selected) return;
				const logged = lastLogged(inbox.latest.current, selected.from);
				if (!logged) {
					dispatch({type: 'message', text: `nothing logged with ${nameOf(selected.key)} yet (${keyHint('log.open', bindings)} logs a meeting, a call, a message)`});
					return;
				}
				const text = `${logged.at.slice(0, 10)}${logged.text ? ` ${logged.text}` : ''}`;
				dispatch({type: 'push', mode: {kind: 'prompt', purpose: 'edit', person: selected.from, interaction: logged.id, label: `edit ${logged.kind} with ${nameOf(selected.key)} (empty removes it):`, text}});
				return;
			}
			case 'note.open':
				if (selected) {
					const text = inbox.people.get(selected.from)?.notes ?? '';
					dispatch({type: 'push', mode: {kind: 'prompt', purpose: 'note', person: selected.from, label: `note on ${nameOf(selected.key)}:`, text}});
				}
				return;
			case 'prompt.submit':
				if (mode.kind !== 'prompt') return;
				if (mode.purpose === 'note') {
					dispatch({type: 'pop'});
					inbox.note(mode.person, mode.text);
					dispatch({type: 'message', text: 'note saved'});
					return;
				}
				if (mode.purpose === 'edit' && mode.interaction) {
					if (!mode.text.trim()) {
						dispatch({type: 'pop'});
						inbox.editLogged(mode.person, mode.interaction, undefined);
						dispatch({type: 'message', text: 'logged interaction removed — suggestion updated'});
						return;
					}
					const parsed = parseLogText(mode.text, now);
					if (!parsed.ok) return dispatch({type: 'promptError', error: parsed.error});
					dispatch({type: 'pop'});
					inbox.editLogged(mode.person, mode.interaction, {at: parsed.at, text: parsed.note});
					dispatch({type: 'message', text: `logged interaction changed: ${parsed.at} — suggestion updated`});
					return;
				}
				if (mode.logKind) {
					const parsed = parseLogText(mode.text, now);
					if (!parsed.ok) return dispatch({type: 'promptError', error: parsed.error});
					dispatch({type: 'pop'});
					inbox.log(logEntry(mode.logKind, mode.person, parsed.at, parsed.note, selected?.network ?? 'other'));
					dispatch({type: 'message', text: `logged: ${logLabels[mode.logKind]} ${parsed.at} — suggestion updated (${keyHint('undo', bindings)} undoes it)`});
				}
				return;
			default:
				dispatch({type: 'command', command});
		}
	}, [stateRef, dispatch, inbox, apply, nameOf, now, search, acting, bindings]);

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
			case 'card.merge':
			case 'card.notSame':
			case 'card.unmerge':
				if (card) dispatch({type: 'message', text: sameCommand(inbox, command, card)});
				return;
			default:
				dispatch({type: 'search', action: {type: 'command', command, count: card ? cardOverflow(card, height) : matches.length}});
		}
	}
}

/** Merge, tell apart or unmerge from the card; the message says what happened and how to take it back. */
function sameCommand(inbox: Inbox, command: 'card.merge' | 'card.notSame' | 'card.unmerge', card: Card): string {
	const other = card.probablyAlso[0];
	try {
		if (command === 'card.unmerge') {
			const record = inbox.unmerge(card.person.id);
			return `took back the merge of ${sanitizeLine(record.removed.name)}: two records again`;
		}
		if (!other) return `no other record is probably ${sanitizeLine(card.person.name)}`;
		if (command === 'card.notSame') {
			inbox.notSame(card.person.id, other.id);
			return `${sanitizeLine(other.name)} will not be proposed as ${sanitizeLine(card.person.name)} again`;
		}
		inbox.merge(card.person.id, other.id);
		return `merged ${sanitizeLine(other.name)} into ${sanitizeLine(card.person.name)} — U takes it back`;
	} catch (error) {
		return (error as Error).message;
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
