// The suggestion cache: a suggestion is taken from it only while everything it
// was computed from is unchanged, and is then the one the classifier gives.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {Classifier, classifyAll} from '../../../source/core/classifier/index.js';
import type {Database} from '../../../source/core/model.js';
import {fromCache, fromUnchanged, readCache, stillInSameCluster, toCache, writeCache, type CacheFile} from '../../../source/core/suggestions/cache.js';
import {suggestionInputs} from '../../../source/core/suggestions/inputs.js';
import {makeDatabase} from '../../helpers/databases.js';
import {tempDir} from '../../helpers/temp.js';

const now = new Date('2026-11-26T12:00:00Z');
let db: Database;
let cache: CacheFile;

/** The cache a session writes after classifying everything in `data`. */
function cacheOf(data: Database): CacheFile {
	const classifier = Classifier.build(data, {now});
	const suggestions = new Map(data.requests.map(request => [request.key, classifier.suggest(request)]));
	const inputs = suggestionInputs(data, '');
	const start = fromCache(inputs, undefined);
	return toCache(start, inputs, 'fp', suggestions, new Set(suggestions.keys()), key => classifier.sameText(key), true);
}

const clone = (data: Database): Database => structuredClone(data);

beforeAll(() => {
	db = makeDatabase({requests: 400, people: 1200, interactions: 8000, seed: 3});
	cache = cacheOf(db);
});

describe('suggestions kept beside the database', () => {
	it('gives back exactly what the classifier suggests, clusters included, when nothing changed', () => {
		const start = fromCache(suggestionInputs(db, ''), cache);
		expect(start.stale).toEqual([]);
		expect(start.unverified.size).toBe(0);
		const fresh = classifyAll(db, {now});
		expect(new Map(start.suggestions)).toEqual(fresh);
		const classifier = Classifier.build(db, {now});
		const clustered = db.requests.filter(request => classifier.sameText(request.key).length > 0);
		expect(clustered.length).toBeGreaterThan(0);
		for (const request of clustered) expect(start.sameText.get(request.key)).toEqual(classifier.sameText(request.key));
	});

	it('suggests again only the request whose status changed', () => {
		const changed = clone(db);
		changed.requests[5]!.status = 'follower';
		const start = fromCache(suggestionInputs(changed, ''), cache);
		expect(start.stale).toEqual([changed.requests[5]!.key]);
	});

	it('keeps the suggestion of a request accepted, ignored or reported: it reads only whether it is a deferred follower', () => {
		const changed = clone(db);
		const pending = changed.requests.filter(request => request.status === 'pending').slice(0, 3);
		pending[0]!.status = 'ignored';
		pending[1]!.status = 'spam';
		pending[0]!.decidedAt = pending[1]!.decidedAt = '2026-11-26T12:00:00Z';
		expect(fromCache(suggestionInputs(changed, ''), cache).stale).toEqual([]);
		// And what it keeps is what the classifier says for the new status.
		const fresh = Classifier.build(changed, {now});
		for (const request of pending.slice(0, 2)) expect(fromCache(suggestionInputs(changed, ''), cache).suggestions.get(request.key)).toEqual(fresh.suggest(request));
	});

	it('suggests again the requests of a sender whose history grew, and only theirs', () => {
		const changed = clone(db);
		const sender = changed.requests[7]!.from;
		changed.interactions.push({id: 'i-new', person: sender, at: '2026-11-25T10:00:00Z', channel: 'linkedin', kind: 'message', direction: 'in', text: 'Hello again'});
		const start = fromCache(suggestionInputs(changed, ''), cache);
		const theirs = changed.requests.filter(request => request.from === sender).map(request => request.key);
		expect(start.stale.sort()).toEqual(theirs.sort());
	});

	it('suggests again a request whose sender now has the name of a new contact', () => {
		const changed = clone(db);
		const request = changed.requests.find(candidate => candidate.status === 'pending')!;
		const sender = changed.people.find(person => person.id === request.from)!;
		changed.people.push({id: 'p-twin', name: sender.name, aliases: [], handles: {}, tags: [], connectedOn: {xing: '2020-01-01'}, sources: []});
		const start = fromCache(suggestionInputs(changed, ''), cache);
		expect(start.stale).toContain(request.key);
		expect(start.stale.length).toBeLessThan(changed.requests.length / 10);
	});

	it('suggests everything again when the settings, the templates or the user change', () => {
		const strict = clone(db);
		strict.settings.strictness = 'strict';
		expect(fromCache(suggestionInputs(strict, ''), cache).stale.length).toBe(db.requests.length);
		expect(fromCache(suggestionInputs(db, '{"pitch": []}'), cache).stale.length).toBe(db.requests.length);
		const renamed = clone(db);
		renamed.me.name = 'Someone Else';
		expect(fromCache(suggestionInputs(renamed, ''), cache).stale.length).toBe(db.requests.length);
	});

	it('keeps the others of an import of new requests, to be checked against the new clusters', () => {
		const before = clone(db);
		const imported = before.requests.splice(-40);
		const old = cacheOf(before);
		const after = clone(db);
		const start = fromCache(suggestionInputs(after, ''), old);
		expect(start.stale.sort()).toEqual(imported.map(request => request.key).sort());
		// The text of every request is no longer the same: every kept one waits for the clusters.
		expect(start.unverified.size).toBe(after.requests.length - imported.length);
		const classifier = Classifier.build(after, {now});
		const moved = [...start.unverified].filter(key => !stillInSameCluster(start, key, classifier.sameText(key)));
		// Those whose cluster did not change keep the very suggestion the classifier gives now.
		for (const key of start.unverified) {
			if (moved.includes(key)) continue;
			expect(start.suggestions.get(key)).toEqual(classifier.suggest(after.requests.find(request => request.key === key)!));
		}
	});

	it('takes every entry of a database unchanged since the cache was written, computing nothing', () => {
		const start = fromUnchanged(db.requests.map(request => request.key), cache);
		expect(start.stale).toEqual([]);
		expect(start.suggestions.size).toBe(db.requests.length);
	});

	it('drops a suggestion computed while the known people changed', () => {
		const start = fromCache(suggestionInputs(db, ''), cache);
		const changed = clone(db);
		const stranger = changed.requests.find(request => request.status === 'pending')!;
		stranger.status = 'accepted';
		const inputs = suggestionInputs(changed, '');
		const written = toCache(start, inputs, 'fp2', start.suggestions, new Set([stranger.key]), key => start.sameText.get(key) ?? [], true);
		expect(written.entries[stranger.key]).toBeUndefined();
		expect(Object.keys(written.entries).length).toBeGreaterThan(db.requests.length / 2);
	});

	it('reads back what it wrote, and no damaged or foreign file', async () => {
		const directory = await tempDir();
		const file = path.join(directory, 'db.json');
		await writeCache(file, cache);
		expect(await readCache(file)).toEqual(cache);
		await writeFile(`${file}.suggestions`, '{"format": "netinbox-suggestions/1", "entr');
		expect(await readCache(file)).toBeUndefined();
		await writeFile(`${file}.suggestions`, JSON.stringify({...cache, format: 'something/9'}));
		expect(await readCache(file)).toBeUndefined();
		// An entry of the wrong shape is no suggestion.
		const key = db.requests[0]!.key;
		const broken = {...cache, entries: {...cache.entries, [key]: [cache.entries[key]![0], 0, {decision: 'accept'}]}} as unknown as CacheFile;
		expect(fromCache(suggestionInputs(db, ''), broken).stale).toEqual([key]);
	});
});
