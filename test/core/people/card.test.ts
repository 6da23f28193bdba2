import {describe, expect, test} from 'vitest';
import {decide} from '../../../source/core/actions.js';
import {buildCard} from '../../../source/core/people/card.js';
import {cardSections} from '../../../source/core/people/card-text.js';
import {noteSaysMet} from '../../../source/core/people/evidence.js';
import {emptyDatabase, type Database, type Interaction, type Person} from '../../../source/core/model.js';
import {buildSearchIndex, namesakes} from '../../../source/core/search/search.js';
import {bySource, loadSearchFixture} from '../../fixtures/search/load.js';

function person(id: string, extra: Partial<Person> = {}): Person {
	return {id, name: `Person ${id}`, aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [{format: 'test', id}], ...extra};
}

let seq = 0;
function said(who: string, kind: Interaction['kind'], direction: Interaction['direction'], at: string, channel: Interaction['channel'] = 'email', text?: string): Interaction {
	return {id: `i${++seq}`, person: who, at, channel, kind, direction, ...(text ? {text} : {})};
}

function dbWith(people: Person[], interactions: Interaction[] = []): Database {
	return {...emptyDatabase(), people, interactions};
}

const verdictOf = (db: Database, id: string) => buildCard(db, db.people.find(p => p.id === id)!).verdict;

describe('the verdict follows the order of evidence', () => {
	test('met in person: know well, with when and where', () => {
		const db = dbWith([person('a')], [said('a', 'meeting', 'both', '2025-03-04T18:00:00Z', 'in-person', 'BarCamp Hamburg')]);
		const card = buildCard(db, db.people[0]!);
		expect(card.verdict).toBe('know well');
		expect(card.met).toMatchObject({count: 1, last: '2025-03-04T18:00:00Z', meetings: [{text: 'BarCamp Hamburg'}]});
		expect(card.summary).toBe('know well: met in person 1×, last 2025-03-04 (BarCamp Hamburg)');
	});

	test('a note saying they met counts as meeting; a note saying they did not, does not', () => {
		expect(verdictOf(dbWith([person('a', {notes: 'Exchanged cards at dmexco 2025.'})]), 'a')).toBe('know well');
		expect(verdictOf(dbWith([person('a', {notes: 'Zweimal beim Stammtisch getroffen.'})]), 'a')).toBe('know well');
		expect(noteSaysMet('Never met in person, only email.')).toBe(false);
		expect(noteSaysMet('Sehr freundlich am Telefon.')).toBe(false);
	});

	test('exchanges both ways: in dialogue, tallied per channel', () => {
		const db = dbWith([person('a')], [
			said('a', 'reply', 'in', '2024-01-02T10:00:00Z', 'twitter'),
			said('a', 'reply', 'out', '2024-03-02T10:00:00Z', 'twitter'),
			said('a', 'reply', 'in', '2024-05-02T10:00:00Z', 'twitter'),
			said('a', 'email', 'in', '2024-06-01T10:00:00Z'),
		]);
		const card = buildCard(db, db.people[0]!);
		expect(card.verdict).toBe('in dialogue');
		expect(card.dialogue).toEqual([
			{channel: 'twitter', in: 2, out: 1, both: 0, first: '2024-01-02T10:00:00Z', last: '2024-05-02T10:00:00Z'},
			{channel: 'email', in: 1, out: 0, both: 0, first: '2024-06-01T10:00:00Z', last: '2024-06-01T10:00:00Z'},
		]);
	});

	test('only from them (follows, likes, mentions, unanswered messages) is no dialogue', () => {
		const db = dbWith([person('a')], [
			said('a', 'follow', 'in', '2024-01-02T10:00:00Z', 'twitter'),
			said('a', 'like', 'in', '2024-01-03T10:00:00Z', 'twitter'),
			said('a', 'message', 'in', '2024-01-04T10:00:00Z', 'linkedin'),
		]);
		const card = buildCard(db, db.people[0]!);
		expect(card.verdict).toBe('never interacted');
		expect(card.oneWay.map(t => `${t.channel} ${t.kind}`)).toEqual(['twitter follow', 'twitter like']);
	});

	test('a connection is not an interaction', () => {
		const db = dbWith([person('a', {connectedOn: {xing: '2019-08-01'}})], [said('a', 'like', 'in', '2024-01-03T10:00:00Z', 'xing')]);
		const card = buildCard(db, db.people[0]!);
		expect(card.verdict).toBe('connected, never talked');
		expect(card.connections).toEqual([{network: 'xing', since: '2019-08-01', via: 'contact'}]);
		expect(card.dialogue).toEqual([]);
	});

	test('nothing at all: unknown; vouching: know well', () => {
		expect(verdictOf(dbWith([person('a')]), 'a')).toBe('unknown');
		expect(verdictOf(dbWith([person('a', {vouched: {at: '2026-01-01T00:00:00Z', note: 'reliable'}})]), 'a')).toBe('know well');
	});
});

describe('requests and decisions', () => {
	const db = loadSearchFixture();
	const stranger = bySource(db, 'p-007');
	const key = db.requests.find(request => request.from === stranger.id)!.key;

	test('a pending request: never interacted, and the card knows where to jump', () => {
		const card = buildCard(db, stranger);
		expect(card.verdict).toBe('never interacted');
		expect(card.pendingRequest).toBe(key);
		expect(card.requests).toHaveLength(1);
		expect(card.journal).toEqual([]);
	});

	test('accepting it makes a connection and a journal line', () => {
		const {data} = decide(db, [key], 'accept', new Date('2026-11-02T09:00:00Z'));
		const card = buildCard(data, stranger);
		expect(card.pendingRequest).toBeUndefined();
		expect(card.connections).toContainEqual(expect.objectContaining({since: '2026-11-02T09:00:00.000Z', via: 'accepted request'}));
		expect(card.verdict).toBe('connected, never talked');
		expect(card.journal).toEqual([{at: '2026-11-02T09:00:00.000Z', request: key, from: 'pending', to: 'accepted', undone: false}]);
	});
});

describe('warnings', () => {
	const db = loadSearchFixture();
	const index = buildSearchIndex(db);
	test('a look-alike is told apart from the person the user knows', () => {
		const copy = bySource(db, 'p-025');
		const card = buildCard(db, copy, namesakes(index, copy.id));
		expect(card.warnings).toEqual([
			'name mixes Latin and Cyrillic letters',
			`same name as Marta Nowak (${bySource(db, 'p-024').id}), whom you are in dialogue with`,
		]);
		const real = bySource(db, 'p-024');
		expect(buildCard(db, real, namesakes(index, real.id)).warnings).toEqual([]);
	});
});

describe('card text', () => {
	test('every line is safe to print', () => {
		const db = dbWith([person('a', {name: 'Eve\u001B]0;pwned\u0007 \u202EMallory', notes: 'line one\n\u001B[31mred'})]);
		const sections = cardSections(buildCard(db, db.people[0]!));
		const text = sections.flatMap(section => section.lines).join('\n');
		expect(text).not.toMatch(/[\u001B\u0007\u202E]/);
		expect(sections.find(section => section.label === 'note')!.lines).toHaveLength(2);
	});
});
