// Why two records may be one person: how their first names relate, and what
// else they share (a handle, an employer, a place, rare words of a headline).
// Pure functions over two people; same.ts decides which pairs to compare.
import type {Person} from '../model.js';
import {normalizeHandle} from './identity.js';
import {foldLoose, looseWords, spoofSigns} from './names.js';
import {notedNames, otherFormsOf} from './nicknames.js';

export type Signal = {text: string; weight: number};

// Titles and credentials that travel with names; legal forms that travel with employers.
const decorations = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'dipl', 'ing', 'mba', 'phd', 'msc', 'bsc', 'llm', 'med', 'jr', 'sr']);
const legalForms = new Set(['gmbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'ltd', 'llc', 'inc', 'plc', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv', 'co', 'und', 'and', 'the', 'les', 'des', 'del', 'der', 'die', 'das', 'von', 'van', 'sp', 'zoo']);

/** Loose words of a name without titles: `Dr. Anna-Lena Müller` → anna, lena, muller. */
export function nameParts(name: string): string[] {
	return looseWords(name).filter(part => !decorations.has(part));
}

/**
 * Remembers what is read from a record: records are replaced, never changed in
 * place, so a record object always reads the same. Comparing thousands of pairs
 * then reads each record once.
 */
export function perRecord<T>(read: (person: Person) => T): (person: Person) => T {
	const cache = new WeakMap<Person, T>();
	return person => {
		if (cache.has(person)) return cache.get(person)!;
		const value = read(person);
		cache.set(person, value);
		return value;
	};
}

/** The first names a record says the person goes by: aliases' first words and a note's "goes by …". */
export const statedFirstNames = perRecord((person: Person): Set<string> => {
	const out = new Set<string>();
	for (const alias of person.aliases) {
		const first = nameParts(alias)[0];
		if (first) out.add(first);
	}
	for (const name of notedNames(person.notes)) for (const word of looseWords(name)) out.add(word);
	return out;
});

/**
 * Signs that a name is made to look like another's rather than being a real
 * spelling: look-alike letters of another script, invisible characters, words
 * joined by a dot (`Sepp.Huber`), a capital I standing for an l (`BeIlandi`).
 */
export function dressedUp(name: string): string | undefined {
	const signs = spoofSigns(name);
	if (signs.length > 0) return signs[0];
	if (/\p{L}{2,}[._]\p{L}{2,}/u.test(name)) return 'words of the name joined by a dot';
	if (/\p{Ll}I/u.test(name)) return 'a capital I inside a word, where an l would be';
	return undefined;
}

/** How two first names relate, with the weight that relation adds; undefined: two different people's names. */
export function firstNames(a: Person, b: Person, aGiven: string[], bGiven: string[]): Signal | undefined {
	const [x, y] = [aGiven[0], bGiven[0]];
	if (!x || !y) return undefined;
	if (x === y) return {text: '', weight: 0};
	const stated = (person: Person, word: string) => statedFirstNames(person).has(word);
	if (stated(b, x)) return {text: `${b.name} goes by ${cap(x)} in your records`, weight: 1};
	if (stated(a, y)) return {text: `${a.name} goes by ${cap(y)} in your records`, weight: 1};
	if (otherFormsOf(x).has(y)) return {text: `${cap(x)} and ${cap(y)} are forms of one first name`, weight: 0.5};
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	if (short.length >= 2 && long.startsWith(short)) return {text: `${cap(short)} is short for ${cap(long)}`, weight: 0.5};
	const initials = (given: string[]) => given.map(part => part[0]).join('');
	const letters = (given: string[]) => (given.every(part => part.length <= 2) ? given.join('') : undefined);
	const aLetters = letters(aGiven);
	const bLetters = letters(bGiven);
	if ((aLetters && bGiven.length > 1 && aLetters === initials(bGiven)) || (bLetters && aGiven.length > 1 && bLetters === initials(aGiven))) {
		return {text: `initials of the same first names`, weight: 0.5};
	}
	return undefined;
}

const socialNetworks = new Set(['linkedin', 'xing', 'facebook', 'twitter', 'mastodon', 'instagram']);
const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const handleKey = (handle: string) => normalizeHandle(handle).split('@')[0]!.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a text names a handle: a plain short word (`matze`) only with its @, as a
 * handle and not as the name it is; a longer or punctuated one (`hamish_smokehouse`) as it is.
 */
function namesHandle(text: string, handle: string): boolean {
	const user = normalizeHandle(handle).split('@')[0]!;
	return /^\p{L}{1,7}$/u.test(user) ? text.includes(`@${user}`) : text.includes(user);
}

/** Significant words of a company's name: no legal forms, no words under four letters. */
export function companyWords(company: string | undefined): string[] {
	return looseWords(company ?? '').filter(word => word.length >= 4 && !legalForms.has(word));
}

/** Words of what a person says of themselves or the user noted: headline and notes. */
export const aboutWords = perRecord((person: Person): Set<string> =>
	new Set(looseWords(`${person.headline ?? ''} ${person.notes ?? ''} ${person.company ?? ''} ${person.location ?? ''}`)));

/**
 * What else two records share, strongest first. `rare(word)`: whether a word is
 * uncommon enough in the records to mean something when two people share it.
 */
export function sharedContext(a: Person, b: Person, rare: (word: string) => boolean): Signal[] {
	const out: Signal[] = [];
	const aAbout = aboutWords(a);
	const bAbout = aboutWords(b);
	// A handle of one on another network, or named in the other's note or bio.
	const aHandles = Object.entries(a.handles).filter(([, h]) => h && handleKey(h).length >= 4) as Array<[string, string]>;
	const bHandles = Object.entries(b.handles).filter(([, h]) => h && handleKey(h).length >= 4) as Array<[string, string]>;
	const text = (person: Person) => `${person.headline ?? ''} ${person.notes ?? ''}`.toLowerCase();
	for (const [network, handle] of aHandles) {
		const key = handleKey(handle);
		const same = bHandles.find(([, other]) => handleKey(other) === key);
		if (same && same[0] !== network) {
			out.push({text: `the same handle ${handle} on ${network} and ${same[0]}`, weight: 3});
			break;
		}
		if (namesHandle(text(b), handle)) {
			out.push({text: `${b.name}'s profile or your note names ${handle}`, weight: 3});
			break;
		}
	}
	if (!out.some(signal => signal.weight === 3)) {
		for (const [, handle] of bHandles) {
			if (namesHandle(text(a), handle)) {
				out.push({text: `${a.name}'s profile or your note names ${handle}`, weight: 3});
				break;
			}
		}
	}
	// The same employer, or one's employer named in the other's headline or notes.
	const aCompany = companyWords(a.company);
	const bCompany = companyWords(b.company);
	if (aCompany.length > 0 && aCompany.join(' ') === bCompany.join(' ')) out.push({text: `same company (${a.company})`, weight: 2});
	else if (aCompany.length > 0 && aCompany.every(word => bAbout.has(word))) out.push({text: `${b.name}'s profile names ${a.company}`, weight: 2});
	else if (bCompany.length > 0 && bCompany.every(word => aAbout.has(word))) out.push({text: `${a.name}'s profile names ${b.company}`, weight: 2});
	// The same place, or one's place in the other's profile.
	const aPlace = looseWords(a.location ?? '').filter(word => word.length >= 4);
	const bPlace = looseWords(b.location ?? '').filter(word => word.length >= 4);
	const place = aPlace.find(word => bPlace.includes(word)) ?? aPlace.find(word => bAbout.has(word)) ?? bPlace.find(word => aAbout.has(word));
	if (place) out.push({text: `same place (${a.location && aPlace.includes(place) ? a.location : b.location})`, weight: 1});
	// Words of a headline or note that few people in the records share.
	const counted = new Set([...aCompany, ...bCompany, ...aPlace, ...bPlace, ...nameParts(a.name), ...nameParts(b.name)]);
	const shared = [...aAbout].filter(word => word.length >= 5 && bAbout.has(word) && !counted.has(word) && rare(word));
	if (shared.length > 0) out.push({text: `rare words in common (${shared.slice(0, 3).join(', ')})`, weight: Math.min(2, shared.length)});
	return out;
}

/**
 * Both have an account on one network under different handles, or one is a
 * contact there and the other has an account there too: a second account on
 * the same network is how clones look.
 */
export function twoAccountsOnOneNetwork(a: Person, b: Person): boolean {
	const onNetwork = (person: Person, network: string) => !!person.handles[network] || network in person.connectedOn;
	return [...socialNetworks].some(network => {
		if (!onNetwork(a, network) || !onNetwork(b, network)) return false;
		const [x, y] = [a.handles[network], b.handles[network]];
		return !x || !y || foldLoose(handleKey(x)) !== foldLoose(handleKey(y));
	});
}

/** The same name over the same headline and employer, word for word: a copy of a profile, not a second account of its owner. */
export function copiesProfile(a: Person, b: Person): boolean {
	const same = (x?: string, y?: string) => foldLoose(x ?? '') === foldLoose(y ?? '');
	return !!a.headline && same(a.headline, b.headline) && same(a.company, b.company) && same(a.name, b.name);
}
