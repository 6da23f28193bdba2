// Short forms and nicknames of first names (data/nicknames.json), and the
// names a person's own records say they go by: the alias field, and notes such
// as "goes by Hansi", "genannt Sepp", "dit Fredo". Used to see that a request
// from "Hans Weber" may be the "Johannes Weber" the user met.
import table from '../../../data/nicknames.json' with {type: 'json'};
import type {Person} from '../model.js';
import {foldLoose, foldStripped} from './names.js';

const groupsOf = new Map<string, number[]>();
(table.groups as string[][]).forEach((group, index) => {
	for (const name of group) {
		const key = foldStripped(name);
		groupsOf.set(key, [...(groupsOf.get(key) ?? []), index]);
	}
});

/** The groups of the table a folded first name is in. */
export function nicknameGroups(name: string): readonly number[] {
	return groupsOf.get(name) ?? [];
}

// The same groups in the search's loose form (ae → a …), for expanding a query word.
const looseGroups = new Map<string, Set<string>>();
for (const group of table.groups as string[][]) {
	const loose = group.map(foldLoose);
	for (const name of loose) {
		const set = looseGroups.get(name) ?? new Set<string>();
		for (const other of loose) if (other !== name) set.add(other);
		looseGroups.set(name, set);
	}
}

/** The other names a loose first name (`hans`) can stand for in the table: `johannes`, `hannes` … */
export function otherFormsOf(loose: string): ReadonlySet<string> {
	return looseGroups.get(loose) ?? empty;
}
const empty: ReadonlySet<string> = new Set();

/** Whether two folded first names can stand for each other (the same, or in one group of the table). */
export function sameFirstName(a: string, b: string): boolean {
	if (a === b) return true;
	const mine = groupsOf.get(a);
	const theirs = groupsOf.get(b);
	return !!mine && !!theirs && mine.some(group => theirs.includes(group));
}

// "goes by Hansi", "genannt „Sepp“", "aka Mia", "dit Fredo", "detto Beppe", "conocido como Paco", "conhecido como Zé".
const goesBy = /\b(?:goes by|called|calls (?:him|her|them)|nennen (?:ihn|sie)|nennt (?:ihn|sie)|l'appelle|appelle|known as|aka|a\.k\.a\.|alias|nickname|genannt|nennt sich|rufname|spitzname|dit|dite|surnomm[ée]e?|detto|detta|chiamat[oa]|llamad[oa]|conocid[oa] como|apodad[oa]|conhecid[oa] como|chamad[oa])\s*:?\s*["„“'‚]?(\p{Lu}[\p{L}'-]+)/gu;

/** First names a person goes by besides the first word of their name, folded. */
export function knownFirstNames(person: Pick<Person, 'name' | 'aliases' | 'notes'>): Set<string> {
	const out = new Set<string>();
	const first = foldStripped(person.name).split(' ')[0];
	if (first) out.add(first);
	for (const alias of person.aliases) {
		const word = foldStripped(alias).split(' ')[0];
		if (word) out.add(word);
	}
	for (const name of notedNames(person.notes)) out.add(name);
	return out;
}

/** First names a note says a person goes by ("genannt Sepp", "everyone calls him Matze"), folded. */
export function notedNames(notes: string | undefined): string[] {
	return [...(notes ?? '').matchAll(goesBy)].map(match => foldStripped(match[1]!));
}
