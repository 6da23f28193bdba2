// Which decisions netinbox learns from: the ones the user made or corrected.
// A request's newest decision counts when it was not part of a bulk action: a
// bulk `A` the user left unchanged repeats the suggestion, it teaches nothing.
// Decisions the user told netinbox to forget, and everything while learning is
// off, are left out.
import type {Database, Decision, RequestStatus} from '../model.js';

export type Example = {key: string; decision: Decision; at: string};

/** A `netinbox forget`: decisions made until `at` (since `since`, when given) are no longer learned from. */
export type Forgotten = {at: string; since?: string};

export type LearningRecord = {forgotten: Forgotten[]};

const decisionOf: Partial<Record<RequestStatus, Decision>> = {accepted: 'accept', follower: 'follower', ignored: 'ignore', spam: 'spam'};

export function learningEnabled(db: Database): boolean {
	return db.settings.learning !== false;
}

export function isForgotten(at: string, forgotten: readonly Forgotten[]): boolean {
	return forgotten.some(mark => at <= mark.at && (mark.since === undefined || at >= mark.since));
}

function exampleOf(entry: Database['journal'][number], forgotten: readonly Forgotten[]): Example | undefined {
	const decision = decisionOf[entry.to];
	if (!decision || entry.bulk || isForgotten(entry.at, forgotten)) return undefined;
	return {key: entry.request, decision, at: entry.at};
}

/** The decision to learn from for one request, if any: its newest one, read from the end of the journal. */
export function userDecision(db: Database, key: string): Example | undefined {
	if (!learningEnabled(db)) return undefined;
	const entry = db.journal.findLast(item => item.request === key && !item.undoneAt);
	return entry ? exampleOf(entry, db.learning?.forgotten ?? []) : undefined;
}

/** The decisions to learn from, oldest first. */
export function userDecisions(db: Database): Example[] {
	if (!learningEnabled(db)) return [];
	const newest = new Map<string, Database['journal'][number]>();
	for (const entry of db.journal) if (!entry.undoneAt) newest.set(entry.request, entry);
	const forgotten = db.learning?.forgotten ?? [];
	const out: Example[] = [];
	for (const entry of newest.values()) {
		const example = exampleOf(entry, forgotten);
		if (example) out.push(example);
	}
	return out.sort((a, b) => a.at.localeCompare(b.at));
}
