// Decisions and undo as pure functions over the database. Every change of a
// request's status goes through the journal, so undo works after a restart too.
import {NetinboxError, messages} from './errors.js';
import {statusOfDecision, type Database, type Decision, type JournalEntry, type RequestStatus} from './model.js';

/** Finds requests by import id (`r-001`) or by key (`xing:r-001`). */
export function resolveRequestIds(db: Database, ids: string[]): string[] {
	const byKey = new Set(db.requests.map(request => request.key));
	const byId = new Map<string, string[]>();
	for (const request of db.requests) {
		const keys = byId.get(request.id) ?? [];
		keys.push(request.key);
		byId.set(request.id, keys);
	}
	return ids.map(id => {
		if (byKey.has(id)) return id;
		const keys = byId.get(id);
		if (!keys) throw new NetinboxError(messages.unknownRequest(id));
		if (keys.length > 1) throw new NetinboxError(messages.ambiguousRequest(id, keys));
		return keys[0]!;
	});
}

export type Change = {request: string; from: RequestStatus; to: RequestStatus};

/** Sets the status of the given requests; one journal batch. Requests already in that status are left alone. */
export function setStatus(db: Database, keys: string[], to: RequestStatus, now: Date = new Date()) {
	return applyStatuses(db, keys.map(key => ({key, to})), now);
}

/**
 * Gives each request its own new status (applying the suggestions to many
 * requests at once): one journal batch that a single undo takes back.
 */
export function applyStatuses(
	db: Database,
	items: ReadonlyArray<{key: string; to: RequestStatus}>,
	now: Date = new Date(),
): {data: Database; changes: Change[]} {
	const wanted = new Map(items.map(item => [item.key, item.to]));
	const at = now.toISOString();
	let seq = db.counters.journal;
	const batch = `b${seq + 1}`;
	const bulk = wanted.size > 1;
	const entries: JournalEntry[] = [];
	const requests = db.requests.map(request => {
		const to = wanted.get(request.key);
		if (to === undefined || request.status === to) return request;
		entries.push({seq: ++seq, at, request: request.key, from: request.status, to, batch, bulk});
		const next = {...request, status: to};
		if (to === 'pending') delete next.decidedAt;
		else next.decidedAt = at;
		return next;
	});
	if (entries.length === 0) return {data: db, changes: []};
	return {
		data: {...db, requests, journal: [...db.journal, ...entries], counters: {...db.counters, journal: seq}},
		changes: entries.map(({request, from, to}) => ({request, from, to})),
	};
}

export function decide(db: Database, keys: string[], decision: Decision, now?: Date) {
	return setStatus(db, keys, statusOfDecision[decision], now);
}

/** Undoes the newest decision or batch that is not undone yet. */
export function undo(db: Database, now: Date = new Date()): {data: Database; changes: Change[]} {
	const last = db.journal.findLast(entry => !entry.undoneAt);
	if (!last) throw new NetinboxError(messages.nothingToUndo());
	const at = now.toISOString();
	const undone = new Map<string, JournalEntry>();
	const journal = db.journal.map(entry => {
		if (entry.batch !== last.batch || entry.undoneAt) return entry;
		undone.set(entry.request, entry);
		return {...entry, undoneAt: at};
	});
	const requests = db.requests.map(request => {
		const entry = undone.get(request.key);
		if (!entry) return request;
		const next = {...request, status: entry.from};
		const earlier = journal.findLast(e => e.request === request.key && !e.undoneAt && e.to === entry.from);
		if (entry.from === 'pending' || !earlier) delete next.decidedAt;
		else next.decidedAt = earlier.at;
		return next;
	});
	return {
		data: {...db, requests, journal},
		changes: [...undone.values()].map(entry => ({request: entry.request, from: entry.to, to: entry.from})),
	};
}
