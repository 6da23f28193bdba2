// How the user knows a person, from the records: meetings, dialogue per
// channel, one-way contact, connections, requests. The verdict is the one-line
// answer to "do I know them?", following the screening policy's order of evidence.
import type {Channel, ContactRequest, Direction, Interaction, InteractionKind, Network, Person} from '../model.js';

export const verdicts = ['know well', 'in dialogue', 'connected, never talked', 'never interacted', 'unknown'] as const;
export type Verdict = (typeof verdicts)[number];

/** Kinds that are an exchange when they go both ways; the rest (follow, like, mention) are one-way by nature. */
export const dialogueKinds: ReadonlySet<InteractionKind> = new Set(['message', 'reply', 'comment', 'email', 'call']);

export type DialogueTally = {channel: Channel; in: number; out: number; both: number; first: string; last: string};
export type OneWayTally = {channel: Channel; kind: InteractionKind; direction: Direction; count: number; last: string};
export type Connection = {network: Network; since: string; via: 'contact' | 'accepted request'};

export type Evidence = {
	/** Meetings in person, newest first. */
	meetings: Interaction[];
	/** The note says the user met them (`Exchanged cards at dmexco`), with or without a meeting on record. */
	metByNote: boolean;
	dialogue: DialogueTally[];
	/** Exchanges in both directions, over all channels. */
	inDialogue: boolean;
	oneWay: OneWayTally[];
	connections: Connection[];
	/** Requests from them, newest first. */
	requests: ContactRequest[];
	vouched: boolean;
};

// Words in a note that say the user met the person or knows them from life
// offline. Whole words, except the stems that take endings (Kolleg-e, -in).
const metWords = new RegExp(
	'(?<![\\p{L}\\p{N}])(?:' +
		'(?:met|meet|meeting|meetup|exchanged cards|in person|getroffen|kennengelernt|persönlich|gesprochen|geredet|' +
		'saß neben|sass neben|freund|freundin|friend|chef|chefin|boss)(?![\\p{L}\\p{N}])' +
		'|kolleg|colleague|schulfreund|studienfreund)',
	'iu',
);
const notMet = /(?<![\p{L}\p{N}])(never|not yet|haven't|have not|nie|noch nicht|nicht)(?![\p{L}\p{N}])[^.;\n]{0,30}(met|getroffen|kennengelernt|gesehen)/iu;

export function noteSaysMet(note: string | undefined): boolean {
	if (!note) return false;
	return metWords.test(note) && !notMet.test(note);
}

/** The evidence about one person; `history` and `requests` are theirs, in any order. */
export function evidenceOf(person: Person, history: Interaction[], requests: ContactRequest[]): Evidence {
	const meetings = history.filter(interaction => interaction.kind === 'meeting').sort((a, b) => b.at.localeCompare(a.at));
	const dialogue = new Map<Channel, DialogueTally>();
	const oneWay = new Map<string, OneWayTally>();
	let heard = false;
	let spoke = false;
	for (const interaction of history) {
		if (interaction.kind === 'meeting') continue;
		const {channel, kind, direction, at} = interaction;
		if (dialogueKinds.has(kind)) {
			const tally = dialogue.get(channel) ?? {channel, in: 0, out: 0, both: 0, first: at, last: at};
			tally[direction]++;
			if (at < tally.first) tally.first = at;
			if (at > tally.last) tally.last = at;
			dialogue.set(channel, tally);
			heard ||= direction !== 'out';
			spoke ||= direction !== 'in';
		} else {
			const key = `${channel}\u0000${kind}\u0000${direction}`;
			const tally = oneWay.get(key) ?? {channel, kind, direction, count: 0, last: at};
			tally.count++;
			if (at > tally.last) tally.last = at;
			oneWay.set(key, tally);
		}
	}
	const sorted = [...requests].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
	return {
		meetings,
		metByNote: noteSaysMet(person.notes),
		dialogue: [...dialogue.values()].sort((a, b) => b.in + b.out + b.both - (a.in + a.out + a.both)),
		inDialogue: heard && spoke,
		oneWay: [...oneWay.values()].sort((a, b) => b.count - a.count),
		connections: connectionsOf(person, sorted),
		requests: sorted,
		vouched: person.vouched !== undefined,
	};
}

/** Contacts on record, and requests from them the user accepted (a connection since the decision). */
function connectionsOf(person: Person, requests: ContactRequest[]): Connection[] {
	const out: Connection[] = Object.entries(person.connectedOn)
		.filter((entry): entry is [Network, string] => entry[1] !== undefined)
		.map(([network, since]) => ({network, since, via: 'contact' as const}));
	for (const request of requests) {
		if (request.status !== 'accepted' || out.some(connection => connection.network === request.network)) continue;
		out.push({network: request.network, since: request.decidedAt ?? request.receivedAt, via: 'accepted request'});
	}
	return out.sort((a, b) => a.since.localeCompare(b.since));
}

export function verdictOf(evidence: Evidence, person: Person): Verdict {
	if (evidence.vouched || evidence.meetings.length > 0 || evidence.metByNote) return 'know well';
	if (evidence.inDialogue) return 'in dialogue';
	if (evidence.connections.length > 0) return 'connected, never talked';
	const anything = evidence.requests.length > 0 || evidence.oneWay.length > 0 || evidence.dialogue.length > 0 ||
		Boolean(person.notes) || person.tags.length > 0;
	return anything ? 'never interacted' : 'unknown';
}

/** How well the user knows someone, for ranking: 0 (unknown) … 5 (vouched for). */
export function strengthOf(verdict: Verdict, vouched: boolean): number {
	return verdicts.length - 1 - verdicts.indexOf(verdict) + (vouched ? 1 : 0);
}

/** Interactions and requests grouped per person id, in one pass each. */
export function recordsByPerson(db: {interactions: Interaction[]; requests: ContactRequest[]}) {
	const history = new Map<string, Interaction[]>();
	for (const interaction of db.interactions) {
		const list = history.get(interaction.person);
		if (list) list.push(interaction);
		else history.set(interaction.person, [interaction]);
	}
	const requests = new Map<string, ContactRequest[]>();
	for (const request of db.requests) {
		const list = requests.get(request.from);
		if (list) list.push(request);
		else requests.set(request.from, [request]);
	}
	return {history, requests};
}
