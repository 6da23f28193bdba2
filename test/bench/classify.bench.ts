// Classification time for every pending request. Run by the bench runner with
// its own database, or directly for 1k / 10k / 100k synthetic requests:
//   node --import tsx test/bench/classify.bench.ts
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {Classifier} from '../../source/core/classifier/index.js';
import type {Database} from '../../source/core/model.js';
import {buildBenchDatabase} from './classify-data.js';

export const name = 'classify';

export async function run(ctx: {db: Database}): Promise<Record<string, number>> {
	const pending = ctx.db.requests.filter(request => request.status === 'pending');
	const cpu = process.cpuUsage();
	const started = performance.now();
	const classifier = Classifier.build(ctx.db);
	const built = performance.now();
	let decided = 0;
	for (const request of pending) if (classifier.suggest(request).decision) decided++;
	const done = performance.now();
	const used = process.cpuUsage(cpu);
	return {
		'pending requests': decided,
		'classify all pending (ms)': Math.round(done - started),
		// Wall time suffers when other processes share the two cores; CPU time less so.
		'classify all pending, cpu (ms)': Math.round((used.user + used.system) / 1000),
		'build indexes and clusters (ms)': Math.round(built - started),
		'suggest per request (µs)': Math.round(((done - built) * 1000) / Math.max(1, decided)),
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// Other processes share the two cores: of three measured rounds (after a warm-up), the fastest is reported.
	for (const size of [1_000, 10_000, 100_000]) {
		const db = buildBenchDatabase(size);
		await run({db});
		const rounds = [await run({db}), await run({db}), await run({db})];
		const fastest = rounds.reduce((best, round) => (round['classify all pending (ms)']! < best['classify all pending (ms)']! ? round : best));
		process.stdout.write(`${size} requests, ${db.people.length} people, ${db.interactions.length} interactions: ${JSON.stringify(fastest)}\n`);
	}
}
