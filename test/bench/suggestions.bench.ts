// The suggestion cache at work: a start with nothing changed, and an import of
// 1 % new requests, against classifying everything (the floor of this work is
// what it avoids: the same run's classify-everything time).
import {Classifier} from '../../source/core/classifier/index.js';
import type {Database} from '../../source/core/model.js';
import {fromCache, fromUnchanged, stillInSameCluster, toCache} from '../../source/core/suggestions/cache.js';
import {suggestionInputs} from '../../source/core/suggestions/inputs.js';

export const name = 'suggestions';

const cpuMs = (since: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
};

/** Everything suggested, as a session leaves it in the cache. */
function classifyEverything(db: Database) {
	const classifier = Classifier.build(db);
	const suggestions = new Map(db.requests.map(request => [request.key, classifier.suggest(request)]));
	return {classifier, suggestions};
}

export async function run({db}: {db: Database}): Promise<Record<string, number>> {
	let cpu = process.cpuUsage();
	let start = performance.now();
	const everything = classifyEverything(db);
	const classifyAllMs = performance.now() - start;
	const classifyAllCpuMs = cpuMs(cpu);

	const inputs = suggestionInputs(db, '');
	const cache = toCache(fromCache(inputs, undefined), inputs, 'fingerprint', everything.suggestions, new Set(everything.suggestions.keys()), key => everything.classifier.sameText(key), true);

	// A start on the database as the last session left it: the fingerprint matches, nothing is computed.
	start = performance.now();
	const unchanged = fromUnchanged(db.requests.map(request => request.key), cache);
	const unchangedStartMs = performance.now() - start;

	// Digests for every request: a start after the database changed, and every quit after changes.
	cpu = process.cpuUsage();
	start = performance.now();
	suggestionInputs(db, '');
	const digestsMs = performance.now() - start;
	const digestsCpuMs = cpuMs(cpu);

	// An import of 1 % new requests into the rest: the cache of the rest, then the whole database.
	const before = {...db, requests: db.requests.slice(0, Math.floor(db.requests.length * 0.99))};
	const old = classifyEverything(before);
	const oldInputs = suggestionInputs(before, '');
	const oldCache = toCache(fromCache(oldInputs, undefined), oldInputs, 'old', old.suggestions, new Set(old.suggestions.keys()), key => old.classifier.sameText(key), true);
	cpu = process.cpuUsage();
	start = performance.now();
	const after = fromCache(suggestionInputs(db, ''), oldCache);
	const classifier = Classifier.build(db);
	const position = new Map(db.requests.map(request => [request.key, request]));
	let suggested = 0;
	for (const key of after.unverified) {
		if (stillInSameCluster(after, key, classifier.sameText(key))) continue;
		classifier.suggest(position.get(key)!);
		suggested++;
	}
	for (const key of after.stale) {
		classifier.suggest(position.get(key)!);
		suggested++;
	}
	const importMs = performance.now() - start;
	const importCpuMs = cpuMs(cpu);
	return {
		requests: db.requests.length,
		classifyAllMs,
		classifyAllCpuMs,
		unchangedStartMs,
		unchangedFromCache: unchanged.suggestions.size,
		digestsMs,
		digestsCpuMs,
		afterImportNew: after.stale.length,
		afterImportSuggested: suggested,
		afterImportMs: importMs,
		afterImportCpuMs: importCpuMs,
		afterImportRatio: importMs / classifyAllMs,
	};
}
