// What learning from the user's decisions costs: every request decided one by
// one (so each decision is learned from), then the memory of texts and the
// personal counts built from them, the rules tallied against them, one more
// decision learned, and a suggestion with learning against one without.
import process from 'node:process';
import {Classifier} from '../../source/core/classifier/index.js';
import {Learning} from '../../source/core/learning/index.js';
import {decisions, statusOfDecision, type Database, type JournalEntry} from '../../source/core/model.js';
import type {BenchContext} from './types.js';

export const name = 'learning';
export const targets = {learnFromEveryDecisionMs: {max: 1000}};

/** Every request decided by hand, one journal entry each, a day apart. */
function decidedByHand(db: Database): Database {
	const journal: JournalEntry[] = [];
	const start = Date.parse('2025-01-01T00:00:00Z');
	const requests = db.requests.map((request, index) => {
		const decision = decisions[(index * 7) % decisions.length]!;
		const at = new Date(start + index * 60_000).toISOString();
		journal.push({seq: index + 1, at, request: request.key, from: 'pending', to: statusOfDecision[decision], batch: `b${index + 1}`, bulk: false});
		return {...request, status: statusOfDecision[decision], decidedAt: at};
	});
	return {...db, requests, journal, counters: {...db.counters, journal: journal.length}};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
	const db = decidedByHand(ctx.db);
	let started = performance.now();
	const cpu = process.cpuUsage();
	const learning = Learning.fromDatabase(db);
	const learnFromEveryDecisionMs = performance.now() - started;
	// Wall time suffers when other processes share the two cores; CPU time less so.
	const used = process.cpuUsage(cpu);

	const classifier = Classifier.build(db, {learning});
	started = performance.now();
	learning.tally(request => classifier.suggest(request, false));
	const tallyRulesMs = performance.now() - started;

	const times: number[] = [];
	for (const request of db.requests.slice(0, 200)) {
		const at = performance.now();
		learning.update(db, [request.key], other => classifier.suggest(other, false));
		times.push(performance.now() - at);
	}

	const sample = db.requests.slice(0, 2000);
	started = performance.now();
	for (const request of sample) classifier.suggest(request, false);
	const without = performance.now() - started;
	started = performance.now();
	for (const request of sample) classifier.suggest(request);
	const withLearning = performance.now() - started;

	return {
		decisionsLearnedFrom: learning.decisions,
		learnFromEveryDecisionMs: Math.round(learnFromEveryDecisionMs),
		learnFromEveryDecisionCpuMs: Math.round((used.user + used.system) / 1000),
		tallyRulesAgainstDecisionsMs: Math.round(tallyRulesMs),
		oneMoreDecisionMs: Math.round(median(times) * 100) / 100,
		suggestWithoutLearningUs: Math.round((without * 1000) / sample.length),
		suggestWithLearningUs: Math.round((withLearning * 1000) / sample.length),
	};
}
