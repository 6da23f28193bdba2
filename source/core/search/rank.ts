// Ranking helpers for search.ts: the bonuses beyond matching words, and a
// bounded best-first list. Plain functions over the index, tested through search.

import type {SearchIndex} from './people-index.js';

/** Beyond the words: exact spelling, the whole name, how well the user knows them, look-alike letters. */
export const bonus = {
	exactSpelling: 0.03,
	wholeName: 0.08,
	sameWords: 0.06,
	nameStart: 0.04,
	/** A handle typed whole, punctuation and all (`@anna_m81`). */
	wholeHandle: 0.1,
	perStrength: 0.012,
	spoofed: -0.1,
};

/** Bonus for a query that is a person's whole name or alias, in any order, or its beginning. */
export function nameBonus(index: SearchIndex, person: number, phrase: string, sortedPhrase: string): number {
	const length = index.nameShape.length[person]!;
	// One name and no alias (length > 0): the shape alone rules out most people without touching their strings.
	if (length > 0 && length !== phrase.length && (length < phrase.length || index.nameShape.first[person] !== phrase.charCodeAt(0))) return 0;
	const names = index.names[person]!;
	const sorted = index.sortedNames[person]!;
	let out = 0;
	for (let i = 0; i < names.length; i++) {
		if (names[i] === phrase) return bonus.wholeName;
		if (sorted[i] === sortedPhrase) out = Math.max(out, bonus.sameWords);
		else if (names[i]!.startsWith(phrase)) out = Math.max(out, bonus.nameStart);
	}
	return out;
}

export type Ranked = {person: number; score: number; strength: number; name: string};

/** Better score first; equal scores: the better-known person, then by name. */
function before(a: Ranked, b: Ranked): boolean {
	if (a.score !== b.score) return a.score > b.score;
	if (a.strength !== b.strength) return a.strength > b.strength;
	return a.name < b.name;
}

/** Keeps `ranked` sorted and at most `limit` long: cheaper than sorting thousands of one-letter matches. */
export function insertTop(ranked: Ranked[], item: Ranked, limit: number): void {
	if (ranked.length >= limit && !before(item, ranked[ranked.length - 1]!)) return;
	let at = ranked.length;
	while (at > 0 && before(item, ranked[at - 1]!)) at--;
	ranked.splice(at, 0, item);
	if (ranked.length > limit) ranked.pop();
}
