// "Do I know X?" must be able to say no: a first name alone is never passed off
// as the person asked for, and every answer says how it matched.
import {describe, expect, test} from 'vitest';
import {emptyDatabase, type Database, type Person} from '../../../source/core/model.js';
import {answerQuery} from '../../../source/core/search/answer.js';
import {editDistance} from '../../../source/core/search/explain.js';
import {buildSearchIndex} from '../../../source/core/search/search.js';
import {loadSearchFixture} from '../../fixtures/search/load.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);
const sourceOf = (personId: string) => db.people.find(person => person.id === personId)!.sources[0]!.id;
const ask = (query: string, limit = 5) => {
	const answer = answerQuery(index, query, {limit});
	return {...answer, ids: answer.hits.map(hit => sourceOf(hit.personId)), first: answer.hits[0]};
};

describe('a person not in the records is answered with no', () => {
	test.each([
		['Thomas Schulz', 'p-006', 'schulz'],
		['Anna Lindqvist', 'p-002', 'lindqvist'],
		['Klaus Brenneisen', 'p-001', 'klaus'],
		['Han Müller', 'p-005', 'han'],
	])('%s: the nearest are partial, and the word that matched nothing is named', (query, nearest, missing) => {
		const answer = ask(query);
		expect(answer.found).toBe(false);
		expect(answer.ids).toContain(nearest);
		for (const hit of answer.hits) {
			expect(hit.match).toBe('partial');
			expect(hit.missing.length).toBeGreaterThan(0);
		}
		expect(answer.hits.find(hit => sourceOf(hit.personId) === nearest)!.missing).toEqual([missing]);
	});

	test('a name nobody has finds no one at all', () => {
		expect(ask('Xaver Quetschkommode')).toMatchObject({found: false, hits: []});
	});
});

describe('each answer says how it matched', () => {
	test('exact: every word as written, spelling variants of umlauts and accents included', () => {
		for (const query of ['Anna Müller', 'Anna Mueller', 'Anna Müller', 'müller anna']) {
			expect(ask(query).first, query).toMatchObject({match: 'exact', matched: [{field: 'name', value: 'Anna Müller'}]});
		}
	});

	test('alias: the alias field, and a first name the nickname table lets stand for theirs', () => {
		expect(ask('Anni Müller').first).toMatchObject({match: 'alias', matched: expect.arrayContaining([{field: 'alias', words: ['anni'], value: 'Anni Müller'}])});
		// No one in the fixture is called Hannes Brenneisen or Bernhard Brenneisen: Bernd is Bernhard's short form.
		const bernhard = ask('Bernhard Brenneisen');
		expect(bernhard.ids[0]).toBe('p-001');
		expect(bernhard.first).toMatchObject({match: 'alias', matched: [{field: 'name', value: 'Bernd Brenneisen'}]});
	});

	test('alias: a name the notes say they go by', () => {
		const person: Person = {id: 'x1', name: 'Josef Huber', aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [], notes: 'Wirt vom Kreuz, genannt „Sepp“.'};
		const small: Database = {...emptyDatabase(), people: [person]};
		const answer = answerQuery(buildSearchIndex(small), 'Sepp Huber');
		expect(answer).toMatchObject({found: true, hits: [{personId: 'x1', match: 'alias'}]});
	});

	test('fuzzy: misspelt, the start of a longer word', () => {
		expect(ask('brennesien').first).toMatchObject({match: 'fuzzy', matched: [{field: 'name'}]});
		expect(ask('hafen digi').first).toMatchObject({match: 'fuzzy'});
	});
});

describe('queries by context name the field that matched', () => {
	test('a meeting, a note, a company, a place', () => {
		expect(ask('dmexco halle').first).toMatchObject({match: 'exact', matched: [{field: 'notes'}, {field: 'meeting', words: ['halle'], value: 'dmexco 2025, Halle 8'}]});
		expect(ask('met at dmexco 2025').ids).toContain('p-017');
		expect(ask('Ruderverein').ids[0]).toBe('p-053');
		expect(ask('at Hafen Digital').first).toMatchObject({match: 'exact', matched: [{field: 'company', value: 'Hafen Digital GmbH'}]});
		const lyon = ask('lyon');
		expect(lyon.first).toMatchObject({match: 'exact', matched: [{field: 'location', value: 'Lyon'}]});
	});

	test('a context word that matches nothing makes the answer partial', () => {
		const answer = ask('Bernd Brenneisen Tokyo');
		expect(answer.hits.every(hit => hit.match === 'partial')).toBe(true);
	});
});

describe('two people with the same name are both shown', () => {
	test('Oliver Brandes twice, the known one first', () => {
		const answer = ask('Oliver Brandes');
		expect(answer.found).toBe(true);
		expect(answer.ids.slice(0, 2)).toEqual(['p-031', 'p-032']);
	});
});

test('edit distance counts a swap of neighbours as one edit and stops at the limit', () => {
	expect(editDistance('brennesien', 'brenneisen', 2)).toBe(1);
	expect(editDistance('marceau', 'marchal', 1)).toBe(2);
	expect(editDistance('abc', 'abcdef', 1)).toBe(2);
	expect(editDistance('muller', 'muller', 0)).toBe(0);
});
