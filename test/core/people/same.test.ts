// Two records of one person are proposed with the reasons; a look-alike name,
// a namesake or a copied profile never is.
import {describe, expect, test} from 'vitest';
import {emptyDatabase, type Database, type Person} from '../../../source/core/model.js';
import {buildSameIndex, probableSame, sameProposals} from '../../../source/core/people/same.js';

let next = 0;
function person(name: string, fields: Partial<Person> = {}): Person {
	next++;
	return {id: `p${next}`, name, aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [{format: 'test', id: `t${next}`}], ...fields};
}
const dbOf = (...people: Person[]): Database => ({...emptyDatabase(), people});
const proposed = (db: Database) => sameProposals(buildSameIndex(db)).map(pair => [pair.a.name, pair.b.name]);

const josef = person('Josef Huber', {notes: 'Winzer in der Wachau, genannt Sepp.', company: 'Weingut Huber', location: 'Spitz an der Donau', handles: {linkedin: 'josef-huber-weingut'}});

describe('proposed as one person, with the reasons', () => {
	test('a short form the notes name, and the same place', () => {
		const sepp = person('Sepp Huber', {headline: 'Winzer – Spitz, Wachau', handles: {instagram: '@sepp_winzer'}});
		const [match] = probableSame(buildSameIndex(dbOf(josef, sepp)), sepp);
		expect(match?.person.id).toBe(josef.id);
		expect(match!.reasons).toEqual(['Josef Huber goes by Sepp in your records', 'same place (Spitz an der Donau)', 'rare words in common (winzer, wachau)']);
	});

	test('a one-word nickname account and the person stated to go by it', () => {
		const matthias = person('Matthias Obermaier', {aliases: ['Matze Obermaier'], company: 'Obermaier & Vernet Weinimport GmbH', location: 'München'});
		const matze = person('Matze', {headline: 'Wein, Berge. Obermaier & Vernet – Lyon ↔ München', handles: {mastodon: '@matze@muenchen.social'}});
		expect(proposed(dbOf(matthias, matze))).toEqual([['Matthias Obermaier', 'Matze']]);
	});

	test('initials, a double surname, a surname written first in capitals', () => {
		const jb = [person('Jean-Baptiste Lefèvre', {company: 'Maison Lefèvre', location: 'Annecy'}), person('JB Lefèvre', {headline: 'Chef, Maison Lefèvre (Annecy)'})];
		expect(proposed(dbOf(jb[0]!, jb[1]!))).toHaveLength(1);
		const alex = [person('Alejandro Núñez Peña', {aliases: ['Álex'], company: 'Le Bouchon des Canuts'}), person('Álex Núñez', {headline: 'Sommelier @ Bouchon des Canuts, Lyon'})];
		expect(proposed(dbOf(alex[0]!, alex[1]!))).toHaveLength(1);
		const moreau = [person('Claire Moreau', {company: 'Atelier Moreau Céramique', location: 'Vienne'}), person('MOREAU Claire', {company: 'Atelier Moreau Céramique'})];
		expect(proposed(dbOf(moreau[0]!, moreau[1]!))).toHaveLength(1);
	});

	test('the user\'s note names the other account\'s handle, whatever its name', () => {
		const lena = person('Magdalena Kowalski', {notes: 'Her Mastodon is @lenak@chaos.social.'});
		const account = person('Lena 🌻', {handles: {mastodon: '@lenak@chaos.social'}});
		const [match] = probableSame(buildSameIndex(dbOf(lena, account)), account);
		expect(match).toMatchObject({person: {id: lena.id}, reasons: ['your note on Magdalena Kowalski names @lenak@chaos.social']});
	});
});

describe('never proposed', () => {
	test('look-alike letters, a dot, a capital I for l, even with the profile copied', () => {
		for (const name of ['Jоsef Huber', 'Sepp.Huber', 'Josef HuIber']) {
			const fake = person(name, {company: 'Weingut Huber', location: 'Spitz an der Donau', notes: 'goes by Sepp'});
			expect(probableSame(buildSameIndex(dbOf(josef, fake)), fake), name).toEqual([]);
		}
	});

	test('a letter swapped or doubled in the surname', () => {
		for (const name of ['Josef Hubre', 'Josef Hubber']) {
			expect(proposed(dbOf(josef, person(name, {company: 'Weingut Huber'}))), name).toEqual([]);
		}
	});

	test('namesakes: the same name and nothing else, or only a common place', () => {
		const a = person('Thomas Müller', {company: 'GastroTech', location: 'Stuttgart'});
		expect(proposed(dbOf(a, person('Thomas Mueller', {company: 'Bank Vontobel', location: 'Zürich'})))).toEqual([]);
		expect(proposed(dbOf(a, person('Thomas Müller', {location: 'Stuttgart'})))).toEqual([]);
	});

	test('a second account on a network where the person already is, or a profile copied word for word', () => {
		const oliver = person('Oliver Brandes', {company: 'Brandes Fotografie', location: 'Hamburg', connectedOn: {facebook: '2016-05-03'}});
		expect(proposed(dbOf(oliver, person('Oliver Brandes', {company: 'Brandes Fotografie', location: 'Hamburg', handles: {facebook: 'oliver.brandes.7731'}})))).toEqual([]);
		const lukasz = person('Łukasz Wójcik', {company: 'Polbit', headline: 'Backend Developer', location: 'Warszawa', handles: {twitter: '@lukasz_w'}});
		expect(proposed(dbOf(lukasz, person('Łukasz Wójcik', {company: 'Polbit', headline: 'Backend Developer', location: 'Warszawa', handles: {facebook: 'lukasz.wojcik.5521'}})))).toEqual([]);
	});

	test('two first names that do not stand for each other', () => {
		expect(proposed(dbOf(josef, person('Klaus Huber', {company: 'Weingut Huber', location: 'Spitz an der Donau'})))).toEqual([]);
	});

	test('a pair the user said are not the same person', () => {
		const sepp = person('Sepp Huber', {company: 'Weingut Huber'});
		const db = dbOf(josef, sepp);
		expect(proposed(db)).toHaveLength(1);
		db.identity = {merges: [], notSame: [{a: sepp.id, b: josef.id, at: '2026-12-01T10:00:00Z'}]};
		expect(proposed(db)).toEqual([]);
	});
});
