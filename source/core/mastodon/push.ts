// Push: each decision made here, carried out on the site, every step exactly
// once. A step is recorded in the database as soon as the site confirms it, so a
// sync that stops half-way (a crash, a failed request) resumes where it was and
// never repeats one. A request the site no longer has counts as done.
import type {ContactRequest, Database, PushStep, RequestStatus, Settings} from '../model.js';
import {MastodonAuthError, MastodonError, type MastodonClient} from './client.js';

/** The steps a status means on Mastodon, in order. Accept follows back; follower only lets them read along. */
export function stepsFor(status: RequestStatus, settings: Pick<Settings, 'blockSpam'>): PushStep[] {
	switch (status) {
		case 'accepted':
			return ['authorize', 'follow'];
		case 'follower':
			return ['authorize'];
		case 'ignored':
			return ['reject'];
		case 'spam':
			return settings.blockSpam ? ['reject', 'report', 'block'] : ['reject', 'report'];
		case 'pending':
			return [];
	}
}

/** Authorize and reject answer the same request: once one is done, the other can no longer be. */
const answers: Partial<Record<PushStep, PushStep>> = {authorize: 'reject', reject: 'authorize'};

/** What is still to do on the site for this request (empty: nothing queued). */
export function stepsLeft(request: ContactRequest, settings: Pick<Settings, 'blockSpam'>): PushStep[] {
	if (!request.remote) return [];
	const done = request.remote.done ?? [];
	return stepsFor(request.status, settings).filter(step => !done.includes(step) && !done.includes(answers[step]!));
}

export type PushState = {state: 'queued' | 'failed' | 'pushed'; steps: PushStep[]; error?: string; at?: string};

/** How a request stands with the site, for the inbox and `sync --json`; undefined for one netinbox does not push. */
export function pushState(request: ContactRequest, settings: Pick<Settings, 'blockSpam'>): PushState | undefined {
	const remote = request.remote;
	if (!remote) return undefined;
	const left = stepsLeft(request, settings);
	if (left.length > 0) return remote.error ? {state: 'failed', steps: left, error: remote.error, ...(remote.failedAt ? {at: remote.failedAt} : {})} : {state: 'queued', steps: left};
	if ((remote.done ?? []).length > 0) return {state: 'pushed', steps: remote.done ?? [], ...(remote.pushedAt ? {at: remote.pushedAt} : {})};
	return undefined;
}

export function queue(db: Database, instance: string): ContactRequest[] {
	return db.requests.filter(request => request.remote?.instance === instance && request.status !== 'pending' && stepsLeft(request, db.settings).length > 0);
}

/** Where pushed steps are recorded: the store for the CLI, the inbox's data while it runs. */
export type DataAccess = {
	get(): Database;
	/** Makes the change current and durable before resolving. */
	update(change: (db: Database) => Database): Promise<void>;
};

export type PushCounts = Record<PushStep, number>;
export type PushResult = {pushed: PushCounts; failed: number; failures: Array<{request: string; error: string}>};

const reportComment = 'Unsolicited follow request: contact spam.';

async function carryOut(client: MastodonClient, step: PushStep, accountId: string): Promise<'done' | 'gone'> {
	const id = encodeURIComponent(accountId);
	const paths: Record<PushStep, [string, Record<string, unknown>?]> = {
		authorize: [`/api/v1/follow_requests/${id}/authorize`],
		reject: [`/api/v1/follow_requests/${id}/reject`],
		follow: [`/api/v1/accounts/${id}/follow`],
		report: ['/api/v1/reports', {account_id: accountId, category: 'spam', comment: reportComment, forward: false}],
		block: [`/api/v1/accounts/${id}/block`],
	};
	const [path, body] = paths[step];
	try {
		await client.post(path, body);
		return 'done';
	} catch (error) {
		// Withdrawn meanwhile, or answered elsewhere: there is nothing left to do there.
		if (error instanceof MastodonError && error.status === 404) return 'gone';
		throw error;
	}
}

function updateRemote(db: Database, key: string, change: (remote: NonNullable<ContactRequest['remote']>) => ContactRequest['remote']): Database {
	return {...db, requests: db.requests.map(request => (request.key === key && request.remote ? {...request, remote: change(request.remote)} : request))};
}

/** Pushes every queued decision of this instance. A 401 stops everything (log in again); other failures stay queued. */
export async function push(access: DataAccess, client: MastodonClient, now: () => Date = () => new Date()): Promise<PushResult> {
	const pushed: PushCounts = {authorize: 0, reject: 0, follow: 0, report: 0, block: 0};
	const failures: PushResult['failures'] = [];
	for (const {key} of queue(access.get(), client.instance)) {
		for (;;) {
			// Read afresh each step: the user may decide again while a sync runs.
			const request = access.get().requests.find(candidate => candidate.key === key);
			const step = request ? stepsLeft(request, access.get().settings)[0] : undefined;
			if (!request?.remote || !step) break;
			try {
				const outcome = await carryOut(client, step, request.remote.accountId);
				const at = now().toISOString();
				await access.update(db => updateRemote(db, key, remote => {
					const {error: _error, failedAt: _failedAt, ...rest} = remote;
					if (outcome === 'done') return {...rest, done: [...(remote.done ?? []), step], pushedAt: at};
					// A request withdrawn before it was answered: following back would answer nothing.
					const skipped: PushStep[] = step === 'authorize' ? [step, 'follow'] : [step];
					return {...rest, done: [...(remote.done ?? []), ...skipped], pushedAt: at, ...(step === 'authorize' || step === 'reject' ? {goneAt: remote.goneAt ?? at} : {})};
				}));
				if (outcome === 'done') pushed[step]++;
			} catch (error) {
				if (error instanceof MastodonAuthError || !(error instanceof MastodonError)) throw error;
				const at = now().toISOString();
				await access.update(db => updateRemote(db, key, remote => ({...remote, error: `${step}: ${error.message}`, failedAt: at})));
				failures.push({request: key, error: `${step}: ${error.message}`});
				break;
			}
		}
	}
	return {pushed, failed: failures.length, failures};
}
