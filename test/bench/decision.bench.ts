// A decision from key to durable on disk, and how long it blocks the keys:
// one at a time, ten in quick succession, and every pending request at once;
// and what quitting costs (the journal is folded into the file).
import {decide} from '../../source/core/actions.js';
import type {Database} from '../../source/core/model.js';
import {Store} from '../../source/core/store/store.js';
import {max, measureBlocking, median} from './measure.js';
import type {BenchContext} from './types.js';

export const name = 'decision';

export const targets = {oneDurableMs: {max: 50}, oneBlockedMs: {max: 16}};

const pendingKeys = (db: Database) => db.requests.filter(request => request.status === 'pending').map(request => request.key);

export async function run({file}: BenchContext): Promise<Record<string, number>> {
	const store = await Store.open(file, {write: true, command: 'bench'});
	let closed = false;
	try {
		const keys = pendingKeys(store.data);
		// As the inbox does it: the decision applies at once, the save follows.
		const decideAndSave = (some: string[]) => {
			const {data} = decide(store.data, some, 'ignore');
			return store.save(data);
		};

		const singles = [];
		for (let index = 0; index < 5; index++) singles.push(await measureBlocking(() => decideAndSave([keys[index]!])));

		// Ten keys pressed faster than a save takes: the saves coalesce.
		const quick = await measureBlocking(() => Promise.all(keys.slice(5, 15).map(key => decideAndSave([key]))));

		const rest = pendingKeys(store.data);
		let decideMs = 0;
		const bulk = await measureBlocking(() => {
			const start = performance.now();
			const {data} = decide(store.data, rest, 'ignore');
			decideMs = performance.now() - start;
			return store.save(data);
		});
		// Quitting folds the journal into the file.
		const quit = await measureBlocking(() => store.close());
		closed = true;
		return {
			quitMs: quit.ms,
			oneDurableMs: median(singles.map(single => single.ms)),
			oneDurableMaxMs: max(singles.map(single => single.ms)),
			oneBlockedMs: median(singles.map(single => single.blockedMs)),
			oneBlockedMaxMs: max(singles.map(single => single.blockedMs)),
			tenQuickDurableMs: quick.ms,
			tenQuickBlockedMs: quick.blockedMs,
			bulkCount: rest.length,
			bulkDecideMs: decideMs,
			bulkDurableMs: bulk.ms,
			bulkBlockedMs: bulk.blockedMs,
		};
	} finally {
		if (!closed) await store.close();
	}
}
