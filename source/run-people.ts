// `netinbox people merge | unmerge | not-same`: the commands that change who is who.
import {UsageError} from './core/errors.js';
import {Store} from './core/store/store.js';
import {runMerge, runNotSame, runUnmerge} from './commands/people.js';
import {formatMerge, formatNotSame, formatUnmerge} from './text/people.js';
import type {CliOptions} from './cli.js';

const usage = 'people takes merge KEEP OTHER, unmerge MERGE or not-same A B, e.g. netinbox people merge p12 p40';

export async function runPeopleAction(options: CliOptions, action: string, ids: string[]): Promise<number> {
	const wanted = action === 'unmerge' ? 1 : action === 'merge' || action === 'not-same' ? 2 : 0;
	if (wanted === 0) throw new UsageError(`unknown: people ${action}. ${usage}`);
	if (ids.length !== wanted) throw new UsageError(`people ${action} takes ${wanted === 1 ? 'one merge or person id' : 'two people'} (got ${ids.length}). ${usage}`);
	const store = await Store.open(options.db, {write: true, command: `netinbox people ${action}`});
	try {
		const show = (data: unknown, text: string) => process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`);
		if (action === 'merge') {
			const result = await runMerge(store, ids[0]!, ids[1]!);
			show(result, formatMerge(result));
		} else if (action === 'unmerge') {
			const result = await runUnmerge(store, ids[0]!);
			show(result, formatUnmerge(result));
		} else {
			const result = await runNotSame(store, ids[0]!, ids[1]!);
			show(result, formatNotSame(result));
		}
		return 0;
	} finally {
		await store.close();
	}
}
