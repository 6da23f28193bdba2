// Suggests a decision for every request, with reasons (POLICY.md).
import type {Database, Suggestion} from '../model.js';

export type ClassifyOptions = {now?: Date};

/** Suggestions for every request in the database, by request key. */
export function classifyAll(db: Database, _options: ClassifyOptions = {}): Map<string, Suggestion> {
	// Placeholder until the rule engine lands: everything is unsure.
	const out = new Map<string, Suggestion>();
	for (const request of db.requests) {
		out.set(request.key, {
			decision: 'ignore',
			confidence: 0,
			unsure: true,
			reasons: [{rule: 'UNCLASSIFIED', text: 'not classified yet', weight: 0}],
			readyToAccept: false,
		});
	}
	return out;
}
