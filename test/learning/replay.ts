// A replay of a labelled corpus in time order, as a user who decides every
// request by its label: each request is suggested when it arrives, with and
// without what the decisions before it taught, then decided. The second half
// is scored both ways.
import {Classifier, type ClassifyOptions} from '../../source/core/classifier/index.js';
import {score, type Labels, type Score} from '../../source/core/classifier/score.js';
import {Learning} from '../../source/core/learning/index.js';
import type {Database, Suggestion} from '../../source/core/model.js';

export type Replay = {without: Score; with: Score; learnedFrom: number; changed: Array<{id: string; expect: string; without: string; with: string}>};

export function replay(db: Database, labels: Labels, options: ClassifyOptions = {}): Replay {
	const learning = new Learning();
	const classifier = Classifier.build(db, {...options, learning});
	const names = new Map(db.people.map(person => [person.id, person.name]));
	const requests = db.requests.filter(request => labels[request.id]).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
	const half = Math.floor(requests.length / 2);
	const without = new Map<string, Suggestion>();
	const learned = new Map<string, Suggestion>();
	for (const [index, request] of requests.entries()) {
		const base = classifier.suggest(request, false);
		if (index >= half) {
			without.set(request.id, base);
			learned.set(request.id, classifier.suggest(request));
		}
		learning.add(request, {decision: labels[request.id]!.expect, at: request.receivedAt}, names.get(request.from) ?? '', base);
	}
	const secondHalf = Object.fromEntries(requests.slice(half).map(request => [request.id, labels[request.id]!]));
	const changed = [...learned].filter(([id, suggestion]) => suggestion.decision !== without.get(id)!.decision)
		.map(([id, suggestion]) => ({id, expect: secondHalf[id]!.expect, without: without.get(id)!.decision, with: suggestion.decision}));
	return {without: score(secondHalf, id => without.get(id)), with: score(secondHalf, id => learned.get(id)), learnedFrom: half, changed};
}
