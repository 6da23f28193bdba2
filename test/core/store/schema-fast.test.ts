import {describe, expect, it} from 'vitest';
import {decide, undo} from '../../../source/core/actions.js';
import {databaseSchema} from '../../../source/core/store/schema.js';
import {isPlainlyValidDatabase} from '../../../source/core/store/schema-fast.js';
import {Random} from '../../bench/generate.js';
import {makeDatabase} from '../../helpers/databases.js';
import {mergePeople, rejectSame} from '../../../source/core/people/merge.js';

const odd: unknown[] = [
	undefined, null, '', 'x', 0, -1, 1.5, 2 ** 60, true, [], ['a'], [1], {}, {a: 'b'}, {a: 1}, {format: 'x', id: 'y'},
	'2025-13-45', '2025-03-04', '2025-03-04T10:00:00Z', 'not a date', 'in', 'like', 'linkedin', 'pending', 'strict', 'email',
	JSON.parse('{"__proto__": "x"}'), {xing: '2024-01-01'}, {xong: '2024-01-01'}, {xing: 'soon'}, {at: '2025-01-01'}, {at: 'x'},
];

type Raw = Record<string, unknown>;

/** One random change somewhere in the database: a field of a record, a record, or a top-level part. */
function mutate(db: Raw, random: Random): Raw {
	const copy = structuredClone(db);
	const section = random.pick(['people', 'requests', 'interactions', 'journal', 'me', 'settings', 'counters', 'version', 'top']);
	if (section === 'top') {
		copy[random.pick(Object.keys(copy))] = random.pick(odd);
		return copy;
	}
	const target = copy[section];
	if (Array.isArray(target) && target.length > 0) {
		const index = random.int(target.length);
		if (random.chance(0.1)) target[index] = random.pick(odd);
		else {
			const record = target[index] as Raw;
			const key = random.pick([...Object.keys(record), 'vouched', 'decidedAt', 'undoneAt', 'mutualContacts', 'text', 'company', 'dateKnown', 'logged']);
			const roll = random.next();
			if (roll < 0.15) delete record[key];
			else if (roll < 0.3 && typeof record[key] === 'object' && record[key] !== null) (record[key] as Raw)[random.pick(['xing', 'at', 'format', '0'])] = random.pick(odd);
			else record[key] = random.pick(odd);
		}
	} else if (typeof target === 'object' && target !== null) {
		(target as Raw)[random.pick([...Object.keys(target), 'name', 'profile'])] = random.pick(odd);
	} else copy[section] = random.pick(odd);
	return copy;
}

describe('plain checks of the database shape', () => {
	// Small on purpose: every mutation copies the whole database, and the fields, not the rows, are what is tested.
	let db = makeDatabase({requests: 12, people: 16, interactions: 24, seed: 8});
	db = decide(db, db.requests.slice(0, 5).map(request => request.key), 'spam').data;
	db = undo(db).data;
	db = decide(db, [db.requests[6]!.key], 'accept').data;
	db.people[0] = {...db.people[0]!, vouched: {at: '2026-01-02T03:04:05Z', note: 'good'}, mutualContacts: 3};

	it('accept a real database, so the schema is not needed on every load', () => {
		expect(databaseSchema.safeParse(db).success).toBe(true);
		expect(isPlainlyValidDatabase(db)).toBe(true);
	});

	it('never accept a database the schema refuses', () => {
		const random = new Random(9);
		let refused = 0;
		for (let run = 0; run < 3000; run++) {
			const mutated = mutate(db as unknown as Raw, random);
			const schema = databaseSchema.safeParse(mutated).success;
			if (!schema) refused++;
			if (isPlainlyValidDatabase(mutated)) expect(schema, JSON.stringify(mutated).slice(0, 300)).toBe(true);
		}
		// The mutations must reach the schema's refusals, or this proves nothing.
		expect(refused).toBeGreaterThan(1000);
	});
});

describe('plain checks of merges and rejections', () => {
	const base = makeDatabase({requests: 10, people: 20, interactions: 40, seed: 3});
	const merged = mergePeople(base, base.people[0]!.id, base.people[1]!.id, new Date('2026-12-01T10:00:00Z')).data;
	const db = rejectSame(merged, base.people[2]!.id, base.people[3]!.id, new Date('2026-12-01T11:00:00Z'));

	it('accept a database with a merge and a rejection without the schema', () => {
		expect(databaseSchema.safeParse(db).success).toBe(true);
		expect(isPlainlyValidDatabase(db)).toBe(true);
	});

	it('never accept merges or rejections the schema refuses', () => {
		const random = new Random(5);
		let refused = 0;
		for (let run = 0; run < 1500; run++) {
			const copy = structuredClone(db) as unknown as {identity: Record<string, Raw[]>};
			const list = copy.identity[random.pick(['merges', 'notSame'])]!;
			const record = list[0]!;
			const key = random.pick([...Object.keys(record), 'undoneAt']);
			if (random.chance(0.1)) list[0] = random.pick(odd) as Raw;
			else if ((key === 'kept' || key === 'removed') && random.chance(0.7)) (record[key] as Raw)[random.pick(['id', 'name', 'aliases', 'connectedOn', 'sources'])] = random.pick(odd);
			else record[key] = random.pick(odd);
			const schema = databaseSchema.safeParse(copy).success;
			if (!schema) refused++;
			if (isPlainlyValidDatabase(copy)) expect(schema, JSON.stringify(copy.identity).slice(0, 300)).toBe(true);
		}
		expect(refused).toBeGreaterThan(500);
	});
});
