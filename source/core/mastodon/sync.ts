// A sync with Mastodon: pull what the site has, merge it like an import, mark
// which requests the site still lists, then push the decisions made since.
import {mergeBatch} from '../importers/merge.js';
import {requestKey, type Database} from '../model.js';
import {MastodonClient, type ClientOptions} from './client.js';
import type {Credentials} from './login.js';
import {pull, type PullLimits} from './pull.js';
import {push, type DataAccess, type PushCounts} from './push.js';

export type SyncSummary = {
	instance: string;
	pulled: {requests: number; people: number; interactions: number};
	pushed: PushCounts;
	failed: number;
	failures: Array<{request: string; error: string}>;
	/** Requests pending here that the site no longer lists (withdrawn, or answered elsewhere). */
	gone: number;
};

export type SyncOptions = ClientOptions & {now?: () => Date; limits?: PullLimits; onStep?: (what: string) => void};

/** Records the site's account ids on the requests it lists; marks the ones it stopped listing. */
export function markListed(db: Database, instance: string, listed: Map<string, string>, now: Date): {data: Database; gone: number} {
	let gone = 0;
	const keys = new Map([...listed].map(([address, id]) => [requestKey('mastodon', address), id]));
	const requests = db.requests.map(request => {
		if (request.network !== 'mastodon') return request;
		const accountId = keys.get(request.key);
		if (accountId !== undefined) {
			if (request.remote?.instance === instance && request.remote.accountId === accountId && !request.remote.goneAt) return request;
			const {goneAt: _goneAt, ...kept} = request.remote?.instance === instance ? request.remote : {instance, accountId};
			return {...request, remote: {...kept, instance, accountId}};
		}
		if (request.remote?.instance !== instance || request.status !== 'pending' || request.remote.goneAt) return request;
		gone++;
		return {...request, remote: {...request.remote, goneAt: now.toISOString()}};
	});
	return gone === 0 && requests.every((request, index) => request === db.requests[index]) ? {data: db, gone} : {data: {...db, requests}, gone};
}

export async function syncMastodon(access: DataAccess, credentials: Credentials, options: SyncOptions = {}): Promise<SyncSummary> {
	const {now = () => new Date(), limits, onStep, ...clientOptions} = options;
	const client = new MastodonClient(credentials.instance, {...clientOptions, token: credentials.token});
	onStep?.(`pulling from ${credentials.instance}`);
	const {batch, requests} = await pull(client, credentials.account, now(), limits);
	let summary: ReturnType<typeof mergeBatch>['summary'] | undefined;
	let gone = 0;
	await access.update(db => {
		const merged = mergeBatch(db, batch);
		summary = merged.summary;
		const marked = markListed(merged.data, credentials.instance, requests, now());
		gone = marked.gone;
		return marked.data;
	});
	onStep?.(`pushing decisions to ${credentials.instance}`);
	const pushed = await push(access, client, now);
	return {
		instance: credentials.instance,
		pulled: {
			requests: requests.size,
			people: summary!.people.added + summary!.people.updated,
			interactions: summary!.interactions.added,
		},
		pushed: pushed.pushed,
		failed: pushed.failed,
		failures: pushed.failures,
		gone,
	};
}
