// A request under another name of someone the user knows: the same surname, a
// first name that stands for theirs (a short form from the nickname table, an
// alias, or a note such as "goes by Mia"), and a second, independent match —
// the same place, company, headline words or handle. Such a request is shown
// as probably that person, their history counts, and the suggestion is unsure:
// a person should confirm the link. A look-alike name is never linked here:
// names must be real spellings, not imitations (identity.ts finds those).
import type {Person} from '../model.js';
import {knownFirstNames, sameFirstName} from '../people/nicknames.js';
import {foldStripped} from '../people/names.js';
import {fold, words} from './fold.js';
import type {Library} from './library.js';

export type Link = {person: Person; why: string[]};

const nameParts = (name: string) => foldStripped(name).split(/[\s-]+/).filter(part => part.length > 1);
const handleKey = (handle: string | undefined) => (handle ?? '').trim().replace(/^@/, '').split('@')[0]!.toLowerCase();

export class LinkIndex {
	private readonly bySurname = new Map<string, Person[]>();

	constructor(known: Iterable<Person>) {
		for (const person of known) {
			const surname = nameParts(person.name).at(-1);
			if (!surname || surname.length < 3) continue;
			const list = this.bySurname.get(surname);
			if (list) list.push(person);
			else this.bySurname.set(surname, [person]);
		}
	}

	linkOf(sender: Person, library: Library): Link | undefined {
		const parts = nameParts(sender.name);
		if (parts.length < 2) return undefined;
		const first = parts[0]!;
		for (const known of this.bySurname.get(parts.at(-1)!) ?? []) {
			if (known.id === sender.id) continue;
			const firsts = knownFirstNames(known);
			const ownFirst = nameParts(known.name)[0];
			// The same first name is a namesake or a clone, not another name of theirs.
			if (first === ownFirst || ![...firsts].some(name => sameFirstName(first, name))) continue;
			const second = secondMatch(sender, known, library);
			if (second.length === 0) continue;
			const alias = firsts.has(first) && first !== ownFirst ? `goes by ${parts[0]![0]!.toUpperCase()}${parts[0]!.slice(1)} in your records` : 'a short form of the same first name';
			return {person: known, why: [alias, ...second]};
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
