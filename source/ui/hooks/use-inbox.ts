// Wires the core to the inbox: the database in memory, its suggestions, and
// every change the user makes, saved in the background so keys never wait.
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {applyStatuses, undo, type Change} from '../../core/actions.js';
import {historyByPerson} from '../../core/people/history.js';
import type {Database, RequestStatus} from '../../core/model.js';
import {logInteraction, setNote, type LoggedInteraction} from '../../core/people/edits.js';
import {unvouch, vouch} from '../../core/people/vouch.js';
import {mergePeople, rejectSame, unmergePeople} from '../../core/people/merge.js';
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

	const persist = useCallback((next: Database) => {
		latest.current = next;
		setDb(next);
		if (!save) return;
		clearTimeout(retry.current);
		const attempt = () => {
			save(latest.current).then(
				() => setSaveError(undefined),
				(error: Error) => {
					setSaveError(error.message);
					retry.current = setTimeout(attempt, retryDelay);
				},
			);
		};
		attempt();
	}, [save]);

	useEffect(() => () => clearTimeout(retry.current), []);

	const changeStatuses = useCallback((items: ReadonlyArray<{key: string; to: RequestStatus}>): Change[] => {
		const {data, changes} = applyStatuses(latest.current, items);
		if (changes.length > 0) persist(data);
		resuggest(data, new Set(changes.map(change => change.request)));
		return changes;
	}, [persist]);

	const undoLast = useCallback((): Change[] => {
		const {data, changes} = undo(latest.current);
		persist(data);
		resuggest(data, new Set(changes.map(change => change.request)));
		return changes;
	}, [persist]);

	// Requests keep their places in the array for the whole session (only statuses change),
	// so one index serves every lookup of the newest data.
	const position = useMemo(() => new Map(initial.requests.map((request, index) => [request.key, index])), [initial]);
	const request = useCallback((key: string) => {
		const index = position.get(key);
		return index === undefined ? undefined : latest.current.requests[index];
	}, [position]);

	const changePerson = useCallback((person: string, data: Database) => {
		persist(data);
		learnAbout(data, person);
	}, [persist, learnAbout]);
	const log = useCallback((logged: LoggedInteraction) => changePerson(logged.person, logInteraction(latest.current, logged).data), [changePerson]);
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
	const notSame = useCallback((a: string, b: string) => persist(rejectSame(latest.current, a, b)), [persist]);

	return {db, suggestions, classifying, classified, sameText, histories, people, saveError, latest, request, changeStatuses, undoLast, log, note, setVouched, merge, unmerge, notSame};
}

export type Inbox = ReturnType<typeof useInbox>;
