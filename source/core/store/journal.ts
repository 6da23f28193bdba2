// The changes one save makes, as a line of the journal beside the database
// file: the records that changed, by id, and the top-level fields that changed.
// A decision is then a few hundred bytes to append instead of the whole file to
// rewrite. Replaying the lines in order over the file gives the database again;
// a line only ever sets values, so replaying one twice changes nothing.
import type {Database} from '../model.js';

type Raw = Record<string, unknown>;

export type Op =
	/** A top-level field (me, settings, counters, a list without record ids) set as a whole. */
	| {set: string; value: unknown}
	| {unset: string}
	/** A record of a list put in place of the record with the same id, or added at the end. */
	| {put: string; value: Raw};

/** The field that identifies a record in each list the journal can change record by record. */
export const recordIds: Record<string, string> = {people: 'id', requests: 'key', interactions: 'id', journal: 'seq'};

/**
 * The records of `after` that are not the same objects as in `before`. Works
 * when records changed in place or were added at the end (everything netinbox
 * does); for anything else (a record removed, the order changed) and for more
 * than `limit` changes it returns undefined: write the whole file instead.
 */
export function diffDatabases(before: Database, after: Database, limit: number): Op[] | undefined {
	const from = before as unknown as Raw;
	const to = after as unknown as Raw;
	const ops: Op[] = [];
	for (const key of Object.keys(to)) {
		if (to[key] === from[key]) continue;
		const id = recordIds[key];
		if (id && Array.isArray(to[key]) && Array.isArray(from[key])) {
			if (!diffList(key, id, from[key] as Raw[], to[key] as Raw[], ops, limit)) return undefined;
		} else ops.push({set: key, value: to[key]});
		if (ops.length > limit) return undefined;
	}
	for (const key of Object.keys(from)) if (!(key in to)) ops.push({unset: key});
	return ops;
}

function diffList(name: string, id: string, before: Raw[], after: Raw[], ops: Op[], limit: number): boolean {
	if (after.length < before.length) return false;
	for (let index = 0; index < after.length; index++) {
		const record = after[index]!;
		if (index < before.length) {
			if (record === before[index]) continue;
			if (record[id] !== before[index]![id]) return false;
		}
		ops.push({put: name, value: record});
		if (ops.length > limit) return false;
	}
	return true;
}

export class JournalError extends Error {}

/** Applies one line's changes to a database that is being loaded (in place). */
export function applyOps(db: Raw, ops: unknown, positions: Map<string, Map<unknown, number>>): void {
	if (!Array.isArray(ops)) throw new JournalError('"ops" must be a list');
	for (const op of ops as Raw[]) {
		if (typeof op?.set === 'string' && 'value' in op) {
			db[op.set] = op.value;
			positions.delete(op.set);
		} else if (typeof op?.unset === 'string') {
			delete db[op.unset];
			positions.delete(op.unset);
		} else if (typeof op?.put === 'string' && recordIds[op.put] && Array.isArray(db[op.put]) && typeof op.value === 'object' && op.value !== null) {
			const list = db[op.put] as Raw[];
			const id = (op.value as Raw)[recordIds[op.put]!];
			let index = positions.get(op.put);
			if (!index) positions.set(op.put, (index = new Map(list.map((record, at) => [record?.[recordIds[op.put as string]!], at]))));
			const at = index.get(id);
			if (at === undefined) {
				index.set(id, list.length);
				list.push(op.value as Raw);
			} else list[at] = op.value as Raw;
		} else {
			throw new JournalError(`not a change netinbox wrote: ${JSON.stringify(op).slice(0, 80)}`);
		}
	}
}

/**
 * The first line of a new journal: says what the file is to a person who finds
 * it, and names its database by the id stored in it (a journal copied or
 * planted beside another database is refused).
 */
export function journalHeader(file: string, databaseId: string | undefined): string {
	return JSON.stringify({netinbox: 'journal', of: file, ...(databaseId ? {db: databaseId} : {}), note: 'changes not yet folded into the database file'}) + '\n';
}

/** Whether a journal's text was written for this database: its header names the database's id (or, before ids, its file name). */
export function journalBelongs(text: string, file: string, databaseId: string | undefined): boolean {
	const end = text.indexOf('\n');
	// No whole first line: a crash as the journal was started. It holds nothing to replay.
	if (end < 0) return true;
	let header: Raw;
	try {
		header = JSON.parse(text.slice(0, end)) as Raw;
	} catch {
		return false;
	}
	if (header?.netinbox !== 'journal') return false;
	return databaseId ? header.db === databaseId : header.db === undefined && header.of === file;
}

/** A line for one save, in pieces of about `rows` changes so that writing it never blocks for long. */
export function* journalLine(ops: Op[], at: Date, rows = 500): Generator<string> {
	let piece = `{"at":${JSON.stringify(at.toISOString())},"ops":[`;
	for (let index = 0; index < ops.length; index++) {
		piece += (index === 0 ? '' : ',') + JSON.stringify(ops[index]);
		if ((index + 1) % rows === 0) {
			yield piece;
			piece = '';
		}
	}
	yield `${piece}]}\n`;
}

/**
 * Replays a journal's text over `db`. A last line without its newline was cut
 * off by a crash while it was written; that save never finished, so it is left
 * out. Any other line that cannot be read is damage: JournalError with its number.
 */
export function replayJournal(db: Raw, text: string): void {
	const positions = new Map<string, Map<unknown, number>>();
	const lines = text.split('\n');
	lines.pop();
	lines.forEach((line, index) => {
		if (line.trim() === '') return;
		let entry: Raw;
		try {
			entry = JSON.parse(line) as Raw;
		} catch (error) {
			throw new JournalError(`line ${index + 1}: ${(error as Error).message}`);
		}
		if (entry?.netinbox === 'journal') return;
		try {
			applyOps(db, entry?.ops, positions);
		} catch (error) {
			throw new JournalError(`line ${index + 1}: ${(error as Error).message}`);
		}
	});
}
