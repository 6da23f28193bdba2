import {findDuplicates} from '../core/people/duplicates.js';
import {mergePeople, rejectSame, unmergePeople} from '../core/people/merge.js';
import {buildSameIndex, sameProposals} from '../core/people/same.js';
import {resolvePerson} from '../core/people/vouch.js';
import {buildSearchIndex} from '../core/search/search.js';
import type {Store} from '../core/store/store.js';
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

export type SamePair = {a: PersonSummary; b: PersonSummary; reasons: string[]};

/** Records that are probably one person, with the reasons: for the user to merge or tell apart. */
export function sameCandidates(db: Database): SamePair[] {
	const counts = interactionCounts(db);
	return sameProposals(buildSameIndex(db)).map(pair => ({a: summarize(db, pair.a, counts), b: summarize(db, pair.b, counts), reasons: pair.reasons}));
}

export type MergeResult = {merge: string; kept: PersonSummary; removed: {id: string; name: string}; interactions: number; requests: number};

function pick(store: Store, query: string): Person {
	return resolvePerson(store.data, buildSearchIndex(store.data), query);
}

/** `people merge KEEP OTHER`: OTHER's records become KEEP's. */
export async function runMerge(store: Store, keep: string, other: string): Promise<MergeResult> {
	const kept = pick(store, keep);
	const removed = pick(store, other);
	const {data, merge, person} = mergePeople(store.data, kept.id, removed.id);
	await store.save(data);
	return {merge: merge.id, kept: summarize(data, person, interactionCounts(data)), removed: {id: removed.id, name: removed.name}, interactions: merge.interactions.length, requests: merge.requests.length};
}

export type UnmergeResult = {merge: string; people: PersonSummary[]};

/** `people unmerge M|ID`: a merge taken back, both records as they were. */
export async function runUnmerge(store: Store, which: string): Promise<UnmergeResult> {
	const {data, merge} = unmergePeople(store.data, which);
	await store.save(data);
	const counts = interactionCounts(data);
	const people = [merge.kept.id, merge.removed.id].map(id => summarize(data, data.people.find(person => person.id === id)!, counts));
	return {merge: merge.id, people};
}

/** `people not-same A B`: never propose them as one person again. */
export async function runNotSame(store: Store, a: string, b: string): Promise<{a: string; b: string}> {
	const first = pick(store, a);
	const second = pick(store, b);
	await store.save(rejectSame(store.data, first.id, second.id));
	return {a: first.id, b: second.id};
}

export type MergeListEntry = {id: string; at: string; kept: {id: string; name: string}; removed: {id: string; name: string}; undone: boolean};

export function mergeList(db: Database): MergeListEntry[] {
	return (db.identity?.merges ?? []).map(merge => ({
		id: merge.id,
		at: merge.at,
		kept: {id: merge.kept.id, name: merge.kept.name},
		removed: {id: merge.removed.id, name: merge.removed.name},
		undone: merge.undoneAt !== undefined,
	}));
}
