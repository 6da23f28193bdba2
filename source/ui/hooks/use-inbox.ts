// Wires the core to the inbox: the database in memory, its suggestions, and
// every change the user makes, saved in the background so keys never wait.
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {applyStatuses, undo, type Change} from '../../core/actions.js';
import {historyByPerson} from '../../core/people/history.js';
import type {Database, Interaction, RequestStatus} from '../../core/model.js';
import {editInteraction, logInteraction, removeInteraction, setNote, type LoggedInteraction} from '../../core/people/edits.js';
import {unvouch, vouch} from '../../core/people/vouch.js';
import {changesSuggestion} from '../../core/suggestions/inputs.js';
import {useSuggestions, type StartingSuggestions} from './use-suggestions.js';
import {mergePeople, rejectSame, unmergePeople} from '../../core/people/merge.js';

/** Where changes go: the store in the app, nothing in a test that only looks. */
export type Saver = (data: Database) => Promise<void>;

const retryDelay = 3000;

/** `start`: suggestions kept from the last session; `active`: false while only a snapshot is shown (nothing is classified or saved). */
export function useInbox(initial: Database, save: Saver | undefined, now: Date, start?: StartingSuggestions, active = true) {
	const [db, setDb] = useState(initial);
	const [saveError, setSaveError] = useState<string | undefined>();
	const latest = useRef(initial);
	const retry = useRef<NodeJS.Timeout | undefined>(undefined);

	const {suggestions, classifying, classified, toClassify, resuggest, learnAbout, sameText, clustersKnown, computed} = useSuggestions(latest, now, start, active);
	const histories = useMemo(() => historyByPerson(db), [db.interactions]);
	const people = useMemo(() => new Map(db.people.map(person => [person.id, person])), [db.people]);

	/** Resolves once this data is on disk (a sync records each pushed step before the next). */
	const persist = useCallback((next: Database): Promise<void> => {
		latest.current = next;
		setDb(next);
		if (!save) return Promise.resolve();
		clearTimeout(retry.current);
		const attempt = () => save(latest.current).then(
			() => setSaveError(undefined),
			(error: Error) => {
				setSaveError(error.message);
				retry.current = setTimeout(attempt, retryDelay);
				throw error;
			},
		);
		return attempt();
	}, [save]);

	useEffect(() => () => clearTimeout(retry.current), []);

	const quietly = (saved: Promise<void>) => void saved.catch(() => undefined);

	// What this session did, newest last: `u` undoes a logged interaction as well as a decision.
	const done = useRef<Array<{kind: 'decision'} | {kind: 'log'; id: string}>>([]);

	const changeStatuses = useCallback((items: ReadonlyArray<{key: string; to: RequestStatus}>): Change[] => {
		const {data, changes} = applyStatuses(latest.current, items);
		if (changes.length > 0) {
			quietly(persist(data));
			done.current.push({kind: 'decision'});
		}
		resuggest(data, suggestAgain(changes));
		return changes;
	}, [persist]);

	const undoLast = useCallback((): Undone => {
		const last = done.current.at(-1);
		if (last?.kind === 'log') {
			done.current.pop();
			const interaction = latest.current.interactions.find(candidate => candidate.id === last.id);
			if (interaction) {
				changePerson(interaction.person, removeInteraction(latest.current, interaction.id));
				return {kind: 'log', interaction};
			}
		}
		// Decisions are undone from the journal, so this works after a restart too.
		const {data, changes} = undo(latest.current);
		if (last?.kind === 'decision') done.current.pop();
		quietly(persist(data));
		resuggest(data, suggestAgain(changes));
		return {kind: 'decision', changes};
	}, [persist]);

	// Requests keep their places in the array for the whole session (only statuses change),
	// so one index serves every lookup of the newest data. A sync may add requests, always at the end.
	const position = useMemo(() => new Map(db.requests.map((request, index) => [request.key, index])), [db.requests.length]);
	const request = useCallback((key: string) => {
		const index = position.get(key);
		return index === undefined ? undefined : latest.current.requests[index];
	}, [position]);

	const changePerson = useCallback((person: string, data: Database) => {
		quietly(persist(data));
		learnAbout(data, person);
	}, [persist, learnAbout]);

	/** A change from outside the keys (a sync): saved before it resolves; the senders it names are suggested anew. */
	const update = useCallback((change: (db: Database) => Database, senders: readonly string[] = []) => {
		const data = change(latest.current);
		const saved = persist(data);
		for (const person of new Set(senders)) learnAbout(data, person);
		return saved;
	}, [persist, learnAbout]);
	const changeRequests = useCallback((data: Database) => quietly(persist(data)), [persist]);
	const log = useCallback((logged: LoggedInteraction) => {
		const {data, interaction} = logInteraction(latest.current, logged);
		changePerson(logged.person, data);
		done.current.push({kind: 'log', id: interaction.id});
	}, [changePerson]);
	/** Changes the date and note of an interaction the user logged; `undefined`: removes it. */
	const editLogged = useCallback((person: string, id: string, change: {at: string; text: string} | undefined) => {
		changePerson(person, change ? editInteraction(latest.current, id, change) : removeInteraction(latest.current, id));
	}, [changePerson]);
	const note = useCallback((person: string, text: string) => changePerson(person, setNote(latest.current, person, text)), [changePerson]);
	const setVouched = useCallback((person: string, yes: boolean) => {
		changePerson(person, yes ? vouch(latest.current, person).data : unvouch(latest.current, person).data);
	}, [changePerson]);

	/** Folds `other` into `keep`; their requests are the kept person's now, so suggest them anew. */
	const merge = useCallback((keep: string, other: string) => {
		const {data, merge: record} = mergePeople(latest.current, keep, other);
		changePerson(keep, data);
		resuggest(data, new Set(record.requests));
		return record;
	}, [changePerson]);
	const unmerge = useCallback((person: string) => {
		const {data, merge: record} = unmergePeople(latest.current, person);
		changePerson(record.kept.id, data);
		learnAbout(data, record.removed.id);
		resuggest(data, new Set(record.requests));
		return record;
	}, [changePerson, learnAbout]);
	const notSame = useCallback((a: string, b: string) => quietly(persist(rejectSame(latest.current, a, b))), [persist]);

	return {db, suggestions, classifying, classified, toClassify, clustersKnown, computed, sameText, histories, people, saveError, latest, request, changeStatuses, undoLast, log, editLogged, note, setVouched, merge, unmerge, notSame, update, changeRequests};
}

export type Undone = {kind: 'decision'; changes: Change[]} | {kind: 'log'; interaction: Interaction};

export type Inbox = ReturnType<typeof useInbox>;

/** The requests whose new status their suggestion reads (a deferred follower may be ready to accept). */
function suggestAgain(changes: Change[]): Set<string> {
	return new Set(changes.filter(change => changesSuggestion(change.from, change.to)).map(change => change.request));
}
