// The commands that carry decisions out of netinbox: mastodon, sync, todo, reply.
import type {CliOptions} from '../cli.js';
import {UsageError} from '../core/errors.js';
import {queue} from '../core/mastodon/push.js';
import {loadCredentials} from '../core/mastodon/login.js';
import type {Store} from '../core/store/store.js';
import {formatSync, runMastodon, runSync} from './mastodon.js';

type Print = (options: CliOptions, data: unknown, text: string) => void;
type WithStore = <T>(file: string, write: boolean, command: string, run: (store: Store) => Promise<T>) => Promise<T>;

export async function runActing(options: CliOptions, print: Print, withStore: WithStore): Promise<number> {
	switch (options.command) {
		case 'mastodon': {
			const {result, text} = await runMastodon(options.args, options.token === undefined ? {} : {token: options.token});
			print(options, result, text);
			return 0;
		}
		case 'sync':
			return withStore(options.db, true, 'sync', async store => {
				const summary = await runSync(store, options.args);
				const credentials = await loadCredentials();
				const queued = credentials ? queue(store.data, credentials.instance).length : 0;
				const {failures, ...rest} = summary;
				print(options, {...rest, queued, failures}, formatSync(summary, queued));
				return summary.failed > 0 ? 1 : 0;
			});
		default:
			throw new UsageError(`unknown command "${options.command}"`);
	}
}
