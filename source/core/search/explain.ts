// How one person matched a query, word by word: the honest half of "do I know
// X?". The search ranks generously (prefixes, misspellings, one word of three may
// miss) so that a half-remembered name is found as it is typed; this file says
// what the match rests on, so that a first name alone is never passed off as
// the person asked for.
import {looseWords} from '../people/names.js';
import {notedNames, otherFormsOf} from '../people/nicknames.js';
import {fields, rawValuesOf, valuesOf, type Field} from './fields.js';
import type {SearchIndex} from './people-index.js';
import type {Query} from './query.js';

/**
 * exact: every word found as written (accents, umlaut spellings and case aside);
 * alias: a word matched another name they go by (an alias, a short form, a note's "goes by");
 * fuzzy: a word matched only misspelt, as the start of a longer word, or as an initial;
 * partial: some word of the query matched nothing of theirs (a first name only, a surname only).
 */
export const matchKinds = ['exact', 'alias', 'fuzzy', 'partial'] as const;
export type MatchKind = (typeof matchKinds)[number];

export type MatchedField = {field: Field; words: string[]; value: string};
export type Explained = {match: MatchKind; matched: MatchedField[]; missing: string[]};

type WordMatch = {kind: 'exact' | 'alias' | 'fuzzy'; field: number; value: string};

// Name particles may be left out or run together ("Vandenbroeck"): unmatched, they do not make a query partial.
const particles = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'des', 'la', 'le', 'lo', 'el', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'do', 'dos', 'das', 'y', 'e']);

const rank = {exact: 3, alias: 2, fuzzy: 1} as const;
/** Company, headline, place, tags, notes, meetings: what is said of a person, not what they are called. */
const contextFields: ReadonlySet<number> = new Set([3, 5, 6, 7, 8, 9]);

/** Damerau (optimal string alignment) distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({length: b.length + 1}, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** Misspellings a query word may carry and still be the word: stricter than the search's, which only has to find candidates. */
function tolerated(length: number): number {
	return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/** The same word with one letter doubled or undoubled (`Mer` for Meer). */
function doubled(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (long.length !== short.length + 1) return false;
	for (let i = 0; i < long.length; i++) {
		if (long[i] !== short[i]) return i > 0 && long[i] === long[i - 1] && long.slice(i + 1) === short.slice(i);
	}
	return false;
}

/** Two neighbouring letters swapped, nothing else (`Jnoas` for Jonas). */
function swapped(a: string, b: string): boolean {
	const at = [...a].findIndex((char, i) => char !== b[i]);
	return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

// Endings that make another form of the same word in notes and headlines: translating, translation, translated.
const ending = /(?:ations?|ating|ated|ator|ings?|ions?|ed|es|s|er|en|ung|ungen|eur|euse)$/;
const stem = (word: string) => (word.length > 5 ? word.replace(ending, '') : word);

/** How a query word matches one word of a field, if at all; `slack`: misspellings allowed beyond the usual. */
function wordKind(term: string, word: string, field: number, slack = 0): WordMatch['kind'] | undefined {
	if (term === word) return field === 1 ? 'alias' : 'exact';
	// A short form from the nickname table stands for the name only in the name itself.
	if (field <= 1 && otherFormsOf(term).has(word)) return 'alias';
	// The start of a longer word, if it is most of it: `brenne` for brenneisen, not `jan` for janine.
	if (term.length >= 4 && word.startsWith(term) && term.length * 2 >= word.length) return 'fuzzy';
	// An initial (`J. Weber`) stands for a first name.
	if (term.length === 1 && field === 0 && word.startsWith(term)) return 'fuzzy';
	if (term.length >= 3 && (doubled(term, word) || (term.length === word.length && editDistance(term, word, 1) === 1 && swapped(term, word)))) return 'fuzzy';
	const edits = tolerated(term.length) + slack;
	if (edits > 0 && word.length >= 4 && editDistance(term, word, edits) <= edits) return 'fuzzy';
	// Beyond names and handles, another form of the same word counts (translation for translating).
	if (field >= 5 && term.length >= 5 && stem(term).length >= 4 && stem(term) === stem(word)) return 'fuzzy';
	return undefined;
}

/** A name or alias beats the same word elsewhere (a handle's piece), and an alias spelled out beats a short form from the table. */
const weigh = (match: WordMatch) => rank[match.kind] + (match.field <= 1 ? 0.75 : 0) + (match.kind === 'alias' && match.field === 1 ? 0.5 : 0);

function better(a: WordMatch | undefined, b: WordMatch): boolean {
	return !a || weigh(b) > weigh(a);
}

/** How the person at `person` in the index matches the parsed query. */
export function explainMatch(index: SearchIndex, person: number, query: Query): Explained {
	const record = index.people[person]!;
	const meetings = index.meetings.get(person) ?? [];
	const values = valuesOf(record, meetings).map(([field, words]): [number, string[]] =>
		(field <= 1 ? [field, [...words, ...runTogether(field === 0 ? [record.name] : record.aliases)]] : [field, words]));
	const raw = new Map(rawValuesOf(record, meetings));
	const goesBy = new Set(notedNames(record.notes).flatMap(looseWords));
	const found = new Map<number, MatchedField>();
	const missing: string[] = [];
	let kind: MatchKind = 'exact';
	const joined = new Set(query.joined);
	for (const term of query.words) {
		let best: WordMatch | undefined;
		for (const [field, words] of values) {
			for (const word of words) {
				const match = wordKind(term.loose, word, field);
				if (match && better(best, {kind: match, field, value: word})) best = {kind: match, field, value: word};
			}
			if (best?.kind === 'exact') break;
		}
		// A note's "goes by Sepp" is another name of theirs, not a word of the note.
		if (goesBy.has(term.loose) && (!best || best.kind === 'fuzzy' || best.field >= 5)) best = {kind: 'alias', field: 8, value: term.loose};
		// A handle typed whole (`anna-mueller-12ab`) matches as one word.
		if (!best && [...joined].some(word => values[2]![1].includes(word))) best = {kind: 'exact', field: 2, value: term.loose};
		if (!best) {
			if (!particles.has(term.loose)) missing.push(term.loose);
			continue;
		}
		if (best.kind === 'fuzzy') kind = 'fuzzy';
		else if (best.kind === 'alias' && kind === 'exact') kind = 'alias';
		const shown = found.get(best.field) ?? {field: fields[best.field]![0], words: [], value: valueOf(raw.get(best.field) ?? [], best.value)};
		shown.words.push(term.loose);
		found.set(best.field, shown);
	}
	// The rest of a name matched word for word: one word of it may be misspelt a little more (Pemberton Smith, Pemberton-Smythe).
	const nameWords = found.get(0)?.words.length ?? 0;
	if (missing.length === 1 && nameWords >= 2) {
		const [word] = missing;
		const name = values[0]![1];
		if (name.some(other => wordKind(word!, other, 0, 1))) {
			missing.length = 0;
			found.get(0)!.words.push(word!);
			kind = 'fuzzy';
		}
	}
	// A remembered context is vague ("Polish translation of my book"): with two of its words or more found in what
	// the records say of them (employer, headline, place, notes, meetings), one more may be missing.
	const context = [...found.entries()].filter(([field]) => contextFields.has(field)).reduce((sum, [, shown]) => sum + shown.words.length, 0);
	const onlyContext = found.size > 0 && [...found.keys()].every(field => contextFields.has(field));
	if (missing.length === 1 && onlyContext && context >= 2) return {match: 'fuzzy', matched: sorted(found), missing};
	if (missing.length > 0 || found.size === 0) kind = 'partial';
	return {match: kind, matched: sorted(found), missing};
}

const sorted = (found: Map<number, MatchedField>) => [...found.entries()].sort(([a], [b]) => a - b).map(([, shown]) => shown);

/** Neighbouring words of a name run together, as names with particles are typed: `Van den Broeck` → vandenbroeck, denbroeck. */
function runTogether(names: string[]): string[] {
	const out: string[] = [];
	for (const name of names) {
		const parts = looseWords(name);
		for (let i = 0; i + 1 < parts.length; i++) {
			for (let j = i + 2; j <= Math.min(parts.length, i + 3); j++) out.push(parts.slice(i, j).join(''));
		}
	}
	return out;
}

/** The value a word was found in; of a long note, the sentence holding it. */
function valueOf(values: string[], word: string): string {
	const holding = values.find(value => looseWords(value).includes(word)) ?? values[0] ?? '';
	if (holding.length <= 80) return holding;
	const sentence = holding.split(/(?<=[.;!?])\s+|\n+/).find(part => looseWords(part).includes(word)) ?? holding;
	return sentence.length <= 80 ? sentence : `${sentence.slice(0, 79)}…`;
}
