import {describe, expect, test} from 'vitest';
import {NetinboxError} from '../../../source/core/errors.js';
import {buildSearchIndex} from '../../../source/core/search/search.js';
import {resolvePerson, unvouch, vouch} from '../../../source/core/people/vouch.js';
import {bySource, loadSearchFixture} from '../../fixtures/search/load.js';
import {databaseFrom} from '../../helpers/db.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);

describe('vouching', () => {
	test('vouch sets the mark with a note; unvouch removes it; the input is left alone', () => {
		const target = bySource(db, 'p-030');
		const {data, person} = vouch(db, target.id, 'great producer', new Date('2026-11-01T10:00:00Z'));
		expect(person.vouched).toEqual({at: '2026-11-01T10:00:00.000Z', note: 'great producer'});
		expect(data.people.find(p => p.id === target.id)!.vouched).toEqual(person.vouched);
		expect(target.vouched).toBeUndefined();
		const back = unvouch(data, target.id);
		expect(back.person.vouched).toBeUndefined();
		expect('vouched' in back.person).toBe(false);
	});
});

describe('resolvePerson: the one person a command means', () => {
	test('by internal id, by imported id, by an unambiguous name', () => {
		const anna = bySource(db, 'p-002');
		expect(resolvePerson(db, index, anna.id).id).toBe(anna.id);
		expect(resolvePerson(db, index, 'p-002').id).toBe(anna.id);
		expect(resolvePerson(db, index, 'Grzegorz Brzeczyszczykiewicz').id).toBe(bySource(db, 'p-020').id);
	});

	test('an ambiguous name is refused with the candidates and their ids', () => {
		const real = bySource(db, 'p-031');
		const clone = bySource(db, 'p-032');
		expect(() => resolvePerson(db, index, 'Oliver Brandes')).toThrow(NetinboxError);
		expect(() => resolvePerson(db, index, 'Oliver Brandes')).toThrow(new RegExp(`${real.id} Oliver Brandes \\([^)]*know well\\); ${clone.id} Oliver Brandes`));
	});

	test.each([
		['Anna Müller MBA', 'Anna Müller'],
		['Prof. Dr. Anna Müller', 'Anna Müller'],
		['Anna Müller', 'Müller, Anna'],
		['Felix Baumann', 'FELIX BAUMANN'],
	])('%s is refused while %s shares the name, whichever is written exactly', (written, other) => {
		const people = databaseFrom({
			format: 'netinbox/v1',
			people: [{id: 'a', name: written, handles: {xing: 'a_x'}}, {id: 'b', name: other, connectedOn: {linkedin: '2024-01-01'}}],
			interactions: [],
			requests: [{id: 'r-1', network: 'facebook', from: 'a', receivedAt: '2026-11-01T10:00:00Z', message: null}],
		});
		for (const query of [written, other]) {
			expect(() => resolvePerson(people, buildSearchIndex(people), query)).toThrow(/matches several people: .*\(.*(facebook, xing|linkedin)/);
		}
	});

	test('no match is an error', () => {
		expect(() => resolvePerson(db, index, 'xqzvw')).toThrow('no one in your records matches "xqzvw"');
	});
});
