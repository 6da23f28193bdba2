import {describe, expect, it} from 'vitest';
import {decide, undo} from '../../../source/core/actions.js';
import {mergeBatch} from '../../../source/core/importers/merge.js';
import {parseGenericDocument} from '../../../source/core/importers/generic.js';
import {diffDatabases, journalHeader, journalLine, replayJournal, type Op} from '../../../source/core/store/journal.js';
import type {Database} from '../../../source/core/model.js';
import {generateDatabase, Random} from '../../bench/generate.js';
import {makeDatabase} from '../../helpers/databases.js';

const line = (ops: Op[]) => [...journalLine(ops, new Date('2026-11-20T10:00:00Z'), 7)].join('');

/** A random next state, made the way netinbox makes them. */
function step(db: Database, random: Random, round: number): Database {
	const pending = db.requests.filter(request => request.status === 'pending').map(request => request.key);
	switch (random.int(5)) {
		case 0:
			return db.journal.some(entry => !entry.undoneAt) ? undo(db).data : db;
		case 1: {
			const document = generateDatabase({requests: 5, people: 8, interactions: 20, seed: 100 + round});
			return mergeBatch(db, parseGenericDocument(document, 'more.json')).data;
		}
		case 2:
			return {...db, settings: {strictness: random.pick(['default', 'strict', 'lenient'] as const)}, me: {...db.me, name: `Me ${round}`}};
		default: {
			const keys = Array.from({length: 1 + random.int(pending.length > 20 ? 20 : 1)}, () => random.pick(pending.length > 0 ? pending : [db.requests[0]!.key]));
			return decide(db, keys, random.pick(['accept', 'follower', 'ignore', 'spam'] as const)).data;
		}
	}
}

describe('the journal', () => {
	const start = makeDatabase({requests: 60, people: 100, interactions: 400, seed: 13});

	it('replays to the same database netinbox held, step after step', () => {
		const random = new Random(14);
		let text = journalHeader('db.json', undefined);
		let db = start;
		for (let round = 0; round < 200; round++) {
			const next = step(db, random, round);
			const ops = diffDatabases(db, next, 50_000);
			expect(ops, `round ${round}`).toBeDefined();
			text += line(ops!);
			db = next;
		}
		const replayed = structuredClone(start) as unknown as Record<string, unknown>;
		replayJournal(replayed, text);
		expect(replayed).toEqual(db);
		// Replaying again over the result changes nothing: a fold may leave a journal behind.
		replayJournal(replayed, text);
		expect(replayed).toEqual(db);
	});

	it('records only what changed', () => {
		const next = decide(start, [start.requests[3]!.key], 'spam').data;
		const ops = diffDatabases(start, next, 50_000)!;
		expect(ops.map(op => ('put' in op ? `put ${op.put}` : 'set' in op ? `set ${op.set}` : 'unset'))).toEqual(['put requests', 'put journal', 'set counters']);
		expect(diffDatabases(start, start, 50_000)).toEqual([]);
	});

	it('gives up (whole file instead) when records are removed or reordered, or too many changed', () => {
		expect(diffDatabases(start, {...start, people: start.people.slice(1)}, 50_000)).toBeUndefined();
		expect(diffDatabases(start, {...start, people: [...start.people].reverse()}, 50_000)).toBeUndefined();
		const many = decide(start, start.requests.map(request => request.key), 'ignore').data;
		expect(diffDatabases(start, many, 50)).toBeUndefined();
	});

	it('leaves out a last line cut off by a crash, and refuses a damaged line with its number', () => {
		const first = decide(start, [start.requests[0]!.key], 'spam').data;
		const second = decide(first, [start.requests[1]!.key], 'accept').data;
		const good = journalHeader('db.json', undefined) + line(diffDatabases(start, first, 50_000)!);
		const torn = line(diffDatabases(first, second, 50_000)!).slice(0, -20);
		const replayed = structuredClone(start) as unknown as Record<string, unknown>;
		replayJournal(replayed, good + torn);
		expect(replayed).toEqual(first);

		expect(() => replayJournal(structuredClone(start) as never, good + torn + '\n' + good)).toThrow(/^line 3: /);
		expect(() => replayJournal(structuredClone(start) as never, good + '{"at":"x","ops":[{"drop":"people"}]}\n')).toThrow(/line 3: not a change netinbox wrote/);
	});
});
