// Pull: the pending follow requests and the history with their senders, read
// from the API into an import batch, so that they merge exactly like a saved
// follow-request page (same person, same request, never a duplicate).
import {BatchBuilder} from '../importers/builder.js';
import {accountPerson} from '../importers/mastodon.js';
import {htmlToText, type Json} from '../importers/json-path.js';
import type {ImportBatch, ImportedInteraction} from '../importers/types.js';
import {isoSeconds} from '../importers/dates.js';
import type {InteractionKind} from '../model.js';
import type {MastodonClient} from './client.js';

type Account = Record<string, Json> & {id: string};
type Mention = {id: string; acct: string; url?: string; username?: string};
type Status = {id: string; created_at: string; content?: string; visibility?: string; account: Account; in_reply_to_account_id?: string | null; mentions?: Mention[]};
type Notification = {id: string; type: string; created_at: string; account: Account; status?: Status | null};
type Conversation = {id: string; accounts: Account[]; last_status?: Status | null};

export type Pulled = {
	batch: ImportBatch;
	/** Address → account id on the instance, for every pending request the site lists. */
	requests: Map<string, string>;
};

export type PullLimits = {
	/** Pages of 40–80 items read per list; history older than that came in an earlier sync. */
	historyPages: number;
	requestPages: number;
};

const textOf = (status: Status) => htmlToText(status.content ?? '').slice(0, 2000);

/** The pending follow requests and what counts as history with people on the instance. */
export async function pull(client: MastodonClient, me: {id: string; address: string}, now: Date, limits: PullLimits = {historyPages: 5, requestPages: 50}): Promise<Pulled> {
	const builder = new BatchBuilder('mastodon');
	const file = client.instance;
	const person = (account: Account): string | undefined => {
		const found = accountPerson(account);
		return found && found.sourceId !== me.address ? builder.person(found) : undefined;
	};
	const add = (account: Account, interaction: Omit<ImportedInteraction, 'person' | 'channel'>, where: string) => {
		if (account.id === me.id) return;
		const from = person(account);
		if (from) builder.interaction({...interaction, person: from, channel: 'mastodon'}, file, where);
	};

	const requests = new Map<string, string>();
	for (const account of await client.all<Account>('/api/v1/follow_requests?limit=80', limits.requestPages)) {
		const found = accountPerson(account);
		if (!found || found.sourceId === me.address) continue;
		const fields = Array.isArray(account.fields)
			? (account.fields as Array<{name?: unknown; value?: unknown}>).filter(field => typeof field.name === 'string' && typeof field.value === 'string')
				.map(field => `${field.name as string}: ${htmlToText(field.value as string)}`)
			: [];
		if (fields.length > 0) found.headline = [found.headline, ...fields].filter(Boolean).join(' · ');
		const from = builder.person(found);
		requests.set(found.sourceId, account.id);
		builder.request({id: found.sourceId, network: 'mastodon', from, receivedAt: isoSeconds(now), receivedAtUnknown: true, message: null});
	}

	const types = ['mention', 'favourite', 'follow'].map(type => `types[]=${type}`).join('&');
	for (const notification of await client.all<Notification>(`/api/v1/notifications?limit=40&${types}`, limits.historyPages)) {
		const status = notification.status;
		const kind: InteractionKind | undefined = notification.type === 'favourite' ? 'like' : notification.type === 'follow' ? 'follow'
			: notification.type === 'mention' ? (status?.visibility === 'direct' ? 'message' : status?.in_reply_to_account_id === me.id ? 'reply' : 'mention') : undefined;
		if (!kind) continue;
		const text = kind === 'message' || kind === 'reply' || kind === 'mention' ? (status ? textOf(status) : '') : '';
		add(notification.account, {at: notification.created_at, kind, direction: 'in', ...(text ? {text} : {})}, `notification ${notification.id}`);
	}

	for (const conversation of await client.all<Conversation>('/api/v1/conversations?limit=40', limits.historyPages)) {
		const last = conversation.last_status;
		if (!last) continue;
		const mine = last.account.id === me.id;
		for (const account of conversation.accounts) {
			if (!mine && account.id !== last.account.id) continue;
			add(account, {at: last.created_at, kind: 'message', direction: mine ? 'out' : 'in', text: textOf(last)}, `conversation ${conversation.id}`);
		}
	}

	// What the user wrote to people: the other half of a dialogue.
	for (const status of await client.all<Status>(`/api/v1/accounts/${encodeURIComponent(me.id)}/statuses?limit=40`, limits.historyPages)) {
		for (const mention of status.mentions ?? []) {
			if (mention.id === me.id) continue;
			const account: Account = {id: mention.id, acct: mention.acct, ...(mention.url ? {url: mention.url} : {}), ...(mention.username ? {username: mention.username} : {})};
			const kind: InteractionKind = status.visibility === 'direct' ? 'message' : status.in_reply_to_account_id === mention.id ? 'reply' : 'mention';
			add(account, {at: status.created_at, kind, direction: 'out', text: textOf(status)}, `status ${status.id}`);
		}
	}

	for (const [list, tag] of [['followers', 'follower:mastodon'], ['following', 'following:mastodon']] as const) {
		for (const account of await client.all<Account>(`/api/v1/accounts/${encodeURIComponent(me.id)}/${list}?limit=80`, limits.historyPages)) {
			const found = accountPerson(account);
			if (found && found.sourceId !== me.address) builder.person({...found, tags: [...(found.tags ?? []), tag]});
		}
	}
	return {batch: builder.finish(), requests};
}
