// The commands that carry decisions out of netinbox: mastodon, sync, todo, reply.
import type {CliOptions} from '../cli.js';
import {resolveRequestIds} from '../core/actions.js';
import {UsageError} from '../core/errors.js';
import {markAsked} from '../core/replies/answer.js';
import {draftFor} from '../core/replies/templates.js';
import {sanitizeText} from '../core/sanitize.js';
import {queue} from '../core/mastodon/push.js';
import {loadCredentials} from '../core/mastodon/login.js';
import type {Store} from '../core/store/store.js';
import {formatSync, runMastodon, runSync} from './mastodon.js';
import {formatTodos, listTodos, tick, todosCsv} from './todo.js';

type Print = (options: CliOptions, data: unknown, text: string) => void;
type WithStore = <T>(options: CliOptions, write: boolean, command: string, run: (store: Store) => Promise<T>) => Promise<T>;

export async function runActing(options: CliOptions, print: Print, withStore: WithStore): Promise<number> {
	switch (options.command) {
		case 'mastodon': {
			const {result, text} = await runMastodon(options.args, options.token === undefined ? {} : {token: options.token});
			print(options, result, text);
			return 0;
		}
		case 'sync':
			return withStore(options, true, 'sync', async store => {
				const summary = await runSync(store, options.args);
				const credentials = await loadCredentials();
				const queued = credentials ? queue(store.data, credentials.instance).length : 0;
				const {failures, ...rest} = summary;
				print(options, {...rest, queued, failures}, formatSync(summary, queued));
				return summary.failed > 0 ? 1 : 0;
			});
		case 'todo': {
			const [action, ...ids] = options.args;
			if (action !== undefined && action !== 'done') throw new UsageError(`todo ${action}: unknown; use netinbox todo, or todo done ID…`);
			if (options.csv && options.json) throw new UsageError('--csv and --json: choose one');
			if (action === 'done') {
				return withStore(options, true, 'todo', async store => {
					const {data, changed, keys} = tick(store.data, ids);
					if (changed > 0) await store.save(data);
					print(options, {done: keys}, `ticked off ${changed} to-do${changed === 1 ? '' : 's'}`);
					return 0;
				});
			}
			return withStore(options, false, 'todo', async store => {
				const list = await listTodos(store.data, {...(options.network ? {network: options.network} : {}), all: options.all});
				if (options.csv) process.stdout.write(todosCsv(list));
				else print(options, list, formatTodos(list));
				return 0;
			});
		}
		case 'reply': {
			const [id, ...rest] = options.args;
			if (!id || rest.length > 0) throw new UsageError('reply needs one request id, e.g. netinbox reply r-001');
			return withStore(options, !!options.asked, 'reply', async store => {
				const [key] = resolveRequestIds(store.data, [id]);
				const request = store.data.requests.find(candidate => candidate.key === key)!;
				const person = store.data.people.find(candidate => candidate.id === request.from);
				const draft = await draftFor(request, person, store.data.me, options.template);
				if (options.asked) await store.save(markAsked(store.data, new Set([key!]), new Date()));
				// The text is meant to be sent as it is: printed unchanged, only what a terminal would act on is made visible.
				print(options, {request: key, template: draft.template, text: draft.text, asked: !!options.asked}, sanitizeText(draft.text));
				return 0;
			});
		}
		default:
			throw new UsageError(`unknown command "${options.command}"`);
	}
}
