import {Classifier} from '../core/classifier/index.js';
import type {Database, Network, Suggestion} from '../core/model.js';
import {networkStats, type Stats} from '../core/stats/index.js';

export type {Stats} from '../core/stats/index.js';

export type StatsCommandOptions = {
	since?: string;
	network?: Network;
	now?: Date;
	/** Called as the requests are suggested: the slow part on a large database. */
	onProgress?: (done: number, total: number) => void;
};

/** Every figure of `netinbox stats`, with the screening read from fresh suggestions. */
export function stats(db: Database, options: StatsCommandOptions = {}): Stats {
	const {onProgress, ...rest} = options;
	const classifier = Classifier.build(db, rest.now ? {now: rest.now} : {});
	const suggestions = new Map<string, Suggestion>();
	db.requests.forEach((request, index) => {
		suggestions.set(request.key, classifier.suggest(request));
		if (index % 500 === 499) onProgress?.(index + 1, db.requests.length);
	});
	onProgress?.(db.requests.length, db.requests.length);
	return networkStats(db, {...rest, suggestions, sameText: key => classifier.sameText(key)});
}
