// The domain types. Plain data only: everything here survives JSON.stringify.

export const networks = ['linkedin', 'xing', 'facebook', 'twitter', 'mastodon', 'instagram', 'other'] as const;
export type Network = (typeof networks)[number];

export const channels = [...networks, 'email', 'phone', 'in-person'] as const;
export type Channel = (typeof channels)[number];

export const interactionKinds = ['message', 'reply', 'mention', 'comment', 'like', 'follow', 'meeting', 'call', 'email'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const directions = ['in', 'out', 'both'] as const;
export type Direction = (typeof directions)[number];

export const requestStatuses = ['pending', 'accepted', 'follower', 'ignored', 'spam'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const decisions = ['accept', 'follower', 'ignore', 'spam'] as const;
export type Decision = (typeof decisions)[number];

export const statusOfDecision: Record<Decision, RequestStatus> = {
	accept: 'accepted',
	follower: 'follower',
	ignore: 'ignored',
	spam: 'spam',
};

export const strictnessLevels = ['default', 'strict', 'lenient'] as const;
export type Strictness = (typeof strictnessLevels)[number];

/** Where a record came from: the importer's format and the id it had there. */
export type SourceRef = {format: string; id: string};

/** Handles per network, as the network shows them (`@annam`, `anna-mueller-12ab`). */
export type Handles = Partial<Record<string, string>>;

export type Person = {
	/** Internal id, stable for the life of the database (`p1`, `p2` …). */
	id: string;
	name: string;
	/** The source knew only an id or address (`X user 294857103`); a real name replaces it. */
	placeholderName?: boolean;
	aliases: string[];
	handles: Handles;
	company?: string;
	headline?: string;
	location?: string;
	profileUrl?: string;
	mutualContacts?: number;
	notes?: string;
	tags: string[];
	/** Already a contact on these networks, since the given date. Never an interaction. */
	connectedOn: Partial<Record<Network, string>>;
	sources: SourceRef[];
	/** The user would recommend this person. */
	vouched?: {at: string; note?: string};
};

export type ContactRequest = {
	/** Internal key, unique in the database: `${network}:${id}`. */
	key: string;
	/** The id the request was imported under; shown to the user. */
	id: string;
	network: Network;
	/** Person id of the sender. */
	from: string;
	receivedAt: string;
	/** false: the export gave no date, so `receivedAt` is when the request was first imported. */
	dateKnown?: false;
	/** null: no message. */
	message: string | null;
	status: RequestStatus;
	decidedAt?: string;
	source: SourceRef;
	/** The request as the site knows it, where netinbox acts there itself (Mastodon). */
	remote?: RemoteRequest;
	/** The user asked the sender why they want to connect (a reply), at this time; the request stays pending. */
	askedAt?: string;
	/** The to-do this decision left on the network was ticked off by hand, at this time. */
	doneAt?: string;
};

/** What netinbox does on a site to carry a decision out there. */
export const pushSteps = ['authorize', 'reject', 'follow', 'report', 'block'] as const;
export type PushStep = (typeof pushSteps)[number];

export type RemoteRequest = {
	/** `https://mastodon.social`: the server the account id belongs to. */
	instance: string;
	accountId: string;
	/** The site stopped listing it while it was pending here: withdrawn, or answered elsewhere. */
	goneAt?: string;
	/** Steps done on the site, each exactly once. */
	done?: PushStep[];
	pushedAt?: string;
	/** The last push failed (it stays queued): why, and when. */
	error?: string;
	failedAt?: string;
};

export type Interaction = {
	id: string;
	person: string;
	at: string;
	channel: Channel;
	kind: InteractionKind;
	direction: Direction;
	text?: string;
	/** Logged by the user in the inbox, not imported: theirs to edit or remove. */
	logged?: true;
};

export type Me = {
	name?: string;
	handles: Handles;
	profile?: string;
};

export type Settings = {
	strictness: Strictness;
	/** Suggestions learn from the user's own decisions; on unless set to false. */
	learning?: boolean;
	/** Spam on Mastodon is blocked as well as reported. */
	blockSpam?: boolean;
};

export type JournalEntry = {
	/** Increasing number; undo takes the newest entries that are not undone yet. */
	seq: number;
	at: string;
	/** Request key. */
	request: string;
	from: RequestStatus;
	to: RequestStatus;
	/** Entries that were one user action share a batch id; a single decision has its own. */
	batch: string;
	/** Part of a bulk action of more than one request. */
	bulk: boolean;
	/** Set when this entry was undone. */
	undoneAt?: string;
};

/** Two records the user merged into one: enough to take the merge back. */
export type MergeRecord = {
	id: string;
	at: string;
	/** The record that stayed, as it was before the merge. */
	kept: Person;
	/** The record merged into it, as it was. */
	removed: Person;
	/** Interactions and requests (keys) that were the removed person's. */
	interactions: string[];
	requests: string[];
	undoneAt?: string;
};

/** Who is who, as the user decided it. Optional: a database without it has no merges and no rejections. */
export type IdentityDecisions = {
	merges: MergeRecord[];
	/** Pairs the user said are not the same person: never proposed again. */
	notSame: Array<{a: string; b: string; at: string}>;
};

export const schemaVersion = 1;

export type Database = {
	version: number;
	/** Random, set when the file is first written: journals and backups name their database by it. */
	id?: string;
	me: Me;
	settings: Settings;
	people: Person[];
	requests: ContactRequest[];
	interactions: Interaction[];
	journal: JournalEntry[];
	/** What the user told netinbox to forget of what it learned from their decisions. */
	learning?: {forgotten: Array<{at: string; since?: string}>};
	/** Next number for internal ids. */
	counters: {person: number; interaction: number; journal: number};
	identity?: IdentityDecisions;
};

export function emptyDatabase(): Database {
	return {
		version: schemaVersion,
		me: {handles: {}},
		settings: {strictness: 'default'},
		people: [],
		requests: [],
		interactions: [],
		journal: [],
		counters: {person: 0, interaction: 0, journal: 0},
	};
}

export function requestKey(network: Network, id: string): string {
	return `${network}:${id}`;
}

/**
 * One line of why: `met in person 2025-03-04 (BarCamp Hamburg)`. A positive
 * weight speaks for knowing the sender (toward accept), a negative one against.
 */
export type Reason = {rule: string; text: string; weight: number};

export type Suggestion = {
	decision: Decision;
	/** 0…1. */
	confidence: number;
	/** Low confidence: shown as unsure, never hidden. */
	unsure: boolean;
	/** Strongest first. Never empty. */
	reasons: Reason[];
	/** A request deferred to follower whose sender is now in real dialogue. */
	readyToAccept: boolean;
};
