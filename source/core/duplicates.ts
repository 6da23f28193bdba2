// People who may be the same but were not merged: a name alone never merges
// two records (two Anja Müllers are common), so the user gets a list to judge.
import type {Database, Person} from './model.js';

// Titles and credentials that travel with names (`Dr. Jürgen Weißhaupt`, `Henrike Ölschläger, MBA`).
const decorations = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'dipl', 'ing', 'mba', 'cfa', 'phd', 'ma', 'msc', 'bsc', 'ba', 'llm', 'med', 'rer', 'nat']);

function foldToken(token: string): string {
	return token
		.toLowerCase()
		.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ı/g, 'i')
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** `Dr. Jürgen Weißhaupt`, `Weisshaupt, Juergen` → `juergen weisshaupt`: the words, folded and sorted. */
export function foldName(name: string): string {
	return name
		.normalize('NFKC')
		.split(/[\s,;]+/)
		.map(foldToken)
		.filter(token => token.length > 0 && !decorations.has(token))
		.sort()
		.join(' ');
}

export type DuplicateGroup = {name: string; people: Person[]};

export function findDuplicates(db: Database): DuplicateGroup[] {
	const groups = new Map<string, Person[]>();
	for (const person of db.people) {
		if (person.placeholderName) continue;
		const keys = new Set([person.name, ...person.aliases].map(foldName).filter(key => key.includes(' ') || key.length > 3));
		for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), person]);
	}
	return [...groups]
		.filter(([, people]) => people.length > 1)
		.map(([, people]) => ({name: people[0]!.name, people}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
