import {describe, expect, it} from 'vitest';
import {emptyDatabase} from '../../../source/core/model.js';
import {serializeDatabase, serializeInChunks} from '../../../source/core/store/serialize.js';
import {makeDatabase} from '../../helpers/databases.js';

describe('serializeDatabase', () => {
	const db = makeDatabase({requests: 120, people: 300, interactions: 1100, seed: 12});

	it('writes one record per line and reads back as the same database', () => {
		const text = serializeDatabase(db);
		expect(JSON.parse(text)).toEqual(db);
		const lines = text.split('\n');
		expect(lines).toContain(`  ${JSON.stringify(db.people[0])},`);
		expect(lines.at(-2)).toBe('}');
		expect(JSON.parse(serializeDatabase(emptyDatabase()))).toEqual(emptyDatabase());
		expect(serializeDatabase(emptyDatabase())).toContain('"people": [],');
	});

	it('comes in pieces of a bounded number of records that join to the same text', () => {
		const pieces = [...serializeInChunks(db, 100)];
		expect(pieces.join('')).toBe(serializeDatabase(db));
		expect(pieces.length).toBeGreaterThan(15);
		// A piece may carry the tail of one list and the start of the next.
		for (const piece of pieces) expect(piece.split('\n').length).toBeLessThanOrEqual(2 * 100 + 10);
	});
});
