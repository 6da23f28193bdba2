// Folds an import batch into the database without side effects: the same
// person is recognised by source id, by a handle on the same network or by
// profile URL (never by name alone); the same request by network + id; the
// same interaction by person + moment + channel + kind. Re-importing changes nothing.
import {instant, normalizeHandle, normalizeProfileUrl} from '../people/identity.js';
import {requestKey, type ContactRequest, type Database, type Interaction, type Person} from '../model.js';
import type {ImportBatch, ImportedPerson, Problem} from './types.js';

export type KindSummary = {added: number; updated: number; unchanged: number; skipped: number};
export type ImportSummary = {
	people: KindSummary;
	requests: KindSummary;
	interactions: KindSummary;
	/** The user's own profile changed. */
	me: boolean;
	problems: Problem[];
	warnings: Problem[];
};

const emptyKind = (): KindSummary => ({added: 0, updated: 0, unchanged: 0, skipped: 0});

/** Index of who is who, built once per merge. */
class PeopleIndex {
	private readonly bySource = new Map<string, string>();
	private readonly byHandle = new Map<string, string>();
	private readonly byUrl = new Map<string, string>();

	constructor(people: Person[]) {
		for (const person of people) this.add(person);
	}

	add(person: Person): void {
		for (const source of person.sources) this.bySource.set(`${source.format}\u0000${source.id}`, person.id);
		for (const [network, handle] of Object.entries(person.handles)) {
			if (handle) this.byHandle.set(`${network}\u0000${normalizeHandle(handle)}`, person.id);
		}
		if (person.profileUrl) this.byUrl.set(normalizeProfileUrl(person.profileUrl), person.id);
	}

	find(format: string, imported: ImportedPerson): string | undefined {
		const bySource = this.bySource.get(`${format}\u0000${imported.sourceId}`);
		if (bySource) return bySource;
		for (const [network, handle] of Object.entries(imported.handles ?? {})) {
			const found = handle && this.byHandle.get(`${network}\u0000${normalizeHandle(handle)}`);
			if (found) return found;
		}
		return imported.profileUrl ? this.byUrl.get(normalizeProfileUrl(imported.profileUrl)) : undefined;
	}
}

function union(a: string[], b: string[] | undefined): string[] {
	if (!b || b.length === 0) return a;
	const out = [...a];
	for (const item of b) if (!out.includes(item)) out.push(item);
	return out;
}

/** Keeps what is there, in its order, and adds what is new: re-imports in any order change nothing. */
function addMissing<T extends Record<string, unknown>>(existing: T, imported: T | undefined): T {
	const out = {...existing} as Record<string, unknown>;
	for (const [key, value] of Object.entries(imported ?? {})) if (out[key] === undefined && value !== undefined) out[key] = value;
	return out as T;
}

const describing = ['company', 'headline', 'location', 'profileUrl', 'mutualContacts'] as const;

function mergePerson(existing: Person, imported: ImportedPerson, format: string): Person {
	const realName = !imported.placeholderName && imported.name ? imported.name : undefined;
	const next: Person = {
		...existing,
		aliases: union(existing.aliases, [...(imported.aliases ?? []), ...(realName && realName !== existing.name && !existing.placeholderName ? [realName] : [])]),
		handles: addMissing(existing.handles, imported.handles),
		tags: union(existing.tags, imported.tags),
		connectedOn: addMissing(existing.connectedOn, imported.connectedOn),
		sources: existing.sources.some(s => s.format === format && s.id === imported.sourceId)
			? existing.sources
			: [...existing.sources, {format, id: imported.sourceId}],
	};
	if (existing.placeholderName && realName) {
		next.name = realName;
		delete next.placeholderName;
	}
	// The source that first brought a person in keeps them current (a new employer, headline);
	// other sources only fill gaps, so importing two sources in turn never flips a value back and forth.
	// The user's own notes are never overwritten, only extended.
	const owns = existing.sources[0]?.format === format;
	for (const field of describing) {
		if (imported[field] !== undefined && (owns || existing[field] === undefined)) (next as Record<string, unknown>)[field] = imported[field];
	}
	if (imported.notes && !(existing.notes ?? '').includes(imported.notes)) {
		next.notes = existing.notes ? `${existing.notes}\n${imported.notes}` : imported.notes;
	}
	return next;
}

function newPerson(id: string, imported: ImportedPerson, format: string): Person {
	const person: Person = {
		id,
		name: imported.name,
		...(imported.placeholderName ? {placeholderName: true} : {}),
		aliases: imported.aliases ?? [],
		handles: imported.handles ?? {},
		tags: imported.tags ?? [],
		connectedOn: imported.connectedOn ?? {},
		sources: [{format, id: imported.sourceId}],
	};
	for (const field of [...describing, 'notes'] as const) {
		if (imported[field] !== undefined) (person as Record<string, unknown>)[field] = imported[field];
	}
	return person;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeBatch(db: Database, batch: ImportBatch): {data: Database; summary: ImportSummary} {
	const summary: ImportSummary = {
		people: emptyKind(),
		requests: emptyKind(),
		interactions: emptyKind(),
		me: false,
		problems: [...batch.problems],
		warnings: [...batch.warnings],
	};
	for (const problem of batch.problems) if (problem.kind) summary[problem.kind].skipped += problem.count ?? 1;
	const counters = {...db.counters};
	const people = [...db.people];
	const position = new Map(people.map((person, index) => [person.id, index]));
	const index = new PeopleIndex(people);
	const idOfSource = new Map<string, string>();

	for (const imported of batch.people) {
		const found = index.find(batch.format, imported);
		if (found) {
			const at = position.get(found)!;
			const merged = mergePerson(people[at]!, imported, batch.format);
			if (same(merged, people[at])) summary.people.unchanged++;
			else {
				people[at] = merged;
				index.add(merged);
				summary.people.updated++;
			}
			idOfSource.set(imported.sourceId, found);
		} else {
			const person = newPerson(`p${++counters.person}`, imported, batch.format);
			position.set(person.id, people.length);
			people.push(person);
			index.add(person);
			idOfSource.set(imported.sourceId, person.id);
			summary.people.added++;
		}
	}

	const networkExport = batch.format !== 'generic';
	const requests = [...db.requests];
	const requestAt = new Map(requests.map((request, at) => [request.key, at]));
	const inBatch = new Set<string>();
	for (const imported of batch.requests) {
		const from = idOfSource.get(imported.from);
		if (!from) {
			summary.requests.skipped++;
			continue;
		}
		const key = requestKey(imported.network, imported.id);
		const at = requestAt.get(key);
		inBatch.add(key);
		// In a network's own export, connected on that network means the request was accepted there.
		// A hand-made generic file says what it means: its requests are pending unless it says otherwise.
		const inferred = networkExport && people[position.get(from)!]!.connectedOn[imported.network] ? 'accepted' : undefined;
		const status = imported.status ?? inferred;
		if (at === undefined) {
			const request: ContactRequest = {
				key,
				id: imported.id,
				network: imported.network,
				from,
				receivedAt: imported.receivedAt,
				// Shown as "seen first", so the import time never passes for the day it was sent.
				...(imported.receivedAtUnknown ? {dateKnown: false as const} : {}),
				message: imported.message ? imported.message : null,
				status: status ?? 'pending',
				source: {format: batch.format, id: imported.id},
			};
			requestAt.set(key, requests.length);
			requests.push(request);
			summary.requests.added++;
			continue;
		}
		const existing = requests[at]!;
		const next: ContactRequest = {
			...existing,
			from,
			receivedAt: imported.receivedAtUnknown || instant(existing.receivedAt) === instant(imported.receivedAt) ? existing.receivedAt : imported.receivedAt,
			message: imported.message ? imported.message : null,
			// A decision the user made stands; the network may only tell us a pending one was answered.
			status: existing.status === 'pending' && status ? status : existing.status,
		};
		// A date from any source replaces a first sighting; a source without dates keeps what is there.
		if (!imported.receivedAtUnknown) delete next.dateKnown;
		else if (existing.source.format === batch.format) next.dateKnown = false;
		if (same(next, existing)) summary.requests.unchanged++;
		else {
			requests[at] = next;
			summary.requests.updated++;
		}
	}

	const touched = new Set(idOfSource.values());
	for (const [at, request] of requests.entries()) {
		if (!networkExport || inBatch.has(request.key) || request.status !== 'pending' || !touched.has(request.from)) continue;
		if (!people[position.get(request.from)!]?.connectedOn[request.network]) continue;
		// Connections.csv imported after Invitations.csv: the earlier request was accepted.
		requests[at] = {...request, status: 'accepted'};
		summary.requests.updated++;
	}

	const interactions: Interaction[] = [...db.interactions];
	// Direction too: a reply in and a reply out on the same day (dates without a time) are two exchanges, not one.
	const seen = new Set(interactions.map(i => `${i.person}\u0000${instant(i.at)}\u0000${i.channel}\u0000${i.kind}\u0000${i.direction}`));
	for (const imported of batch.interactions) {
		const person = idOfSource.get(imported.person);
		if (!person) {
			summary.interactions.skipped++;
			continue;
		}
		const identity = `${person}\u0000${instant(imported.at)}\u0000${imported.channel}\u0000${imported.kind}\u0000${imported.direction}`;
		if (seen.has(identity)) {
			summary.interactions.unchanged++;
			continue;
		}
		seen.add(identity);
		const interaction: Interaction = {id: `i${++counters.interaction}`, person, at: imported.at, channel: imported.channel, kind: imported.kind, direction: imported.direction};
		if (imported.text !== undefined) interaction.text = imported.text;
		interactions.push(interaction);
		summary.interactions.added++;
	}

	const me = batch.me
		? {...db.me, ...batch.me, handles: {...db.me.handles, ...batch.me.handles}, ...profileOf(db.me.profile, batch.me.profile)}
		: db.me;
	summary.me = !same(me, db.me);
	const data: Database = {...db, me, people, requests, interactions, counters};
	return {data, summary};
}

export function changedAnything(summary: ImportSummary): boolean {
	return summary.me || [summary.people, summary.requests, summary.interactions].some(kind => kind.added + kind.updated > 0);
}

/** What an export says about the owner is added to the profile they have, never put in its place. */
function profileOf(had: string | undefined, imported: string | undefined): {profile?: string} {
	if (!imported?.trim()) return had ? {profile: had} : {};
	if (!had?.trim() || had.includes(imported.trim())) return {profile: had?.trim() ? had : imported.trim()};
	return {profile: `${had.trimEnd()}\n${imported.trim()}`};
}
