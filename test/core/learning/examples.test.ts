// Which decisions are learned from: the ones a person made or corrected, never a
// bulk apply left as it was, never an undone one, nothing forgotten, nothing while off.
import {describe, expect, it} from 'vitest';
import {applyStatuses, decide, undo} from '../../../source/core/actions.js';
import {userDecisions} from '../../../source/core/learning/index.js';
import {forget} from '../../../source/commands/learning.js';
import type {Database} from '../../../source/core/model.js';
import {makeDatabase} from '../../helpers/databases.js';

const at = (day: number) => new Date(Date.UTC(2026, 9, day, 12));

function inbox(): {db: Database; keys: string[]} {
	const db = makeDatabase({requests: 8, people: 12, interactions: 0, seed: 3});
	db.requests = db.requests.map(request => ({...request, status: 'pending' as const}));
	db.journal = [];
	return {db, keys: db.requests.map(request => request.key)};
}

describe('the decisions learned from', () => {
	it('are the ones made one by one, with the newest decision of each request', () => {
		const {db: start, keys} = inbox();
		let db = start;
		db = decide(db, [keys[0]!], 'ignore', at(1)).data;
		db = decide(db, [keys[0]!], 'spam', at(2)).data;
		db = decide(db, [keys[1]!], 'accept', at(3)).data;
		expect(userDecisions(db)).toEqual([
			{key: keys[0], decision: 'spam', at: at(2).toISOString()},
			{key: keys[1], decision: 'accept', at: at(3).toISOString()},
		]);
	});

	it('leave out a bulk apply the user did not change, and count the one they corrected afterwards', () => {
		const {db: start, keys} = inbox();
		let db = start;
		db = applyStatuses(db, [{key: keys[2]!, to: 'ignored'}, {key: keys[3]!, to: 'spam'}, {key: keys[4]!, to: 'accepted'}], at(1)).data;
		expect(userDecisions(db)).toEqual([]);
		db = decide(db, [keys[3]!], 'ignore', at(2)).data;
		expect(userDecisions(db)).toEqual([{key: keys[3], decision: 'ignore', at: at(2).toISOString()}]);
	});

	it('leave out an undone decision, and a request sent back to pending', () => {
		const {db: start, keys} = inbox();
		let db = start;
		db = decide(db, [keys[0]!], 'spam', at(1)).data;
		db = undo(db, at(2)).data;
		expect(userDecisions(db)).toEqual([]);
		db = decide(db, [keys[1]!], 'ignore', at(3)).data;
		db = applyStatuses(db, [{key: keys[1]!, to: 'pending'}], at(4)).data;
		expect(userDecisions(db)).toEqual([]);
	});

	it('are none while learning is off, and all again when it is back on', () => {
		const {db: start, keys} = inbox();
		let db = start;
		db = decide(db, [keys[0]!], 'ignore', at(1)).data;
		expect(userDecisions({...db, settings: {...db.settings, learning: false}})).toEqual([]);
		expect(userDecisions({...db, settings: {...db.settings, learning: true}})).toHaveLength(1);
	});

	it('lose what forget drops: everything so far, or only what was decided since a date; later decisions count again', () => {
		const {db: start, keys} = inbox();
		let db = start;
		db = decide(db, [keys[0]!], 'ignore', at(1)).data;
		db = decide(db, [keys[1]!], 'spam', at(5)).data;
		const recent = forget(db, '2026-10-03', at(6));
		expect(recent.result).toEqual({forgotten: 1, since: '2026-10-03T00:00:00.000Z', learnedFrom: 1});
		expect(userDecisions(recent.data).map(example => example.key)).toEqual([keys[0]]);
		const all = forget(recent.data, undefined, at(7));
		expect(all.result.forgotten).toBe(1);
		expect(userDecisions(all.data)).toEqual([]);
		const later = decide(all.data, [keys[2]!], 'accept', at(8)).data;
		expect(userDecisions(later).map(example => example.key)).toEqual([keys[2]]);
		expect(() => forget(db, 'last tuesday')).toThrow(/--since must be a date/);
	});
});
