// Wires the core to the inbox: the database in memory, its suggestions, and
// every change the user makes, saved in the background so keys never wait.
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {applyStatuses, undo, type Change} from '../../core/actions.js';
import {historyByPerson} from '../../core/people/history.js';
import type {Database, RequestStatus} from '../../core/model.js';
import {logInteraction, setNote, type LoggedInteraction} from '../../core/people/edits.js';
import {unvouch, vouch} from '../../core/people/vouch.js';
import {useSuggestions} from './use-suggestions.js';

/** Where changes go: the store in the app, nothing in a test that only looks. */
export type Saver = (data: Database) => Promise<void>;

const retryDelay = 3000;

export function useInbox(initial: Database, save: Saver | undefined, now: Date) {
	const [db, setDb] = useState(initial);
	const [saveError, setSaveError] = useState<string | undefined>();
	const latest = useRef(initial);
	const retry = useRef<NodeJS.Timeout | undefined>(undefined);

	const {suggestions, classifying, classified, resuggest, learnAbout, sameText} = useSuggestions(latest, now);
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

	const changeStatuses = useCallback((items: ReadonlyArray<{key: string; to: RequestStatus}>): Change[] => {
		const {data, changes} = applyStatuses(latest.current, items);
		if (changes.length > 0) quietly(persist(data));
		resuggest(data, new Set(changes.map(change => change.request)));
		return changes;
	}, [persist]);

	const undoLast = useCallback((): Change[] => {
		const {data, changes} = undo(latest.current);
		quietly(persist(data));
		resuggest(data, new Set(changes.map(change => change.request)));
		return changes;
	}, [persist]);

	// Requests keep their places in the array for the whole session (only statuses change),
	// so one index serves every lookup of the newest data.
	// A sync may add requests, always at the end.
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
	const log = useCallback((logged: LoggedInteraction) => changePerson(logged.person, logInteraction(latest.current, logged).data), [changePerson]);
	const note = useCallback((person: string, text: string) => changePerson(person, setNote(latest.current, person, text)), [changePerson]);
	const setVouched = useCallback((person: string, yes: boolean) => {
		changePerson(person, yes ? vouch(latest.current, person).data : unvouch(latest.current, person).data);
	}, [changePerson]);

	return {db, suggestions, classifying, classified, sameText, histories, people, saveError, latest, request, changeStatuses, undoLast, log, note, setVouched, update, changeRequests};
}

export type Inbox = ReturnType<typeof useInbox>;
