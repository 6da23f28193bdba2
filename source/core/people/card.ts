// The who-is card: everything the records say about how the user knows one
// person, and a verdict to read at a glance. Plain data; text.ts and the UI show it.
import {evidenceOf, strengthOf, verdictOf, type Connection, type DialogueTally, type OneWayTally, type Verdict} from './evidence.js';
import {spoofSigns} from './names.js';
import type {ContactRequest, Database, Interaction, JournalEntry, Person, RequestStatus} from '../model.js';

export type CardRequest = Pick<ContactRequest, 'key' | 'id' | 'network' | 'receivedAt' | 'message' | 'status' | 'decidedAt'>;
export type Namesake = {id: string; name: string; verdict: Verdict};
/** Another record that is probably the same person, with the reasons (people/same.ts). */
export type ProbablyAlso = {id: string; name: string; reasons: string[]};

export type Card = {
	person: Pick<Person, 'id' | 'name' | 'aliases' | 'handles' | 'company' | 'headline' | 'location' | 'profileUrl' | 'mutualContacts' | 'sources'>;
	verdict: Verdict;
	/** The verdict with its strongest evidence, one line: `know well: met in person 3×, last 2025-11-02 (Stammtisch)`. */
	summary: string;
	vouched?: {at: string; note?: string};
	met: {count: number; first?: string; last?: string; meetings: Array<Pick<Interaction, 'at' | 'channel' | 'text'>>; byNote: boolean};
	dialogue: DialogueTally[];
	/** Follows, likes, mentions: contact, but not a dialogue. */
	oneWay: OneWayTally[];
	/** A connection is not an interaction: shown apart from the history. */
	connections: Connection[];
	requests: CardRequest[];
	/** Newest pending request from them: where "jump to request" goes. */
	pendingRequest?: string;
	journal: Array<{at: string; request: string; from: RequestStatus; to: RequestStatus; undone: boolean}>;
	notes?: string;
	tags: string[];
	/** Why to look twice: mixed scripts in the name, a better-known person of the same name. */
	warnings: string[];
	/** Other records that are probably this person: to merge, or to tell apart. */
	probablyAlso: ProbablyAlso[];
	/** Records merged into this one and not taken back, newest last: `people unmerge ID` (or U on the card) takes one back. */
	merged: Array<{merge: string; id: string; name: string; at: string}>;
};

/** `records`: interactions and requests by person id, when the caller has them grouped already (the search index does). */
export function buildCard(db: Database, person: Person, namesakes: Namesake[] = [], probablyAlso: ProbablyAlso[] = [],
	records?: {history: Map<string, Interaction[]>; requests: Map<string, ContactRequest[]>}): Card {
	const history = records ? records.history.get(person.id) ?? [] : db.interactions.filter(interaction => interaction.person === person.id);
	const requests = records ? records.requests.get(person.id) ?? [] : db.requests.filter(request => request.from === person.id);
	const evidence = evidenceOf(person, history, requests);
	const verdict = verdictOf(evidence, person);
	const keys = new Set(requests.map(request => request.key));
	const meetings = evidence.meetings;
	const card: Card = {
		person: {
			id: person.id,
			name: person.name,
			aliases: person.aliases,
			handles: person.handles,
			...pick(person, ['company', 'headline', 'location', 'profileUrl', 'mutualContacts']),
			sources: person.sources,
		},
		verdict,
		summary: '',
		...(person.vouched ? {vouched: person.vouched} : {}),
		met: {
			count: meetings.length,
			...(meetings.length > 0 ? {first: meetings.at(-1)!.at, last: meetings[0]!.at} : {}),
			meetings: meetings.map(({at, channel, text}) => ({at, channel, ...(text ? {text} : {})})),
			byNote: evidence.metByNote,
		},
		dialogue: evidence.dialogue,
		oneWay: evidence.oneWay,
		connections: evidence.connections,
		requests: evidence.requests.map(({key, id, network, receivedAt, message, status, decidedAt}) =>
			({key, id, network, receivedAt, message, status, ...(decidedAt ? {decidedAt} : {})})),
		...pendingOf(evidence.requests),
		journal: db.journal
			.filter(entry => keys.has(entry.request))
			.map((entry: JournalEntry) => ({at: entry.at, request: entry.request, from: entry.from, to: entry.to, undone: entry.undoneAt !== undefined})),
		...(person.notes ? {notes: person.notes} : {}),
		tags: person.tags,
		warnings: warningsOf(person, verdict, namesakes),
		probablyAlso,
		merged: (db.identity?.merges ?? [])
			.filter(merge => merge.kept.id === person.id && merge.undoneAt === undefined)
			.map(merge => ({merge: merge.id, id: merge.removed.id, name: merge.removed.name, at: merge.at})),
	};
	card.summary = summaryOf(card);
	return card;
}

function pick<T extends object, K extends keyof T>(record: T, keys: K[]): Partial<Pick<T, K>> {
	return Object.fromEntries(keys.filter(key => record[key] !== undefined).map(key => [key, record[key]])) as Partial<Pick<T, K>>;
}

function pendingOf(requests: ContactRequest[]): {pendingRequest?: string} {
	const pending = requests.find(request => request.status === 'pending');
	return pending ? {pendingRequest: pending.key} : {};
}

function warningsOf(person: Person, verdict: Verdict, namesakes: Namesake[]): string[] {
	const out = spoofSigns(person.name);
	const mine = strengthOf(verdict, person.vouched !== undefined);
	for (const other of namesakes) {
		if (strengthOf(other.verdict, false) > mine) out.push(`same name as ${other.name} (${other.id}), whom you ${phrase(other.verdict)}`);
	}
	return out;
}

function phrase(verdict: Verdict): string {
	return verdict === 'know well' ? 'know well' : verdict === 'in dialogue' ? 'are in dialogue with' : 'are connected with';
}

const day = (iso: string) => iso.slice(0, 10);

/** The verdict and the evidence that carries it, short enough for one line. */
export function summaryOf(card: Card): string {
	const {met, dialogue, connections, requests, vouched} = card;
	const parts: string[] = [];
	if (vouched) parts.push('you vouch for them');
	if (met.count > 0) {
		const where = met.meetings[0]?.text ? ` (${clip(met.meetings[0].text, 40)})` : '';
		parts.push(`met in person ${met.count}×, last ${day(met.last!)}${where}`);
	} else if (met.byNote) parts.push('met in person (your note)');
	if (dialogue.length > 0) {
		const heard = dialogue.reduce((sum, t) => sum + t.in + t.both, 0);
		const said = dialogue.reduce((sum, t) => sum + t.out + t.both, 0);
		const last = dialogue.reduce((latest, t) => (t.last > latest ? t.last : latest), '');
		parts.push(`${dialogue.map(t => t.channel).join(', ')} ${heard} in / ${said} out, last ${day(last)}`);
	}
	if (connections.length > 0) parts.push(`connected on ${connections.map(c => c.network).join(', ')} since ${day(connections[0]!.since)}`);
	if (parts.length === 0 && requests.length > 0) parts.push(`${requests.length} request${requests.length > 1 ? 's' : ''} from them, no contact`);
	if (parts.length === 0 && card.oneWay.length > 0) parts.push('one-way contact only (follows, likes, mentions)');
	return parts.length > 0 ? `${card.verdict}: ${parts.join('; ')}` : card.verdict;
}

function clip(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
