// A query as the search reads it, and the small word helpers it needs.
import {exactForms, looseWords, words} from '../people/names.js';

// Forms of address that are no part of a name (`Mr. Brenneisen`, `Frau Dr. Kühn`).
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'mx', 'dr', 'prof', 'herr', 'herrn', 'frau', 'hr', 'fr', 'pan', 'pani', 'sir', 'madam', 'dipl', 'ing']);
const maxWords = 12;
// Words that join a remembered context without naming anything: "met at Sirha", "the one from Lyon".
// Name particles (de, van, von) are not among them: they are part of names.
export const fillers: ReadonlySet<string> = new Set([
	'a', 'an', 'the', 'at', 'from', 'in', 'of', 'on', 'and', 'with', 'by', 'for', 'to', 'who', 'works', 'worked', 'met', 'my', 'our', 's',
	'bei', 'aus', 'im', 'am', 'vom', 'und', 'mit', 'zum', 'zur', 'getroffen', 'chez', 'avec', 'rencontre', 'et',
]);

export type Query = {words: Array<{loose: string; exact: string[]}>; handleIntent: boolean; joined: string[]};

/** Query words, loose and as typed; handles typed whole, punctuation and all. */
export function parseQuery(query: string): Query {
	const all: Query['words'] = [];
	const joined: string[] = [];
	// A name typed with combining accents (u + ¨) is the same name as with ü.
	for (const chunk of query.normalize('NFC').split(/\s+/)) {
		const parts = looseWords(chunk);
		if (parts.length > 1) joined.push(parts.join(''));
		for (const word of words(chunk)) {
			const exact = exactForms(word);
			for (const loose of looseWords(word)) if (!all.some(term => term.loose === loose)) all.push({loose, exact});
		}
	}
	const named = all.filter(term => !honorifics.has(term.loose) && !fillers.has(term.loose));
	// Nobody remembers a person in more words than this; a pasted paragraph is cut short.
	return {words: (named.length > 0 ? named : all).slice(0, maxWords), handleIntent: /(^|\s)@/.test(query), joined: joined.slice(0, maxWords)};
}

/** First position in a sorted list not below `word`. */
export function lowerBound(vocab: string[], word: string): number {
	let low = 0;
	let high = vocab.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (vocab[middle]! < word) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Misspellings allowed in a word of this length. */
export function allowedEdits(length: number): number {
	return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** The word with each pair of neighbouring letters swapped. */
export function transpositions(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < word.length && word.length >= 3; i++) {
		if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
	}
	return out;
}
