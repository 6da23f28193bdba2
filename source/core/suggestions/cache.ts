// Suggestions kept beside the database (`db.json.suggestions`), each with the
// digest of what it was computed from and the mass-sent cluster it was in. A
// start reads them instead of classifying again; only a request whose inputs
// changed is suggested anew. A missing, damaged or foreign file is no cache.
import {readFile} from 'node:fs/promises';
import type {Suggestion} from '../model.js';
import {writeFileDurably} from '../store/durable-file.js';
import type {SuggestionInputs} from './inputs.js';

const format = 'netinbox-suggestions/1';

/** [own input digest, its cluster's place in `clusters` or -1, the suggestion]. */
type Entry = [string, number, Suggestion];

export type CacheFile = {
	format: typeof format;
	/** The database's fingerprint when this was written: while it is the same, every entry holds as it is. */
	fingerprint: string;
	corpus: string;
	known: string;
	/** The mass-sent clusters, each once: the keys of its requests. */
	clusters: string[][];
	entries: Record<string, Entry>;
};

export function cachePath(dbFile: string): string {
	return `${dbFile}.suggestions`;
}

export async function readCache(dbFile: string): Promise<CacheFile | undefined> {
	try {
		const data = JSON.parse(await readFile(cachePath(dbFile), 'utf8')) as CacheFile;
		if (data?.format !== format || typeof data.corpus !== 'string' || typeof data.fingerprint !== 'string' || typeof data.known !== 'string' || !Array.isArray(data.clusters) || typeof data.entries !== 'object' || data.entries === null) return undefined;
		return data;
	} catch {
		return undefined;
	}
}

export async function writeCache(dbFile: string, cache: CacheFile): Promise<void> {
	await writeFileDurably(cachePath(dbFile), JSON.stringify(cache));
}

function isSuggestion(value: unknown): value is Suggestion {
	const suggestion = value as Suggestion;
	return typeof suggestion?.decision === 'string' && typeof suggestion.confidence === 'number' && Array.isArray(suggestion.reasons) && suggestion.reasons.length > 0;
}

export type FromCache = {
	suggestions: Map<string, Suggestion>;
	/** The other members of each request's cluster, where it has one. */
	sameText: Map<string, string[]>;
	/** Taken from the cache, but the clusters may have changed since: check each against the classifier's. */
	unverified: Set<string>;
	/** Not in the cache, or its inputs changed: suggest these anew. */
	stale: string[];
	/** The input digest each cached suggestion was computed from. */
	digests: Map<string, string>;
	/** The known people the cached suggestions were computed with. */
	known: string | undefined;
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The cached suggestions that still hold. While every request's text and
 * sender are as they were, so is every cluster, and a request whose own
 * inputs are unchanged keeps its suggestion. Otherwise the unchanged ones are
 * shown while the clusters are found again (`unverified`).
 */
export function fromCache(inputs: SuggestionInputs, cache: CacheFile | undefined): FromCache {
	const out: FromCache = {suggestions: new Map(), sameText: new Map(), unverified: new Set(), stale: [], digests: new Map(), known: inputs.known};
	const sameCorpus = cache?.corpus === inputs.corpus;
	for (const [key, own] of inputs.own) {
		const entry = cache?.entries[key];
		if (!entry || entry[0] !== own || !isEntry(entry)) {
			out.stale.push(key);
			continue;
		}
		take(out, key, entry, cache!.clusters);
		if (!sameCorpus) out.unverified.add(key);
	}
	return out;
}

/**
 * The cache of a database that has not changed since it was written (same
 * fingerprint): every entry holds, and no digest needs computing now.
 */
export function fromUnchanged(requestKeys: Iterable<string>, cache: CacheFile): FromCache {
	const out: FromCache = {suggestions: new Map(), sameText: new Map(), unverified: new Set(), stale: [], digests: new Map(), known: cache.known};
	for (const key of requestKeys) {
		const entry = cache.entries[key];
		if (entry && isEntry(entry)) take(out, key, entry, cache.clusters);
		else out.stale.push(key);
	}
	return out;
}

const isEntry = (entry: Entry) => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isInteger(entry[1]) && isSuggestion(entry[2]);

function take(out: FromCache, key: string, entry: Entry, clusters: string[][]): void {
	out.suggestions.set(key, entry[2]);
	out.digests.set(key, entry[0]);
	const cluster = clusters[entry[1]];
	if (Array.isArray(cluster)) out.sameText.set(key, cluster.filter(member => member !== key));
}

/** Whether a cached request's cluster is still the one the classifier finds now. */
export function stillInSameCluster(cached: Pick<FromCache, 'sameText'>, key: string, now: readonly string[]): boolean {
	return sameList(cached.sameText.get(key) ?? [], now);
}

/**
 * The cache to write, for the database as it is `now` (with that fingerprint).
 * A suggestion is kept when its request's inputs are those it was computed
 * from: unchanged since it was read from the cache, or computed in this
 * session (`computed`) while the known people stayed as they were loaded
 * (the classifier reads them once). `clustersKnown`: every kept entry's cluster
 * was checked against the classifier.
 */
export function toCache(from: FromCache, now: SuggestionInputs, fingerprint: string, suggestions: ReadonlyMap<string, Suggestion>, computed: ReadonlySet<string>, sameText: (key: string) => readonly string[], clustersKnown: boolean): CacheFile {
	const entries: Record<string, Entry> = {};
	const clusters: string[][] = [];
	const clusterAt = new Map<string, number>();
	const sameKnown = from.known === now.known;
	// Members in the order of the requests, as the classifier lists them.
	const position = new Map([...now.own.keys()].map((key, index) => [key, index]));
	for (const [key, own] of now.own) {
		const suggestion = suggestions.get(key);
		const holds = computed.has(key) ? sameKnown : from.digests.get(key) === own;
		if (!suggestion || !holds) continue;
		const others = sameText(key);
		let at = -1;
		if (others.length > 0) {
			const members = [key, ...others].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
			const id = members.join('\u0000');
			at = clusterAt.get(id) ?? clusters.push(members) - 1;
			clusterAt.set(id, at);
		}
		entries[key] = [own, at, suggestion];
	}
	// Clusters not checked yet: the next start checks them all again.
	return {format, fingerprint, corpus: clustersKnown ? now.corpus : '', known: now.known, clusters, entries};
}
