// The search index built in steps, between keys, is the index built at once.
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, searchIndexSteps, searchPeople} from '../../../source/core/search/search.js';
import {makeDatabase} from '../../helpers/databases.js';

describe('the search index in steps', () => {
	it('comes out the same however small the steps, and gives every turn back in between', () => {
		const db = makeDatabase({requests: 100, people: 1000, interactions: 3000, seed: 5});
		const steps = searchIndexSteps(db, 50);
		let turns = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) turns++;
		expect(turns).toBeGreaterThanOrEqual(1000 / 50);
		const whole = buildSearchIndex(db);
		expect(next.value).toEqual(whole);
		const query = db.people[17]!.name;
		expect(searchPeople(next.value, query, {limit: 5})).toEqual(searchPeople(whole, query, {limit: 5}));
	});
});
