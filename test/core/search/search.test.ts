import {describe, expect, test} from 'vitest';
import {emptyDatabase, type Database, type Interaction, type Person} from '../../../source/core/model.js';
import {buildSearchIndex, namesakes, searchPeople} from '../../../source/core/search/search.js';
import {bySource, loadQueries, loadSearchFixture} from '../../fixtures/search/load.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);
const sourceOf = (personId: string) => db.people.find(person => person.id === personId)!.sources[0]!.id;
const top = (query: string, limit = 5) => searchPeople(index, query, {limit}).map(hit => sourceOf(hit.personId));

describe('the query set finds the person each query means', () => {
	const queries = loadQueries();
	const ranks = queries.map(query => ({...query, rank: top(query.query, 10).indexOf(query.expect)}));
	const misses = (predicate: (rank: number) => boolean) =>
		ranks.filter(query => !predicate(query.rank)).map(query => `${query.query} → ${query.expect} at ${query.rank} (${query.why})`);

	test('has more than 50 queries, each naming a person of the fixture', () => {
		expect(queries.length).toBeGreaterThan(50);
		for (const query of queries) expect(() => bySource(db, query.expect)).not.toThrow();
	});

	test('the right person first for at least 90 %', () => {
		const first = ranks.filter(query => query.rank === 0).length / ranks.length;
		expect(first, misses(rank => rank === 0).join('\n')).toBeGreaterThanOrEqual(0.9);
	});

	test('the right person in the top 3 for at least 98 %', () => {
		const top3 = ranks.filter(query => query.rank >= 0 && query.rank < 3).length / ranks.length;
		expect(top3, misses(rank => rank >= 0 && rank < 3).join('\n')).toBeGreaterThanOrEqual(0.98);
	});
});

describe('look-alikes rank below the person the user knows', () => {
	const pairs: Array<[string, string, string]> = [
		['Bernd Brenneisen', 'p-001', 'p-081'],
		['Marta Nowak', 'p-024', 'p-025'],
		['Steffen Keller', 'p-026', 'p-027'],
		['Anna Brandt', 'p-079', 'p-080'],
		['Jürgen Weiß', 'p-008', 'p-082'],
		['Łukasz Wójcik', 'p-017', 'p-083'],
		['Thomas Müller', 'p-006', 'p-084'],
		['Oliver Brandes', 'p-031', 'p-032'],
	];
	test.each(pairs)('%s: the real one first, the copy after it', (query, real, copy) => {
		const found = top(query, 10);
		expect(found[0]).toBe(real);
		expect(found).toContain(copy);
		// Typed with the copy's own letters, the real one still comes first.
		const copyName = bySource(db, copy).name;
		expect(top(copyName, 10)[0]).toBe(real);
	});

	test('namesakes lists the other people with the same folded name', () => {
		const real = bySource(db, 'p-024');
		expect(namesakes(index, real.id).map(other => sourceOf(other.id))).toEqual(['p-025']);
	});
});

describe('how people are remembered', () => {
	test('a company alone lists everyone there, best known first', () => {
		expect(top('hafen digital', 10).slice(0, 4)).toEqual(['p-002', 'p-078', 'p-063', 'p-077']);
	});

	test('a handle with or without @, and typed whole with its punctuation', () => {
		expect(top('@annam')[0]).toBe('p-002');
		expect(top('annam')[0]).toBe('p-002');
		expect(top('anna-mueller-12ab')[0]).toBe('p-002');
		expect(top('@marta@chaos.social')[0]).toBe('p-024');
	});

	test('as the name is typed, the person stays within reach', () => {
		for (const prefix of ['brenne', 'brennei', 'brenneis', 'brenneise']) expect(top(prefix, 3), prefix).toContain('p-001');
		expect(top('hafen digi')[0]).toBe('p-002');
	});

	test('nothing matches gibberish; an empty query finds no one', () => {
		expect(searchPeople(index, 'xqzvw')).toEqual([]);
		expect(searchPeople(index, '   ')).toEqual([]);
		expect(searchPeople(index, '!!')).toEqual([]);
	});

	test('a pasted paragraph is cut to its first words and still searched', () => {
		const long = `Bernd Brenneisen ${'und noch mehr Worte '.repeat(100)}`;
		expect(top(long)[0]).toBe('p-001');
	});

	test('limit bounds the answer, best first', () => {
		const hits = searchPeople(index, 'anna', {limit: 3});
		expect(hits).toHaveLength(3);
		expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
		expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
	});

	test('each hit carries the verdict', () => {
		const [hit] = searchPeople(index, 'Ayşe Yılmaz');
		expect(hit).toMatchObject({name: 'Ayşe Yılmaz', verdict: 'connected, never talked'});
	});
});

describe('ties are broken by how well the user knows them', () => {
	function twins(knownIs: 'first' | 'second'): Database {
		const db = emptyDatabase();
		const person = (id: string): Person => ({id, name: 'Frank Neumeier', aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [{format: 'test', id}]});
		db.people = [person('a'), person('b')];
		const meeting: Interaction = {id: 'i1', person: knownIs === 'first' ? 'a' : 'b', at: '2025-01-01T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both'};
		db.interactions = [meeting];
		return db;
	}
	test.each(['first', 'second'] as const)('the one met in person comes first (%s in the list)', knownIs => {
		const db = twins(knownIs);
		const hits = searchPeople(buildSearchIndex(db), 'frank neumeier');
		expect(hits.map(hit => hit.personId)).toEqual(knownIs === 'first' ? ['a', 'b'] : ['b', 'a']);
		expect(hits[0]!.verdict).toBe('know well');
	});
});

describe('an index over nobody', () => {
	test('finds nobody', () => {
		expect(searchPeople(buildSearchIndex(emptyDatabase()), 'anna')).toEqual([]);
	});
});
