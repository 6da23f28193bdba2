// `netinbox mastodon login|logout|status` and `netinbox sync`: the CLI side of
// the Mastodon client. Prompts and waits go to stderr, results to stdout.
import {createInterface} from 'node:readline';
import {UsageError} from '../core/errors.js';
import {credentialsFile, loadCredentials, login, logout} from '../core/mastodon/login.js';
import {mastodonMessages} from '../core/mastodon/messages.js';
import {queue} from '../core/mastodon/push.js';
import {syncMastodon, type SyncSummary} from '../core/mastodon/sync.js';
import type {Store} from '../core/store/store.js';
import {NetinboxError} from '../core/errors.js';
import {sanitizeLine} from '../core/sanitize.js';

const say = (line: string) => process.stderr.write(`${line}\n`);
const onWait = (seconds: number, why: string) => say(`waiting ${seconds < 1 ? seconds.toFixed(1) : Math.round(seconds)} s (${why})…`);

function readLine(prompt: string): Promise<string> {
	const lines = createInterface({input: process.stdin, output: process.stderr, terminal: false});
	process.stderr.write(prompt);
	return new Promise(resolve => {
		let answered = false;
		lines.once('line', line => {
			answered = true;
			lines.close();
			resolve(line);
		});
		lines.once('close', () => {
			if (!answered) resolve('');
		});
	});
}

export type MastodonResult = {action: string; instance?: string; account?: string; revoked?: boolean; queued?: number; loggedIn: boolean};

export async function runMastodon(args: string[], options: {token?: string}): Promise<{result: MastodonResult; text: string}> {
	const [action, instance, ...rest] = args;
	if (rest.length > 0) throw new UsageError(`mastodon ${action ?? ''} takes one server, got "${rest.join(' ')}"`);
	if (options.token !== undefined && action !== 'login') throw new UsageError('--token goes with mastodon login');
	switch (action) {
		case 'login': {
			if (!instance) throw new UsageError('mastodon login needs your server, e.g. netinbox mastodon login mastodon.social');
			const done = await login(instance, {
				...(options.token !== undefined ? {token: options.token} : {}),
				onWait,
				askForCode: async url => {
					say(`Open this address, allow netinbox, and paste the code the server shows:\n\n  ${url}\n`);
					return readLine('code: ');
				},
			});
			return {
				result: {action, instance: done.instance, account: done.account.address, loggedIn: true},
				text: `logged in to ${done.instance} as @${done.account.address}; the token is kept in ${credentialsFile()} (mode 0600)\nnext: netinbox sync`,
			};
		}
		case 'logout': {
			if (instance) throw new UsageError('mastodon logout takes no server: it logs out of the one you are logged in to');
			const done = await logout({onWait});
			if (!done) return {result: {action, loggedIn: false}, text: 'not logged in to Mastodon: nothing to do'};
			const how = done.revoked ? 'the token was revoked on the server and removed here' : 'the token was removed here; revoke it on the server under Preferences → Development if you made it there';
			return {result: {action, instance: done.instance, revoked: done.revoked, loggedIn: false}, text: `logged out of ${done.instance}: ${how}`};
		}
		case 'status':
		case undefined: {
			const credentials = await loadCredentials();
			if (!credentials) return {result: {action: 'status', loggedIn: false}, text: mastodonMessages.notLoggedIn()};
			return {
				result: {action: 'status', instance: credentials.instance, account: credentials.account.address, loggedIn: true},
				text: `logged in to ${credentials.instance} as @${credentials.account.address}`,
			};
		}
		default:
			throw new UsageError(`mastodon ${action}: unknown; use login INSTANCE, logout or status`);
	}
}

export async function runSync(store: Store, args: string[]): Promise<SyncSummary> {
	const [network, ...rest] = args;
	if ((network !== undefined && network !== 'mastodon') || rest.length > 0) {
		throw new UsageError(`sync knows only mastodon (got "${args.join(' ')}"); the other networks are acted on through netinbox todo`);
	}
	const credentials = await loadCredentials();
	if (!credentials) throw new NetinboxError(mastodonMessages.notLoggedIn());
	return syncMastodon({
		get: () => store.data,
		update: change => store.save(change(store.data)),
	}, credentials, {onWait, ...(process.stderr.isTTY ? {onStep: say} : {})});
}

export function formatSync(summary: SyncSummary, queued: number): string {
	const {pulled, pushed} = summary;
	const done = ([['authorized', pushed.authorize], ['rejected', pushed.reject], ['followed back', pushed.follow], ['reported', pushed.report], ['blocked', pushed.block]] as const)
		.filter(([, count]) => count > 0).map(([what, count]) => `${count} ${what}`);
	const lines = [
		`synced with ${summary.instance}`,
		`pulled: ${pulled.requests} pending request${pulled.requests === 1 ? '' : 's'}, ${pulled.people} new or changed people, ${pulled.interactions} new interactions`,
		`pushed: ${done.length > 0 ? done.join(', ') : 'nothing to push'}`,
	];
	if (summary.gone > 0) lines.push(`${summary.gone} pending request${summary.gone === 1 ? '' : 's'} no longer on the site (withdrawn, or answered elsewhere)`);
	for (const failure of summary.failures) lines.push(`failed: ${sanitizeLine(failure.request)}: ${sanitizeLine(failure.error)}`);
	if (summary.failed > 0) lines.push(`${queued} decision${queued === 1 ? ' stays' : 's stay'} queued for the next sync`);
	return lines.join('\n');
}

export {queue};
