// Probably the same person: two records that share a surname (or a name one of
// them goes by), whose first names can stand for each other, and that share
// something independent of the name — a handle, an employer, a place, rare
// words of a headline. Proposed with the reasons, never merged silently. A name
// dressed up to look like another (look-alike letters, a dot, a capital I for
// an l) is never proposed: that is how impostors look.
import type {Database, Person} from '../model.js';
import {otherFormsOf} from './nicknames.js';
import {aboutWords, copiesProfile, dressedUp, firstNames, nameParts, perRecord, sharedContext, statedFirstNames, twoAccountsOnOneNetwork, type Signal} from './same-signals.js';

export type ProbableMatch = {person: Person; reasons: string[]; weight: number};
export type Proposal = {a: Person; b: Person; reasons: string[]; weight: number};

/** Something besides the name must be shared, and name and context together must weigh this much. */
const enough = 2;
/** A word shared by at most this share of the people (and at least by a few) is rare enough to link two of them. */
const rareShare = 0.002;

export type SameIndex = {
	people: Person[];
	/** People by each part of their surname and the first letter of their first name (`huber j`). */
	bySurname: Map<string, Person[]>;
	/** People by a first name they are stated to go by (alias, note): finds `Matze` for Matthias. */
	byStatedName: Map<string, Person[]>;
	/** People by their one-word name (`Matze`), for the reverse lookup. */
	bySingleName: Map<string, Person[]>;
	/** People by their handles (user part, letters and digits only). */
	byHandle: Map<string, Person[]>;
	/** People whose note names a handle (`her Mastodon is @lena@chaos.social`), by that handle. */
	notedHandle: Map<string, Person[]>;
	/** People by the first word of a name of two words or more: a user name (`hamish_smokehouse`) begins with it. */
	byFirstName: Map<string, Person[]>;
	wordCounts: Map<string, number>;
	rareLimit: number;
	/** Pairs the user said are not the same person, `a b` with ids sorted. */
	rejected: Set<string>;
};

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function buildSameIndex(db: Pick<Database, 'people' | 'identity'>): SameIndex {
	const bySurname = new Map<string, Person[]>();
	const byStatedName = new Map<string, Person[]>();
	const bySingleName = new Map<string, Person[]>();
	const byFirstName = new Map<string, Person[]>();
	const byHandle = new Map<string, Person[]>();
	const notedHandle = new Map<string, Person[]>();
	const wordCounts = new Map<string, number>();
	for (const person of db.people) {
		if (person.placeholderName) continue;
		const {given, surname} = personalName(person);
		const first = given[0];
		if (first && surname.length > 0) {
			// By surname and the first letter of the first name: a short form, an initial or a spelling keeps the letter;
			// the nickname table and stated names, which may not, are looked up by their own letters.
			for (const part of new Set(surname)) push(bySurname, `${part} ${first[0]}`, person);
			push(byFirstName, first, person);
		} else if (first) push(bySingleName, first, person);
		for (const name of statedFirstNames(person)) push(byStatedName, name, person);
		for (const key of handleKeys(person)) push(byHandle, key, person);
		for (const key of mentionedHandles(person.notes)) push(notedHandle, key, person);
		for (const word of aboutWords(person)) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
	}
	const rejected = new Set((db.identity?.notSame ?? []).map(pair => pairKey(pair.a, pair.b)));
	return {people: db.people, bySurname, byStatedName, bySingleName, byFirstName, byHandle, notedHandle, wordCounts, rareLimit: Math.max(3, Math.floor(db.people.length * rareShare)), rejected};
}

const built = new WeakMap<Person[], {identity: Database['identity']; index: SameIndex}>();

/** The same-person index of a database, built once for its people and its decisions: the inbox asks for it on every card. */
export function sameIndexOf(db: Pick<Database, 'people' | 'identity'>): SameIndex {
	const cached = built.get(db.people);
	if (cached && cached.identity === db.identity) return cached.index;
	const index = buildSameIndex(db);
	built.set(db.people, {identity: db.identity, index});
	return index;
}

/** Why `a` and `b` are probably one person, or undefined. */
export function compare(index: SameIndex, a: Person, b: Person): {reasons: string[]; weight: number} | undefined {
	if (a.id === b.id || a.placeholderName || b.placeholderName) return undefined;
	if (index.rejected.has(pairKey(a.id, b.id))) return undefined;
	// The names first: most people who share a surname have first names that rule them out.
	const noted = notes(a, b) ?? notes(b, a);
	const name = nameSignal(a, b) ?? (noted ? {text: '', weight: 0} : undefined);
	if (!name) return undefined;
	if (dressed(a) || dressed(b) || twoAccountsOnOneNetwork(a, b) || copiesProfile(a, b)) return undefined;
	const rare = (word: string) => (index.wordCounts.get(word) ?? 0) <= index.rareLimit;
	const context = [...(noted ? [noted] : []), ...sharedContext(a, b, rare).filter(signal => !noted || signal.weight < 3)];
	const contextWeight = context.reduce((sum, signal) => sum + signal.weight, 0);
	if (contextWeight < 1 || contextWeight + name.weight < enough) return undefined;
	const named = name.text || (noted ? '' : 'the same name');
	return {reasons: [...(named ? [named] : []), ...context.map(signal => signal.text)], weight: contextWeight + name.weight};
}

const keyOf = (handle: string) => handle.trim().replace(/^@/, '').split('@')[0]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A name dressed up to look like another, unless it is the person's own user name. */
const dressed = perRecord((person: Person) => !isHandleName(person) && dressedUp(person.name) !== undefined);

/** A person's handles and the last part of their profile URL, as keys of four letters or more. */
function handleKeys(person: Person): string[] {
	const url = person.profileUrl?.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1);
	return [...Object.values(person.handles), url].filter((h): h is string => !!h).map(keyOf).filter(key => key.length >= 4);
}

/** Handles and profile URLs a note names: `@lena@chaos.social`, `@lenak`, `https://www.linkedin.com/in/lena-k`. */
function mentionedHandles(note: string | undefined): string[] {
	if (!note) return [];
	const out = [...note.matchAll(/(?<![\p{L}\p{N}])@([\p{L}\p{N}_.-]{3,})/gu)].map(match => keyOf(match[1]!));
	for (const match of note.matchAll(/https?:\/\/\S+/g)) {
		const last = match[0].replace(/[).,;]+$/, '').replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1);
		if (last) out.push(keyOf(last));
	}
	return out.filter(key => key.length >= 4);
}

const mentionedBy = perRecord((person: Person) => new Set(mentionedHandles(person.notes)));

/** The user's own note on `a` names a handle of `b`: the strongest link there is, the user made it. */
function notes(a: Person, b: Person): Signal | undefined {
	if (!a.notes) return undefined;
	const mentioned = mentionedBy(a);
	if (mentioned.size === 0) return undefined;
	const handle = Object.values(b.handles).find(h => h && mentioned.has(keyOf(h)));
	if (handle) return {text: `your note on ${a.name} names ${handle}`, weight: 3};
	if (b.profileUrl && handleKeys({...b, handles: {}}).some(key => mentioned.has(key))) return {text: `your note on ${a.name} names ${b.profileUrl}`, weight: 3};
	return undefined;
}

/** A name that is the person's own handle (`hamish_smokehouse`): a user name, not a name dressed up. */
const isHandleName = perRecord((person: Person): boolean => {
	const name = person.name.trim().replace(/^@/, '').toLowerCase();
	return !/\s/.test(name) && Object.values(person.handles).some(handle => handle?.replace(/^@/, '').split('@')[0]!.toLowerCase() === name);
});

type Name = {given: string[]; surname: string[]};

/**
 * The name a person is called by: the first name's parts (`Kai-Uwe` is one first name)
 * and the surname's. No titles, nothing after a `|` (`Peppe | Frantoio`); `Lenz, Anna`
 * and `LENZ Anna` turned round; a user name (`hamish_smokehouse`) is a first name.
 */
const personalName = perRecord((person: Person): Name => {
	if (isHandleName(person)) return {given: nameParts(person.name).slice(0, 1), surname: []};
	const name = person.name.split(/\s[|·•]\s|\s[-–—]\s/)[0]!.trim();
	const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
	if (comma && !/\b(?:mba|phd|dr|jr|sr)\b/i.test(comma[2]!)) return {given: nameParts(comma[2]!), surname: nameParts(comma[1]!)};
	const words = name.split(/\s+/).filter(word => nameParts(word).length > 0);
	const upper = words.filter(word => /^\p{Lu}{3,}$/u.test(word));
	if (upper.length > 0 && upper[0] === words[0] && words.some(word => /\p{Ll}/u.test(word))) {
		return {given: nameParts(words.filter(word => !upper.includes(word)).join(' ')), surname: nameParts(upper.join(' '))};
	}
	return {given: nameParts(words[0] ?? ''), surname: nameParts(words.slice(1).join(' '))};
});

/** How the names of two records relate: a shared surname and first names that can stand for each other, or a name one is stated to go by. */
function nameSignal(a: Person, b: Person): Signal | undefined {
	const aName = personalName(a);
	const bName = personalName(b);
	if (aName.given.length === 0 || bName.given.length === 0) return undefined;
	if (aName.surname.length > 0 && bName.surname.length > 0) {
		// Surnames may be double (Núñez Peña): one shared part of them is enough.
		if (!aName.surname.some(part => bName.surname.includes(part))) return undefined;
		return firstNames(a, b, aName.given, bName.given);
	}
	if (aName.surname.length === 0 && bName.surname.length === 0) return undefined;
	// A one-word name (a nickname on Mastodon, a user name) links to someone stated to go by it, or, as a user name, to their first name.
	const [single, full] = aName.surname.length === 0 ? [a, b] : [b, a];
	const word = personalName(single).given[0]!;
	if (statedFirstNames(full).has(word)) return {text: `${full.name} goes by ${cap(word)} in your records`, weight: 1};
	if (isHandleName(single) && personalName(full).given[0] === word) return {text: `the user name ${single.name} begins with ${full.name}'s first name`, weight: 0};
	return undefined;
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function candidates(index: SameIndex, person: Person): Person[] {
	const {given, surname} = personalName(person);
	const first = given[0];
	const out = new Set<Person>();
	if (first) for (const other of index.byStatedName.get(first) ?? []) out.add(other);
	if (first && surname.length > 0) {
		const letters = new Set([first[0], ...[...otherFormsOf(first)].map(form => form[0]), ...[...statedFirstNames(person)].map(name => name[0])]);
		for (const part of surname) for (const letter of letters) for (const other of index.bySurname.get(`${part} ${letter}`) ?? []) out.add(other);
	}
	if (first && surname.length === 0 && isHandleName(person)) for (const other of index.byFirstName.get(first) ?? []) out.add(other);
	for (const name of statedFirstNames(person)) for (const other of index.bySingleName.get(name) ?? []) out.add(other);
	for (const key of mentionedHandles(person.notes)) for (const other of index.byHandle.get(key) ?? []) out.add(other);
	for (const key of handleKeys(person)) for (const other of index.notedHandle.get(key) ?? []) out.add(other);
	out.delete(person);
	return [...out];
}

/**
 * The known records that are probably the same person as `person`, strongest
 * first, each with the reasons. Pure: for the screening, the card and `people --same`.
 */
export function probableSame(index: SameIndex, person: Person): ProbableMatch[] {
	const out: ProbableMatch[] = [];
	for (const other of candidates(index, person)) {
		const found = compare(index, person, other);
		if (found) out.push({person: other, ...found});
	}
	return out.sort((x, y) => y.weight - x.weight || x.person.id.localeCompare(y.person.id));
}

/** The card's "probably also": the records that are probably this person, by id and name with the reasons. */
export function probablyAlsoOf(index: SameIndex, person: Person): Array<{id: string; name: string; reasons: string[]}> {
	return probableSame(index, person).map(match => ({id: match.person.id, name: match.person.name, reasons: match.reasons}));
}

/** Every pair of records that is probably one person, each pair once, strongest first. */
export function sameProposals(index: SameIndex): Proposal[] {
	const seen = new Set<string>();
	const out: Proposal[] = [];
	for (const person of index.people) {
		for (const match of probableSame(index, person)) {
			const key = pairKey(person.id, match.person.id);
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({a: person, b: match.person, reasons: match.reasons, weight: match.weight});
		}
	}
	return out.sort((x, y) => y.weight - x.weight || x.a.name.localeCompare(y.a.name));
}
