// A merge makes two records one person (history, requests, names, handles),
// the screening then sees both; unmerge gives both records back as they were.
import {describe, expect, test} from 'vitest';
import {emptyDatabase, type Database, type Person} from '../../../source/core/model.js';
import {mergePeople, rejectSame, unmergePeople} from '../../../source/core/people/merge.js';
import {evidenceOf, verdictOf} from '../../../source/core/people/evidence.js';
import {buildSameIndex, sameProposals} from '../../../source/core/people/same.js';

function fixture(): Database {
	const person = (id: string, name: string, fields: Partial<Person>): Person =>
		({id, name, aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [{format: 'generic', id}], ...fields});
	return {
		...emptyDatabase(),
		people: [
			person('p1', 'Josef Huber', {notes: 'Goes by Sepp.', company: 'Weingut Huber', handles: {linkedin: 'josef-huber'}, connectedOn: {linkedin: '2022-01-12'}, tags: ['wine']}),
			person('p2', 'Sepp Huber', {headline: 'Winzer, Weingut Huber', handles: {facebook: 'sepp.huber'}, notes: 'Posts the harvest.', tags: ['facebook']}),
			person('p3', 'Anna Lenz', {}),
		],
		interactions: [
			{id: 'i1', person: 'p2', at: '2025-09-25T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both', text: 'Harvest in Spitz'},
			{id: 'i2', person: 'p1', at: '2025-10-01T10:00:00Z', channel: 'email', kind: 'email', direction: 'in'},
		],
		requests: [{key: 'linkedin:r1', id: 'r1', network: 'linkedin', from: 'p2', receivedAt: '2026-11-01T10:00:00Z', message: null, status: 'pending', source: {format: 'generic', id: 'r1'}}],
		counters: {person: 3, interaction: 2, journal: 0},
	};
}

describe('merge', () => {
	test('one record with both names, handles, notes, tags, history and requests', () => {
		const {data, merge, person} = mergePeople(fixture(), 'p1', 'p2', new Date('2026-12-01T10:00:00Z'));
		expect(data.people.map(p => p.id)).toEqual(['p1', 'p3']);
		expect(person).toMatchObject({
			name: 'Josef Huber',
			aliases: ['Sepp Huber'],
			handles: {linkedin: 'josef-huber', facebook: 'sepp.huber'},
			headline: 'Winzer, Weingut Huber',
			notes: 'Goes by Sepp.\nPosts the harvest.',
			tags: ['wine', 'facebook'],
			sources: [{format: 'generic', id: 'p1'}, {format: 'generic', id: 'p2'}],
		});
		expect(data.interactions.every(interaction => interaction.person === 'p1')).toBe(true);
		expect(data.requests[0]!.from).toBe('p1');
		expect(merge).toMatchObject({id: 'm1', at: '2026-12-01T10:00:00.000Z', interactions: ['i1'], requests: ['linkedin:r1']});
		expect(data.identity!.merges).toHaveLength(1);
	});

	test('the evidence of both counts: a meeting of one and the connection of the other', () => {
		const before = fixture();
		const verdict = (db: Database, id: string) => verdictOf(evidenceOf(db.people.find(p => p.id === id)!, db.interactions.filter(i => i.person === id), db.requests.filter(r => r.from === id)), db.people.find(p => p.id === id)!);
		expect(verdict(before, 'p1')).not.toBe('know well');
		const {data} = mergePeople(before, 'p1', 'p2');
		expect(verdict(data, 'p1')).toBe('know well');
	});

	test('refuses one record twice and an unknown id, changing nothing', () => {
		const db = fixture();
		expect(() => mergePeople(db, 'p1', 'p1')).toThrow(/same record/);
		expect(() => mergePeople(db, 'p1', 'p9')).toThrow(/no person with id p9/);
		expect(db.people).toHaveLength(3);
	});
});

describe('unmerge', () => {
	test('both records back as they were, history and requests with their owner', () => {
		const before = fixture();
		const merged = mergePeople(before, 'p1', 'p2').data;
		const {data, merge} = unmergePeople(merged, 'm1', new Date('2026-12-02T10:00:00Z'));
		expect(merge.id).toBe('m1');
		expect(data.people).toEqual([before.people[0], before.people[1], before.people[2]]);
		expect(data.interactions).toEqual(before.interactions);
		expect(data.requests).toEqual(before.requests);
		expect(data.identity!.merges[0]!.undoneAt).toBe('2026-12-02T10:00:00.000Z');
		expect(() => unmergePeople(data, 'm1')).toThrow(/no merge m1/);
	});

	test('by person id; a note written since the merge stays with the kept record', () => {
		const merged = mergePeople(fixture(), 'p1', 'p2').data;
		merged.people[0] = {...merged.people[0]!, notes: 'Sepp: ask about the 2024 Smaragd.'};
		const {data} = unmergePeople(merged, 'p2');
		expect(data.people.find(p => p.id === 'p1')!.notes).toBe('Sepp: ask about the 2024 Smaragd.');
		expect(data.people.find(p => p.id === 'p2')!.notes).toBe('Posts the harvest.');
	});
});

test('a rejected pair is remembered and no longer proposed; merging it later clears the rejection', () => {
	const db = fixture();
	expect(sameProposals(buildSameIndex(db)).map(pair => [pair.a.id, pair.b.id])).toEqual([['p1', 'p2']]);
	const rejected = rejectSame(db, 'p2', 'p1', new Date('2026-12-01T10:00:00Z'));
	expect(rejected.identity!.notSame).toEqual([{a: 'p2', b: 'p1', at: '2026-12-01T10:00:00.000Z'}]);
	expect(rejectSame(rejected, 'p1', 'p2')).toBe(rejected);
	expect(sameProposals(buildSameIndex(rejected))).toEqual([]);
	expect(mergePeople(rejected, 'p1', 'p2').data.identity!.notSame).toEqual([]);
});
