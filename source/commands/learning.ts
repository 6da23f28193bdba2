// The commands about what netinbox learned from the user's decisions:
// forgetting it, and where the user's decisions went against the rules.
import {Classifier} from '../core/classifier/index.js';
import {UsageError} from '../core/errors.js';
import {Learning, learningEnabled, userDecisions, type RuleTally} from '../core/learning/index.js';
import type {Database} from '../core/model.js';

export type ForgetResult = {forgotten: number; since?: string; learnedFrom: number};

/** Drops what was learned from the decisions made so far (since `since`, when given). Decisions made later are learned again. */
export function forget(db: Database, since: string | undefined, now = new Date()): {data: Database; result: ForgetResult} {
	let from: string | undefined;
	if (since !== undefined) {
		const parsed = Date.parse(since);
		if (Number.isNaN(parsed)) throw new UsageError(`--since must be a date like 2026-10-01 (got "${since}")`);
		from = new Date(parsed).toISOString();
	}
	const before = userDecisions(db).length;
	const mark = {at: now.toISOString(), ...(from ? {since: from} : {})};
	const data = {...db, learning: {forgotten: [...(db.learning?.forgotten ?? []), mark]}};
	const after = userDecisions(data).length;
	return {data, result: {forgotten: before - after, ...(from ? {since: from} : {}), learnedFrom: after}};
}

export type MineResult = {enabled: boolean; decisions: number; rules: RuleTally[]};

/** Per rule: how often the user decided against the suggestion it supported. */
export function mine(db: Database): MineResult {
	const learning = Learning.fromDatabase(db);
	const classifier = Classifier.build(db, {learning});
	learning.tally(request => classifier.suggest(request, false));
	return {enabled: learningEnabled(db), decisions: learning.decisions, rules: learning.disagreement.all()};
}

/** What was learned, for `export --json`: the decisions learned from, and what was forgotten. */
export function learnedExport(db: Database) {
	return {
		enabled: learningEnabled(db),
		forgotten: db.learning?.forgotten ?? [],
		decisions: userDecisions(db).map(example => ({request: example.key, decision: example.decision, at: example.at})),
	};
}
