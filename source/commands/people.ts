import {findDuplicates} from '../core/people/duplicates.js';
import type {Database, Person} from '../core/model.js';

export type PersonSummary = {
	id: string;
	name: string;
	sources: string[];
	handles: Person['handles'];
	connectedOn: Person['connectedOn'];
	profileUrl?: string;
	/** The source knew only an id or address: the name is a stand-in. */
	placeholderName?: boolean;
	requests: string[];
	interactions: number;
};

function summarize(db: Database, person: Person, interactions: Map<string, number>): PersonSummary {
	return {
		id: person.id,
		name: person.name,
		sources: [...new Set(person.sources.map(source => source.format))],
		handles: person.handles,
		connectedOn: person.connectedOn,
		...(person.profileUrl ? {profileUrl: person.profileUrl} : {}),
		...(person.placeholderName ? {placeholderName: true} : {}),
		requests: db.requests.filter(request => request.from === person.id).map(request => `${request.key} (${request.status})`),
		interactions: interactions.get(person.id) ?? 0,
	};
}

function interactionCounts(db: Database): Map<string, number> {
	const counts = new Map<string, number>();
	for (const interaction of db.interactions) counts.set(interaction.person, (counts.get(interaction.person) ?? 0) + 1);
	return counts;
}

export function listPeople(db: Database): PersonSummary[] {
	const counts = interactionCounts(db);
	return db.people.map(person => summarize(db, person, counts));
}

export type DuplicateSuggestion = {name: string; people: PersonSummary[]};

/** People sharing a name but not merged: only a suggestion, the user decides. */
export function duplicatePeople(db: Database): DuplicateSuggestion[] {
	const counts = interactionCounts(db);
	return findDuplicates(db).map(group => ({name: group.name, people: group.people.map(person => summarize(db, person, counts))}));
}
