// Every figure of "your network at a glance", from one place: the Stats
// screen, `netinbox stats` and its --json and --csv all read this. Pure
// functions over the database and the suggestions; the costly parts are
// cached by the identity of the lists they read, so reopening is free.
import type {ContactRequest, Database, Network, Suggestion} from '../model.js';
import {contacts, type Contacts} from './network.js';
import {countRequests, waiting, type Counts, type StatusCounts, type Waiting} from './requests.js';
import {screening, type Screening} from './screening.js';

export type StatsOptions = {
	/** The moment "this month" and "waiting since" are measured from. */
	now?: Date;
	/** Only requests received on or after this date (`2026-09-01`). */
	since?: string;
	/** Only this network's requests and connections. */
	network?: Network;
	/** The suggestions by request key; without them there is no screening section. */
	suggestions?: ReadonlyMap<string, Suggestion>;
	/** The other requests of a request's mass-sent cluster (Classifier.sameText). */
	sameText?: (key: string) => string[];
};

export type Stats = Counts & {
	/** Requests counted (after --since and --network). */
	requests: number;
	/** People who sent the requests counted. */
	senders: number;
	people: number;
	interactions: number;
	filters: {since?: string; network?: Network};
	waiting: Waiting;
	/** Pending and decided, in the words of the decisions. */
	decisions: {pending: number; accept: number; follower: number; ignore: number; spam: number};
	contacts: Contacts;
	/** Absent until the suggestions are there. */
	screening?: Screening;
};

const filtered = new WeakMap<ContactRequest[], Map<string, ContactRequest[]>>();

function selectRequests(requests: ContactRequest[], since: string | undefined, network: Network | undefined): ContactRequest[] {
	if (!since && !network) return requests;
	const id = `${since ?? ''}|${network ?? ''}`;
	const cache = filtered.get(requests) ?? new Map<string, ContactRequest[]>();
	filtered.set(requests, cache);
	let out = cache.get(id);
	if (!out) {
		const from = since ? Date.parse(since) : -Infinity;
		out = requests.filter(request => (!network || request.network === network) && Date.parse(request.receivedAt) >= from);
		cache.set(id, out);
	}
	return out;
}

const decisionCounts = (byStatus: StatusCounts): Stats['decisions'] => ({
	pending: byStatus.pending,
	accept: byStatus.accepted,
	follower: byStatus.follower,
	ignore: byStatus.ignored,
	spam: byStatus.spam,
});

type Cached = {people: Database['people']; interactions: Database['interactions']; suggestions: StatsOptions['suggestions']; stats: Stats};

/** The last figures per request list and options: reopening the Stats screen on unchanged data costs a lookup. */
const results = new WeakMap<ContactRequest[], Map<string, Cached>>();

export function networkStats(db: Database, options: StatsOptions = {}): Stats {
	const now = options.now ?? new Date();
	// To the minute: a caller that asks again a moment later (each frame has its own "now") gets the same figures.
	const id = `${Math.floor(now.getTime() / 60_000)}|${options.since ?? ''}|${options.network ?? ''}`;
	const cache = results.get(db.requests) ?? new Map<string, Cached>();
	results.set(db.requests, cache);
	const hit = cache.get(id);
	if (hit && hit.people === db.people && hit.interactions === db.interactions && hit.suggestions === options.suggestions) return hit.stats;
	const stats = compute(db, now, options);
	cache.set(id, {people: db.people, interactions: db.interactions, suggestions: options.suggestions, stats});
	return stats;
}

function compute(db: Database, now: Date, options: StatsOptions): Stats {
	const {since, network, suggestions, sameText = () => []} = options;
	const requests = selectRequests(db.requests, since, network);
	const counts = countRequests(requests, now, since);
	let byKey: Map<string, ContactRequest> | undefined;
	const lookup = (key: string) => (byKey ??= new Map(db.requests.map(request => [request.key, request]))).get(key);
	return {
		requests: requests.length,
		senders: new Set(requests.map(request => request.from)).size,
		people: db.people.length,
		interactions: db.interactions.length,
		filters: {...(since ? {since} : {}), ...(network ? {network} : {})},
		...counts,
		waiting: waiting(requests, now),
		decisions: decisionCounts(counts.byStatus),
		contacts: contacts(db, network),
		...(suggestions ? {screening: screening(requests, suggestions, sameText, lookup)} : {}),
	};
}

export {monthName} from './months.js';
export {networkName, ruleLabel} from './labels.js';
export type {Contacts, NetworkCount} from './network.js';
export type {MonthRow, StatusCounts, Waiting} from './requests.js';
export type {MassSentText, Override, ReasonCount, Screening} from './screening.js';
