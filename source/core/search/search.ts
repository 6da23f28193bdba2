// Finds people the way they are remembered: half a name, a misspelling, a
// first name and an employer, a handle. The only module that uses Fuse.js: its
// Bitap matcher scores the few words the index offers for a misspelt query
// word; running Fuse over every person and field is 10–20× too slow to search
// as you type (see STACK.md).
import Fuse from 'fuse.js';
import type {Verdict} from '../people/evidence.js';
import {fieldSlots, fieldWeights, handleFields, trigramsOf} from './fields.js';
import type {SearchIndex} from './people-index.js';
import {allowedEdits, lowerBound, parseQuery, transpositions} from './query.js';
import {bonus, insertTop, nameBonus, type Ranked} from './rank.js';
import {otherFormsOf} from '../people/nicknames.js';

export {buildSearchIndex, namesakes, searchIndexSteps, type SearchIndex} from './people-index.js';

export type SearchHit = {personId: string; name: string; score: number; verdict: Verdict};
export type SearchOptions = {limit?: number; minScore?: number};

/** A query word starting with `@` is after a handle: other fields count less. */
const handleWeights = fieldWeights.map((weight, field) => (handleFields.has(field) ? weight : weight * 0.85));
const maxFuzzyCandidates = 300;
/** Two letters swapped (`brnadt`): one slip of the fingers, though Bitap counts it as two errors. */
const transposedSimilarity = 0.8;

/** Arrays reused between keystrokes, sized to the index: a keystroke allocates almost nothing. */
class Scratch {
	readonly best: Float32Array;
	readonly sum: Float32Array;
	readonly hits: Uint8Array;
	readonly bonus: Float32Array;
	/** Similarity per vocab word for the query word at hand; 0 = not matching. */
	readonly similarity: Float32Array;
	readonly grams: Uint16Array;
	constructor(people: number, vocab: number) {
		this.best = new Float32Array(people);
		this.sum = new Float32Array(people);
		this.hits = new Uint8Array(people);
		this.bonus = new Float32Array(people);
		this.similarity = new Float32Array(vocab);
		this.grams = new Uint16Array(vocab);
	}
}
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
	let scratch = scratches.get(index);
	if (!scratch) scratches.set(index, (scratch = new Scratch(index.people.length, index.vocab.length)));
	return scratch;
}

/** Vocab ids a query word may mean; their similarities (0, 1] are left in scratch.similarity. */
function matchingWords(index: SearchIndex, word: string, {similarity, grams: counts}: Scratch): number[] {
	const {vocab} = index;
	const found: number[] = [];
	const note = (id: number, value: number) => {
		if (similarity[id] === 0) found.push(id);
		if (value > similarity[id]!) similarity[id] = value;
	};
	for (let id = lowerBound(vocab, word); id < vocab.length && vocab[id]!.startsWith(word); id++) {
		note(id, vocab[id] === word ? 1 : 0.7 + (0.25 * word.length) / vocab[id]!.length);
	}
	for (const swapped of transpositions(word)) {
		const id = lowerBound(vocab, swapped);
		if (vocab[id] === swapped) note(id, transposedSimilarity);
	}
	const edits = allowedEdits(word.length);
	if (edits === 0) return found;
	const grams = trigramsOf(word);
	const touched: number[] = [];
	for (const gram of grams) {
		for (const id of index.trigrams.get(gram) ?? []) if (counts[id]!++ === 0) touched.push(id);
	}
	// Each edit spoils at most three trigrams; closest first: most shared trigrams, then nearest length.
	const needed = Math.max(1, grams.length - 3 * edits);
	const closeness = (id: number) => counts[id]! * 100 - Math.abs(vocab[id]!.length - word.length);
	// A short word misspelt is matched against whole words only: as the start of a longer one it would match too much (anna ~ analyst).
	const longest = edits === 1 ? word.length + 1 : Infinity;
	const candidates = touched.filter(id => {
		const length = vocab[id]!.length;
		return counts[id]! >= needed && length >= word.length - edits && length <= longest && similarity[id]! < 1;
	});
	candidates.sort((a, b) => closeness(b) - closeness(a));
	for (const id of touched) counts[id] = 0;
	const options = {ignoreLocation: true, includeMatches: true, isCaseSensitive: true, threshold: edits / word.length + 0.01};
	for (const id of candidates.slice(0, maxFuzzyCandidates)) {
		const target = vocab[id]!;
		const result = Fuse.match(word, target, options);
		if (!result.isMatch) continue;
		const start = result.indices?.[0]?.[0] ?? 0;
		const coverage = 0.75 + 0.25 * Math.min(1, word.length / target.length);
		note(id, 0.9 * (1 - 1.5 * result.score) * coverage * (start > 1 ? 0.7 : 1));
	}
	return found;
}

/**
 * Calls `visit(person, score)` for every posting of the words matching `word`;
 * a word of one or two letters only looks at names, aliases, handles and employers.
 */
function eachPosting(index: SearchIndex, word: string, scratch: Scratch, weights: number[], visit: (person: number, score: number) => void): void {
	const short = word.length <= 2;
	const ids = matchingWords(index, word, scratch);
	for (const id of ids) {
		const similarity = scratch.similarity[id]!;
		const postings = index.postings[id]!;
		const end = short ? index.primaryCount[id]! : postings.length;
		for (let at = 0; at < end; at++) {
			const field = postings[at]! % fieldSlots;
			visit((postings[at]! - field) / fieldSlots, similarity * weights[field]!);
		}
	}
	for (const id of ids) scratch.similarity[id] = 0;
}

/** A first name that stands for the query word (Hans for Johannes, Beppe for Giuseppe) counts a little less than the word itself. */
const nicknameSimilarity = 0.85;

/** Calls `visit` for the people whose name or alias has a first name the word can stand for, by the nickname table. */
function eachNicknamePosting(index: SearchIndex, word: string, weights: number[], visit: (person: number, score: number) => void): void {
	for (const other of otherFormsOf(word)) {
		const id = lowerBound(index.vocab, other);
		if (index.vocab[id] !== other) continue;
		const postings = index.postings[id]!;
		for (let at = 0, end = index.primaryCount[id]!; at < end; at++) {
			const field = postings[at]! % fieldSlots;
			if (field <= 1) visit((postings[at]! - field) / fieldSlots, nicknameSimilarity * weights[field]!);
		}
	}
}

/**
 * The people best matching `query`, best first. Every query word has to match
 * somewhere (as a prefix, exactly, or misspelt), but one of three or more may
 * miss; when no one matches all, those matching the most are returned. Equal
 * matches are ordered by how well the user knows the person.
 */
export function searchPeople(index: SearchIndex, query: string, {limit = 20, minScore = 0.3}: SearchOptions = {}): SearchHit[] {
	const parsed = parseQuery(query);
	const terms = parsed.words;
	if (terms.length === 0 || index.people.length === 0) return [];
	const scratch = scratchFor(index);
	const {best, sum, hits, bonus: extra} = scratch;
	const weights = parsed.handleIntent ? handleWeights : fieldWeights;
	const touched: number[] = [];
	const marked: number[] = [];
	const mark = (person: number, value: number) => {
		if (extra[person] === 0) marked.push(person);
		extra[person]! += value;
	};
	for (const term of terms) {
		const seen: number[] = [];
		const note = (person: number, score: number) => {
			if (best[person] === 0) seen.push(person);
			if (score > best[person]!) best[person] = score;
		};
		eachPosting(index, term.loose, scratch, weights, note);
		eachNicknamePosting(index, term.loose, weights, note);
		for (const person of seen) {
			if (hits[person] === 0) touched.push(person);
			sum[person]! += best[person]!;
			hits[person]!++;
			best[person] = 0;
		}
		const spelled = new Set(term.exact.flatMap(form => [...(index.exact.get(form) ?? [])]));
		for (const person of spelled) mark(person, bonus.exactSpelling / terms.length);
	}
	for (const word of parsed.joined) {
		const seen = new Set<number>();
		eachPosting(index, word, scratch, weights, person => seen.add(person));
		for (const person of seen) mark(person, bonus.wholeHandle);
	}
	let most = 0;
	for (const person of touched) most = Math.max(most, hits[person]!);
	// In a longer query one word may be noise ("Brenneisen from Freiburg"): missing it costs its share of the score, not the place.
	const required = terms.length >= 3 ? Math.max(1, most - 1) : most;
	const ranked: Ranked[] = [];
	const phrase = terms.map(term => term.loose).join(' ');
	const sortedPhrase = terms.map(term => term.loose).sort().join(' ');
	for (const person of touched) {
		const strength = index.strength[person]!;
		const words = sum[person]! / terms.length + extra[person]!;
		const known = bonus.perStrength * strength + (index.mixed[person] ? bonus.spoofed : 0);
		const last = ranked.length >= limit ? ranked[ranked.length - 1]!.score : -Infinity;
		// Comparing names is the dearest step: skip it for those who could not make the list even with the best name bonus.
		if (hits[person]! >= required && words + known + bonus.wholeName >= last) {
			const text = words + nameBonus(index, person, phrase, sortedPhrase);
			if (text >= minScore) insertTop(ranked, {person, score: text + known, strength, name: index.people[person]!.name}, limit);
		}
		sum[person] = 0;
		hits[person] = 0;
	}
	for (const person of marked) extra[person] = 0;
	return ranked.map(({person, score}) => ({
		personId: index.people[person]!.id,
		name: index.people[person]!.name,
		score: Math.round(score * 1000) / 1000,
		verdict: index.verdicts[person]!,
	}));
}
