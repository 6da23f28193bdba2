// Vouching: the user's own statement "I would recommend them", with a note.
// It is evidence the records cannot have, so it counts as knowing someone well.
import {NetinboxError, messages} from '../errors.js';
import {sanitizeLine} from '../sanitize.js';
import {networks, type Database, type Person} from '../model.js';
import {looseWords} from './names.js';
import {searchPeople, type SearchIndex} from '../search/search.js';

export function vouch(db: Database, personId: string, note?: string, now: Date = new Date()): {data: Database; person: Person} {
	return update(db, personId, person => ({...person, vouched: {at: now.toISOString(), ...(note ? {note} : {})}}));
}

export function unvouch(db: Database, personId: string): {data: Database; person: Person} {
	return update(db, personId, ({vouched: _vouched, ...person}) => person);
}

function update(db: Database, personId: string, change: (person: Person) => Person): {data: Database; person: Person} {
	const at = db.people.findIndex(person => person.id === personId);
	if (at === -1) throw new NetinboxError(messages.noPersonMatches(personId));
	const person = change(db.people[at]!);
	const people = [...db.people];
	people[at] = person;
	return {data: {...db, people}, person};
}

/**
 * The one person a command means: an internal id (`p12`), an id the person was
 * imported under, or a search that leaves no doubt (one match, or one whose
 * whole name is the query while the next is not).
 */
export function resolvePerson(db: Database, index: SearchIndex, query: string): Person {
	const byId = db.people.find(person => person.id === query) ??
		only(db.people.filter(person => person.sources.some(source => source.id === query)));
	if (byId) return byId;
	const hits = searchPeople(index, query, {limit: 6});
	if (hits.length === 0) throw new NetinboxError(messages.noPersonMatches(sanitizeLine(query)));
	const [first, second] = hits;
	// However the scores fall (case, accents, a title), two people of the same name are never told apart by it.
	const namesake = hits.slice(1).some(hit => sameName(hit.name, first!.name));
	const clear = !namesake && (!second || first!.score - second.score >= 0.1);
	if (!clear) {
		const person = (id: string) => db.people[index.position.get(id)!]!;
		const candidates = hits.map(hit => {
			const where = networksOf(db, person(hit.personId));
			return `${hit.personId} ${sanitizeLine(hit.name)} (${where.length > 0 ? `${where.join(', ')}; ` : ''}${hit.verdict})`;
		});
		throw new NetinboxError(messages.ambiguousPerson(sanitizeLine(query), candidates));
	}
	return db.people[index.position.get(first!.personId)!]!;
}

/** Whether two names are the same name, titles, case, accents and word order aside. */
export function sameName(a: string, b: string): boolean {
	const key = (name: string) => looseWords(name).filter(word => !titles.has(word)).sort().join(' ');
	return key(a) === key(b);
}

const titles = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'dipl', 'ing', 'mba', 'phd']);

/** The networks a person is known on: their requests, connections and handles. */
export function networksOf(db: Database, person: Person): string[] {
	const found = new Set<string>();
	for (const request of db.requests) if (request.from === person.id) found.add(request.network);
	for (const network of Object.keys(person.connectedOn ?? {})) found.add(network);
	for (const network of Object.keys(person.handles ?? {})) if ((networks as readonly string[]).includes(network)) found.add(network);
	return [...found];
}

function only<T>(list: T[]): T | undefined {
	return list.length === 1 ? list[0] : undefined;
}
