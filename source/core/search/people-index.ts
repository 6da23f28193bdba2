// The people search index: every person folded once into loose words, each
// word pointing at the people (and the field) it came from, and a trigram index
// over the words so a misspelt word finds its candidates without a scan of
// everyone. search.ts scores the few candidates; this file only lays them out.
import {evidenceOf, recordsByPerson, strengthOf, verdictOf, type Verdict} from '../people/evidence.js';
import {exactForms, looseWords, spoofSigns, words} from '../people/names.js';
import type {ContactRequest, Database, Interaction, Person} from '../model.js';
import {fieldSlots, shortWordFields, trigramsOf, valuesOf} from './fields.js';

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
	/** Each person's interactions and requests, by person id: a card is built from them without a pass over everything. */
	records: {history: Map<string, Interaction[]>; requests: Map<string, ContactRequest[]>};
	/** What the records say of meeting each person (the text of their meetings), for those who have any. */
	meetings: Map<number, string[]>;
};

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
	const steps = searchIndexSteps(db);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same build in steps of `every` people: a caller that runs one step per
 * turn of the event loop builds the index while keys are still answered.
 */
export function* searchIndexSteps(db: Database, every = 500): Generator<void, SearchIndex> {
	const {history, requests} = recordsByPerson(db);
	yield;
	const n = db.people.length;
	const strength = new Uint8Array(n);
	const mixed = new Uint8Array(n);
	const verdicts: Verdict[] = [];
	const names: string[][] = [];
	const position = new Map<string, number>();
	const byName = new Map<string, number[]>();
	const postingLists = new Lists();
	const exact = new Lists();
	const meetings = new Map<number, string[]>();

	for (let p = 0; p < db.people.length; p++) {
		if (p > 0 && p % every === 0) yield;
		const person = db.people[p]!;
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

		const met = meetingTexts(history.get(person.id));
		if (met.length > 0) meetings.set(p, met);
		for (const [field, list] of valuesOf(person, met)) {
			for (const word of list) {
				// Query words of one or two letters look only at the first fields: elsewhere such words need no postings.
				if (field >= shortWordFields && word.length <= 2) continue;
				postingLists.addOnce(word, p * fieldSlots + field, p * fieldSlots);
			}
		}
		const spelled = [person.name, ...person.aliases, person.company ?? '', ...Object.values(person.handles).map(h => h ?? '')];
		for (const text of spelled) for (const word of words(text)) for (const form of exactForms(word)) exact.addOnce(form, p, p);
	}
	yield;

	const vocab = [...postingLists.map.keys()].sort();
	const primaryCount = new Uint32Array(vocab.length);
	const postings = vocab.map((word, id) => {
		const list = postingLists.map.get(word)!;
		const primary = list.filter(posting => posting % fieldSlots < shortWordFields);
		primaryCount[id] = primary.length;
		return Int32Array.from(primary.length === list.length ? list : [...primary, ...list.filter(posting => posting % fieldSlots >= shortWordFields)]);
	});
	yield;
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
		exact: exact.packed(), trigrams: grams.packed(), position, byName, meetings, records: {history, requests},
	};
}

/** The texts of meetings (`Design Week Milano 2025`), each once. */
function meetingTexts(history: Interaction[] | undefined): string[] {
	if (!history) return [];
	const out = new Set<string>();
	for (const interaction of history) if (interaction.kind === 'meeting' && interaction.text) out.add(interaction.text);
	return [...out];
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
