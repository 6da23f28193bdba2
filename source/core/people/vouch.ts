// Vouching: the user's own statement "I would recommend them", with a note.
// It is evidence the records cannot have, so it counts as knowing someone well.
import {NetinboxError, messages} from '../errors.js';
import {sanitizeLine} from '../sanitize.js';
import type {Database, Person} from '../model.js';
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
	const clear = !second || first!.score - second.score >= 0.1;
	if (!clear) {
		const candidates = hits.map(hit => `${hit.personId} ${sanitizeLine(hit.name)} (${hit.verdict})`);
		throw new NetinboxError(messages.ambiguousPerson(sanitizeLine(query), candidates));
	}
	return db.people[index.position.get(first!.personId)!]!;
}

function only<T>(list: T[]): T | undefined {
	return list.length === 1 ? list[0] : undefined;
}
