// A small picture of the inbox kept beside the database (`db.json.inbox`): the
// first rows of the pending view with their senders, suggestions and
// histories, and the counts of every view. A start draws it before the
// database is parsed. It is only ever used when its fingerprint is that of
// the database on disk now; a stale or damaged one is ignored.
import {readFileSync} from 'node:fs';
import type {ContactRequest, Database, Interaction, Me, Person, Settings, Suggestion} from '../model.js';
import {emptyDatabase} from '../model.js';
import {writeFileDurably} from '../store/durable-file.js';
import {databaseFingerprint} from './fingerprint.js';

const format = 'netinbox-inbox-snapshot/1';

export type SnapshotRow = {
	request: ContactRequest;
	person?: Person;
	suggestion?: Suggestion;
	/** The sender's interactions (the newest, at most `historyLimit`); of the first row only. */
	history: Interaction[];
	/** Requests with the same text, with their senders; of the first row only. */
	sameText: Array<{request: ContactRequest; person?: Person}>;
};

export type InboxSnapshot = {
	format: typeof format;
	fingerprint: string;
	me: Me;
	settings: Settings;
	/** Requests per view, by view name. */
	counts: Record<string, number>;
	rows: SnapshotRow[];
};

/** Enough for the tallest terminal and a page of moving. */
export const snapshotRows = 150;
const historyLimit = 40;
const sameTextLimit = 20;

export function snapshotPath(dbFile: string): string {
	return `${dbFile}.inbox`;
}

type Sources = {
	db: Database;
	/** The request keys of the first view, in its order. */
	keys: readonly string[];
	counts: Record<string, number>;
	suggestions: ReadonlyMap<string, Suggestion>;
	sameText: (key: string) => readonly string[];
	history: (person: string) => readonly Interaction[];
};

export function snapshotOf({db, keys, counts, suggestions, sameText, history}: Sources, fingerprint: string): InboxSnapshot {
	const requests = new Map(db.requests.map(request => [request.key, request]));
	const people = new Map(db.people.map(person => [person.id, person]));
	const rows = keys.slice(0, snapshotRows).map(key => requests.get(key)!).filter(Boolean).map((request, index): SnapshotRow => {
		const person = people.get(request.from);
		const suggestion = suggestions.get(request.key);
		// Keys wait until the database is there: only the first row is ever shown in detail.
		const detail = index === 0;
		const same = (detail ? sameText(request.key).slice(0, sameTextLimit) : []).map(other => requests.get(other)).filter(other => other !== undefined);
		return {
			request,
			...(person ? {person} : {}),
			...(suggestion ? {suggestion} : {}),
			history: detail ? [...history(request.from)].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, historyLimit) : [],
			sameText: same.map(other => ({request: other, ...(people.has(other.from) ? {person: people.get(other.from)!} : {})})),
		};
	});
	return {format, fingerprint, me: db.me, settings: db.settings, counts, rows};
}

export async function writeSnapshot(dbFile: string, snapshot: InboxSnapshot): Promise<void> {
	await writeFileDurably(snapshotPath(dbFile), JSON.stringify(snapshot));
}

/** The snapshot of the database as it is on disk now, or undefined (none, damaged, or of another state). */
export function readSnapshot(dbFile: string, templates: string): InboxSnapshot | undefined {
	try {
		const snapshot = JSON.parse(readFileSync(snapshotPath(dbFile), 'utf8')) as InboxSnapshot;
		if (snapshot?.format !== format || !Array.isArray(snapshot.rows) || typeof snapshot.counts !== 'object') return undefined;
		if (snapshot.fingerprint !== databaseFingerprint(dbFile, templates)) return undefined;
		return snapshot;
	} catch {
		return undefined;
	}
}

/** A database holding just what the snapshot shows, with its suggestions and same-text groups. */
export type Preview = {
	db: Database;
	/** The rows of the first view, in order (the database also holds their same-text requests). */
	keys: string[];
	counts: Record<string, number>;
	suggestions: Map<string, Suggestion>;
	sameText: Map<string, string[]>;
};

export function previewOf(snapshot: InboxSnapshot): Preview {
	const db: Database = {...emptyDatabase(), me: snapshot.me, settings: snapshot.settings};
	const people = new Map<string, Person>();
	const requests = new Map<string, ContactRequest>();
	const interactions = new Map<string, Interaction>();
	const suggestions = new Map<string, Suggestion>();
	const sameText = new Map<string, string[]>();
	for (const row of snapshot.rows) {
		requests.set(row.request.key, row.request);
		if (row.person) people.set(row.person.id, row.person);
		if (row.suggestion) suggestions.set(row.request.key, row.suggestion);
		for (const interaction of row.history) interactions.set(interaction.id, interaction);
		for (const other of row.sameText) {
			if (!requests.has(other.request.key)) requests.set(other.request.key, other.request);
			if (other.person) people.set(other.person.id, other.person);
		}
		if (row.sameText.length > 0) sameText.set(row.request.key, row.sameText.map(other => other.request.key));
	}
	db.people = [...people.values()];
	db.requests = [...requests.values()];
	db.interactions = [...interactions.values()];
	return {db, keys: snapshot.rows.map(row => row.request.key), counts: snapshot.counts, suggestions, sameText};
}
