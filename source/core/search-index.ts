// The people search index: every person folded once into loose words, each
// word pointing at the people (and the field) it came from, and a trigram index
// over the words so a misspelt word finds its candidates without a scan of
// everyone. search.ts scores the few candidates; this file only lays them out.
import {evidenceOf, recordsByPerson, strengthOf, verdictOf, type Verdict} from './evidence.js';
import {exactForms, looseWords, spoofSigns, words} from './fold.js';
import type {Database, Person} from './model.js';

/**
 * The fields searched, and how much a word found in each counts. A handle
 * counts whole (`annam`, `anna-mueller-12ab` as one word); its pieces count
 * less, so `lars-petersen-hafen` does not outrank the people employed at Hafen.
 */
export const fields = [
	['name', 1],
	['alias', 0.95],
	['handle', 0.95],
	['company', 0.85],
	['handle part', 0.8],
	['headline', 0.65],
	['location', 0.7],
	['tags', 0.7],
	['notes', 0.55],
] as const;
export type Field = (typeof fields)[number][0];
export const fieldWeights: number[] = fields.map(([, weight]) => weight);
/** Fields before this one are where a word of one or two letters may match: anywhere else would be noise. */
export const shortWordFields = 4;
export const handleFields: ReadonlySet<number> = new Set([2, 4]);
/** A posting packs person number and field into one integer: person * fieldSlots + field. */
export const fieldSlots = 16;

export type SearchIndex = {
	people: Person[];
	verdicts: Verdict[];
	/** 0 (unknown) … 5 (vouched for), see strengthOf. */
	strength: Uint8Array;
	/** 1 when the name looks dressed up: mixed scripts (a look-alike letter) or invisible characters. */
	mixed: Uint8Array;
	/** Loose name and aliases of each person, words joined by one space. */
	names: string[][];
	/** The same with the words of each name sorted: `muller anna` finds `anna muller`. */
	sortedNames: string[][];
	/** Length and first letter of each loose name (0 when there are aliases): lets ranking skip most name comparisons. */
	nameShape: {length: Uint16Array; first: Uint16Array};
	/** Distinct loose words, sorted (prefix search is a binary search). */
	vocab: string[];
	/** Per word of vocab: postings, those in the fields a short word may match first. */
	postings: Int32Array[];
	/** Per word of vocab: how many of its postings are in those fields. */
	primaryCount: Uint32Array;
	/** Exact spellings (stripped and transliterated) of name, alias, handle and company words → person numbers. */
	exact: Map<string, Int32Array>;
	/** Trigram of `^word` → vocab ids. */
	trigrams: Map<string, Int32Array>;
	/** Person number by id. */
	position: Map<string, number>;
	/** Person numbers by loose full name: namesakes. */
	byName: Map<string, number[]>;
};

const joined = /[\p{L}\p{N}][^\s\p{L}\p{N}\p{M}]+[\p{L}\p{N}]/u;

/** Words of one field value: each loose word, plus words joined where only punctuation separated them. */
function fieldWords(value: string, joinAll = false): string[] {
	const out = looseWords(value);
	if (joined.test(value)) {
		for (const chunk of value.split(/\s+/)) {
			const parts = looseWords(chunk);
			if (parts.length > 1) out.push(parts.join(''));
		}
	}
	if (joinAll && out.length > 1) out.push(looseWords(value).join(''));
	return out;
}

/** A handle as one word (`anna-mueller-12ab` → `annamuller12ab`; a fediverse handle by its user name) and its pieces. */
function handleWords(handles: string[]): {whole: string[]; parts: string[]} {
	const whole: string[] = [];
	const parts: string[] = [];
	for (const handle of handles) {
		const [user = '', ...host] = handle.replace(/^@/, '').split('@');
		const pieces = looseWords(user);
		if (pieces.length > 0) whole.push(pieces.join(''));
		if (pieces.length > 1) parts.push(...pieces);
		parts.push(...host.flatMap(looseWords));
	}
	return {whole, parts};
}

/** The last path segment of a profile URL is a handle too (`xing.com/profile/Anna_Mueller`). */
function urlHandle(url: string | undefined): string[] {
	const segment = url?.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1);
	return segment && !/^(www\.)?[a-z]+\.[a-z]+$/i.test(segment) ? [segment] : [];
}

function valuesOf(person: Person): Array<[number, string[]]> {
	const handles = handleWords([...Object.values(person.handles).filter((h): h is string => Boolean(h)), ...urlHandle(person.profileUrl)]);
	return [
		[0, fieldWords(person.name, true)],
		[1, person.aliases.flatMap(alias => fieldWords(alias, true))],
		[2, handles.whole],
		[3, person.company ? fieldWords(person.company) : []],
		[4, handles.parts],
		[5, person.headline ? fieldWords(person.headline) : []],
		[6, person.location ? fieldWords(person.location) : []],
		[7, person.tags.flatMap(tag => fieldWords(tag))],
		[8, person.notes ? looseWords(person.notes) : []],
	];
}

export function trigramsOf(word: string): string[] {
	const padded = `^${word}`;
	const out = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
	return [...out];
}

/** Lists of numbers by key, built by appending in order. */
class Lists {
	readonly map = new Map<string, number[]>();

	add(key: string, value: number): void {
		const list = this.map.get(key);
		if (list) list.push(value);
		else this.map.set(key, [value]);
	}

	/** Appends unless the list already ends with values of this person that include it. */
	addOnce(key: string, value: number, from: number): void {
		const list = this.map.get(key);
		if (!list) return void this.map.set(key, [value]);
		for (let i = list.length - 1; i >= 0 && list[i]! >= from; i--) if (list[i] === value) return;
		list.push(value);
	}

	packed(): Map<string, Int32Array> {
		const out = new Map<string, Int32Array>();
		for (const [key, list] of this.map) out.set(key, Int32Array.from(list));
		return out;
	}
}

export function buildSearchIndex(db: Database): SearchIndex {
	const {history, requests} = recordsByPerson(db);
	const n = db.people.length;
	const strength = new Uint8Array(n);
	const mixed = new Uint8Array(n);
	const verdicts: Verdict[] = [];
	const names: string[][] = [];
	const position = new Map<string, number>();
	const byName = new Map<string, number[]>();
	const postingLists = new Lists();
	const exact = new Lists();

	db.people.forEach((person, p) => {
		position.set(person.id, p);
		const verdict = verdictOf(evidenceOf(person, history.get(person.id) ?? [], requests.get(person.id) ?? []), person);
		verdicts.push(verdict);
		strength[p] = strengthOf(verdict, person.vouched !== undefined);
		mixed[p] = spoofSigns(person.name).length > 0 ? 1 : 0;
		const name = looseName(person.name);
		names.push([name, ...person.aliases.map(looseName)]);
		const namesakes = byName.get(name);
		if (namesakes) namesakes.push(p);
		else byName.set(name, [p]);

		for (const [field, list] of valuesOf(person)) {
			for (const word of list) {
				// Query words of one or two letters look only at the first fields: elsewhere such words need no postings.
				if (field >= shortWordFields && word.length <= 2) continue;
				postingLists.addOnce(word, p * fieldSlots + field, p * fieldSlots);
			}
		}
		const spelled = [person.name, ...person.aliases, person.company ?? '', ...Object.values(person.handles).map(h => h ?? '')];
		for (const text of spelled) for (const word of words(text)) for (const form of exactForms(word)) exact.addOnce(form, p, p);
	});

	const vocab = [...postingLists.map.keys()].sort();
	const primaryCount = new Uint32Array(vocab.length);
	const postings = vocab.map((word, id) => {
		const list = postingLists.map.get(word)!;
		const primary = list.filter(posting => posting % fieldSlots < shortWordFields);
		primaryCount[id] = primary.length;
		return Int32Array.from(primary.length === list.length ? list : [...primary, ...list.filter(posting => posting % fieldSlots >= shortWordFields)]);
	});
	const grams = new Lists();
	vocab.forEach((word, id) => {
		if (word.length >= 3) for (const gram of trigramsOf(word)) grams.add(gram, id);
	});
	return {
		people: db.people, verdicts, strength, mixed, names, vocab, postings, primaryCount,
		sortedNames: names.map(list => list.map(name => name.split(' ').sort().join(' '))),
		nameShape: {
			length: Uint16Array.from(names, list => (list.length === 1 ? list[0]!.length : 0)),
			first: Uint16Array.from(names, list => (list.length === 1 ? list[0]!.charCodeAt(0) || 0 : 0)),
		},
		exact: exact.packed(), trigrams: grams.packed(), position, byName,
	};
}

/** Loose full name of a text, as the index keys namesakes. */
export function looseName(text: string): string {
	return looseWords(text).join(' ');
}

/** Other people with the same name (folded), e.g. a look-alike copy of a contact. */
export function namesakes(index: SearchIndex, personId: string): Array<{id: string; name: string; verdict: Verdict}> {
	const person = index.position.get(personId);
	if (person === undefined) return [];
	return (index.byName.get(index.names[person]![0]!) ?? [])
		.filter(other => other !== person)
		.map(other => ({id: index.people[other]!.id, name: index.people[other]!.name, verdict: index.verdicts[other]!}));
}
