// People who may be the same but were not merged: a name alone never merges
// two records (two Anja Müllers are common), so the user gets a list to judge.
import type {Database, Person} from '../model.js';

// Titles and credentials that travel with names (`Dr. Jürgen Weißhaupt`, `Henrike Ölschläger, MBA`).
const decorations = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'dipl', 'ing', 'mba', 'cfa', 'phd', 'ma', 'msc', 'bsc', 'ba', 'llm', 'med', 'rer', 'nat']);

function foldToken(token: string, umlauts: boolean): string {
	const lower = token.toLowerCase().replace(/ß/g, 'ss').replace(/ı/g, 'i');
	return (umlauts ? lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') : lower)
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * `Dr. Jürgen Weißhaupt`, `Weisshaupt, Juergen` → `juergen weisshaupt`: the words, folded and
 * sorted. `umlauts: false` strips accents instead (Gülay → gulay), as names are often typed.
 */
export function foldName(name: string, umlauts = true): string {
	return name
		// Escape sequences, control and invisible characters do not make a name another one.
		.replace(/\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[\s\S]?)/g, '')
		.replace(/[\p{Cc}\p{Cf}]/gu, '')
		.normalize('NFKC')
		.split(/[\s,;]+/)
		.map(token => foldToken(token, umlauts))
		.filter(token => token.length > 0 && !decorations.has(token))
		.sort()
		.join(' ');
}

/** Both folded forms of a name: two names that share one may be the same person. */
export function nameKeys(name: string): string[] {
	return [...new Set([foldName(name), foldName(name, false)])];
}

export type DuplicateGroup = {name: string; people: Person[]};

export function findDuplicates(db: Database): DuplicateGroup[] {
	const groups = new Map<string, Person[]>();
	for (const person of db.people) {
		if (person.placeholderName) continue;
		const keys = new Set([person.name, ...person.aliases].flatMap(nameKeys).filter(key => key.includes(' ') || key.length > 3));
		for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), person]);
	}
	// Both forms of one name may find the same people: report each set once, and not within a larger one.
	const sets = [...groups.values()].filter(people => people.length > 1).sort((a, b) => b.length - a.length);
	const out: DuplicateGroup[] = [];
	for (const people of sets) {
		if (out.some(group => people.every(person => group.people.includes(person)))) continue;
		out.push({name: people[0]!.name, people});
	}
	return out.sort((a, b) => a.name.localeCompare(b.name));
}
