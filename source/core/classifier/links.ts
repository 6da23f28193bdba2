// A request under another name of someone the user knows: the same surname, a
// first name that stands for theirs (a short form from the nickname table, an
// alias, or a note such as "goes by Mia"), and a second, independent match —
// the same place, company, headline words or handle. Such a request is shown
// as probably that person, their history counts, and the suggestion is unsure:
// a person should confirm the link. A look-alike name is never linked here:
// names must be real spellings, not imitations (identity.ts finds those).
import type {Person} from '../model.js';
import {knownFirstNames, nicknameGroups} from '../people/nicknames.js';
import {foldStripped} from '../people/names.js';
import {fold, words} from './fold.js';
import type {Library} from './library.js';

export type Link = {person: Person; why: string[]};

const nameParts = (name: string) => foldStripped(name).split(/[\s-]+/).filter(part => part.length > 1);
const handleKey = (handle: string | undefined) => (handle ?? '').trim().replace(/^@/, '').split('@')[0]!.toLowerCase();

type Entry = {person: Person; first: string};

export class LinkIndex {
	/**
	 * Known people by surname and by each first name they go by, and by each
	 * nickname group of those: a lookup finds only those a sender's first name
	 * could stand for, however many share the surname.
	 */
	private readonly byKey = new Map<string, Entry[]>();

	constructor(known: Iterable<Person>) {
		for (const person of known) {
			const parts = nameParts(person.name);
			const surname = parts.at(-1);
			if (!surname || surname.length < 3 || parts.length < 2) continue;
			const entry = {person, first: parts[0]!};
			const firsts = knownFirstNames(person);
			const keys = new Set([...firsts].flatMap(name => [`${surname}\u0000n:${name}`, ...nicknameGroups(name).map(group => `${surname}\u0000g:${group}`)]));
			for (const key of keys) {
				const list = this.byKey.get(key);
				if (list) list.push(entry);
				else this.byKey.set(key, [entry]);
			}
		}
	}

	linkOf(sender: Person, library: Library): Link | undefined {
		const parts = nameParts(sender.name);
		if (parts.length < 2) return undefined;
		const first = parts[0]!;
		const surname = parts.at(-1)!;
		const keys = [`${surname}\u0000n:${first}`, ...nicknameGroups(first).map(group => `${surname}\u0000g:${group}`)];
		const seen = new Set<string>();
		for (const key of keys) {
			for (const {person: known, first: ownFirst} of this.byKey.get(key) ?? []) {
				// The same first name is a namesake or a clone, not another name of theirs.
				if (known.id === sender.id || first === ownFirst || seen.has(known.id)) continue;
				seen.add(known.id);
				const second = secondMatch(sender, known, library);
				if (second.length === 0) continue;
				const alias = key.includes('\u0000n:') ? `goes by ${parts[0]![0]!.toUpperCase()}${parts[0]!.slice(1)} in your records` : 'a short form of the same first name';
				return {person: known, why: [alias, ...second]};
			}
		}
		return undefined;
	}
}

function secondMatch(sender: Person, known: Person, library: Library): string[] {
	const out: string[] = [];
	const same = (a?: string, b?: string) => !!a && !!b && fold(a) === fold(b);
	if (same(sender.location, known.location) || (!!sender.location && fold(known.notes ?? '').includes(fold(sender.location)) && sender.location.length >= 4)) out.push(`same place (${sender.location})`);
	if (same(sender.company, known.company)) out.push(`same company (${sender.company})`);
	const significant = (text?: string) => new Set(words(fold(text ?? '')).filter(word => word.length >= 5 && !library.stopwords.has(word) && !library.isGeneric(word)));
	const theirs = significant(`${known.headline ?? ''} ${known.company ?? ''}`);
	const shared = [...significant(sender.headline)].filter(word => theirs.has(word));
	if (shared.length >= 1 && !out.some(line => line.startsWith('same company'))) out.push(`headline words in common (${shared.slice(0, 2).join(', ')})`);
	const notes = fold(known.notes ?? '');
	for (const handle of Object.values(sender.handles)) {
		const key = handleKey(handle);
		if (key.length < 4) continue;
		if (Object.values(known.handles).some(other => handleKey(other) === key) || notes.includes(key)) {
			out.push(`handle ${handle} in their records`);
			break;
		}
	}
	return out;
}
