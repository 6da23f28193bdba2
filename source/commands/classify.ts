import {Classifier} from '../core/classifier/index.js';
import {Learning} from '../core/learning/index.js';
import type {Database, Reason, RequestStatus} from '../core/model.js';

export type ClassifiedRequest = {
	id: string;
	network: string;
	status: RequestStatus;
	from: {name: string};
	suggestion: string;
	confidence: number;
	unsure: boolean;
	readyToAccept: boolean;
	reasons: Reason[];
};

export type ClassifyCommandOptions = {all?: boolean; now?: Date};

/** Pending requests and deferred ones that are ready to accept (or every request with `all`), suggested. */
export function classify(db: Database, options: ClassifyCommandOptions = {}): ClassifiedRequest[] {
	const classifier = Classifier.build(db, {...(options.now ? {now: options.now} : {}), learning: Learning.fromDatabase(db)});
	const names = new Map(db.people.map(person => [person.id, person.name]));
	const out: ClassifiedRequest[] = [];
	for (const request of db.requests) {
		if (!options.all && request.status !== 'pending' && request.status !== 'follower') continue;
		const suggestion = classifier.suggest(request);
		if (!options.all && request.status === 'follower' && !suggestion.readyToAccept) continue;
		out.push({
			id: request.id,
			network: request.network,
			status: request.status,
			from: {name: names.get(request.from) ?? request.from},
			suggestion: suggestion.decision,
			confidence: suggestion.confidence,
			unsure: suggestion.unsure,
			readyToAccept: suggestion.readyToAccept,
			reasons: suggestion.reasons,
		});
	}
	return out;
}
