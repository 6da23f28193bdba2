// Merging two records of one person, and taking it back. A merge keeps one
// record and folds the other into it: names become aliases, handles, notes,
// tags, connections and sources are joined, and the other's history and
// requests become the kept person's, so the screening counts both. The merge
// is recorded with both records as they were, so unmerge restores them exactly.
import {NetinboxError} from '../errors.js';
import type {Database, IdentityDecisions, MergeRecord, Person} from '../model.js';
import {pairKey} from './same.js';

const identityOf = (db: Database): IdentityDecisions => db.identity ?? {merges: [], notSame: []};

function find(db: Database, id: string): Person {
	const person = db.people.find(candidate => candidate.id === id);
	if (!person) throw new NetinboxError(`no person with id ${id} in your records (netinbox people lists them)`);
	return person;
}

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

/** The kept record with the other folded in: its name an alias, everything it had that the kept one lacks. */
export function combine(kept: Person, other: Person): Person {
	const handles = {...kept.handles};
	const extra: string[] = [];
	for (const [network, handle] of Object.entries(other.handles)) {
		if (!handle) continue;
		if (!handles[network]) handles[network] = handle;
		else if (handles[network] !== handle) extra.push(`${network} ${handle}`);
	}
	const connectedOn = {...kept.connectedOn};
	for (const [network, since] of Object.entries(other.connectedOn) as Array<[keyof Person['connectedOn'], string]>) {
		const mine = connectedOn[network];
		if (!mine || since < mine) connectedOn[network] = since;
	}
	const notes = [kept.notes, other.notes, extra.length > 0 ? `Also: ${extra.join(', ')}` : undefined].filter(Boolean).join('\n');
	const aliases = union(kept.aliases, [...(other.placeholderName || other.name === kept.name ? [] : [other.name]), ...other.aliases]).filter(alias => alias !== kept.name);
	const out: Person = {
		...kept,
		aliases,
		handles,
		tags: union(kept.tags, other.tags),
		connectedOn,
		sources: [...kept.sources, ...other.sources.filter(source => !kept.sources.some(mine => mine.format === source.format && mine.id === source.id))],
	};
	for (const field of ['company', 'headline', 'location', 'profileUrl', 'mutualContacts'] as const) {
		if (out[field] === undefined && other[field] !== undefined) (out as Record<string, unknown>)[field] = other[field];
	}
	if (notes) out.notes = notes;
	if (!out.vouched && other.vouched) out.vouched = other.vouched;
	// A stand-in name (`X user 294857103`) gives way to the real one.
	if (kept.placeholderName && !other.placeholderName) {
		out.name = other.name;
		delete out.placeholderName;
		out.aliases = out.aliases.filter(alias => alias !== other.name);
	}
	return out;
}

/** Folds `otherId` into `keepId`. */
export function mergePeople(db: Database, keepId: string, otherId: string, now: Date = new Date()): {data: Database; merge: MergeRecord; person: Person} {
	if (keepId === otherId) throw new NetinboxError(`${keepId} and ${otherId} are the same record: nothing to merge`);
	const kept = find(db, keepId);
	const other = find(db, otherId);
	const identity = identityOf(db);
	const merge: MergeRecord = {
		id: `m${identity.merges.length + 1}`,
		at: now.toISOString(),
		kept,
		removed: other,
		interactions: db.interactions.filter(interaction => interaction.person === otherId).map(interaction => interaction.id),
		requests: db.requests.filter(request => request.from === otherId).map(request => request.key),
	};
	const person = combine(kept, other);
	const data: Database = {
		...db,
		people: db.people.filter(candidate => candidate.id !== otherId).map(candidate => (candidate.id === keepId ? person : candidate)),
		interactions: db.interactions.map(interaction => (interaction.person === otherId ? {...interaction, person: keepId} : interaction)),
		requests: db.requests.map(request => (request.from === otherId ? {...request, from: keepId} : request)),
		identity: {...identity, merges: [...identity.merges, merge], notSame: identity.notSame.filter(pair => pairKey(pair.a, pair.b) !== pairKey(keepId, otherId))},
	};
	return {data, merge, person};
}

/**
 * Takes a merge back: the merge by its id (`m3`), or the newest merge into or
 * of a person id. Both records return as they were; history and requests that
 * were the other's go back to them, anything recorded since stays with the kept one.
 */
export function unmergePeople(db: Database, which: string, now: Date = new Date()): {data: Database; merge: MergeRecord} {
	const identity = identityOf(db);
	const live = identity.merges.filter(merge => merge.undoneAt === undefined);
	const merge = live.find(candidate => candidate.id === which) ??
		live.findLast(candidate => candidate.kept.id === which || candidate.removed.id === which);
	if (!merge) throw new NetinboxError(`no merge ${which} to take back (netinbox people --merges lists them)`);
	const keptId = merge.kept.id;
	if (!db.people.some(person => person.id === keptId)) throw new NetinboxError(`${keptId}, the record ${merge.id} kept, is no longer in your records: it was merged again`);
	if (db.people.some(person => person.id === merge.removed.id)) throw new NetinboxError(`${merge.removed.id} is in your records again: ${merge.id} was taken back already`);
	const interactions = new Set(merge.interactions);
	const requests = new Set(merge.requests);
	const people = db.people.flatMap(person => (person.id === keptId ? [restore(person, merge), merge.removed] : [person]));
	const data: Database = {
		...db,
		people,
		interactions: db.interactions.map(interaction => (interactions.has(interaction.id) ? {...interaction, person: merge.removed.id} : interaction)),
		requests: db.requests.map(request => (requests.has(request.key) ? {...request, from: merge.removed.id} : request)),
		identity: {...identity, merges: identity.merges.map(candidate => (candidate === merge ? {...candidate, undoneAt: now.toISOString()} : candidate))},
	};
	return {data, merge};
}

/** The kept record as it was before the merge, with what the user changed since (a note, a vouch) kept. */
function restore(current: Person, merge: MergeRecord): Person {
	const merged = combine(merge.kept, merge.removed);
	const out: Person = {...merge.kept};
	// A note edited after the merge is the user's newest word: keep it.
	if (current.notes !== merged.notes) {
		if (current.notes) out.notes = current.notes;
		else delete out.notes;
	}
	if (current.vouched !== merged.vouched) {
		if (current.vouched) out.vouched = current.vouched;
		else delete out.vouched;
	}
	return out;
}

/** Remembers that two records are not the same person: never proposed again. */
export function rejectSame(db: Database, aId: string, bId: string, now: Date = new Date()): Database {
	find(db, aId);
	find(db, bId);
	if (aId === bId) throw new NetinboxError(`${aId} is one record: nothing to tell apart`);
	const identity = identityOf(db);
	if (identity.notSame.some(pair => pairKey(pair.a, pair.b) === pairKey(aId, bId))) return db;
	return {...db, identity: {...identity, notSame: [...identity.notSame, {a: aId, b: bId, at: now.toISOString()}]}};
}
