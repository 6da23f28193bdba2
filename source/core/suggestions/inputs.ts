// What a suggestion is computed from, as a short digest per request: the
// classifier's version, the templates, the settings and the user; the request;
// its sender, their history and the contacts their name or message could be
// taken for. The mass-sent cluster is added by the cache, which knows it.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import builtin from '../../../data/templates.json' with {type: 'json'};
import {skeleton} from '../classifier/confusables.js';
import {fold, nameKey, words} from '../classifier/fold.js';
import {classifierVersion} from '../classifier/version.js';
import type {ContactRequest, Database, Interaction, Person, RequestStatus} from '../model.js';
import {configDir} from '../paths.js';

export type SuggestionInputs = {
	/** Per request key: the digest of everything its suggestion reads except its cluster. */
	own: Map<string, string>;
	/** Every request's text, sender and date: while it is unchanged, so are the mass-sent clusters. */
	corpus: string;
	/** The people the classifier counts as known, whose names a sender may copy. */
	known: string;
};

/** The user's templates.json as text, '' when there is none: suggestions depend on it. */
export function templatesText(dir = configDir()): string {
	try {
		return readFileSync(path.join(dir, 'templates.json'), 'utf8');
	} catch {
		return '';
	}
}

/**
 * A request's status as its suggestion reads it: only a deferred follower can
 * be "ready to accept"; accepting, ignoring or reporting it leaves the
 * suggestion as it was. (Whether it is accepted counts elsewhere: it makes
 * the sender a known contact, see `known`.)
 */
export function statusInput(status: RequestStatus): string {
	return status === 'follower' ? 'follower' : 'other';
}

/** Whether a change of status can change the request's suggestion. */
export function changesSuggestion(from: RequestStatus, to: RequestStatus): boolean {
	return statusInput(from) !== statusInput(to);
}

const builtinDigest = digest(JSON.stringify(builtin));

function digest(text: string): string {
	return createHash('sha1').update(text).digest('base64url').slice(0, 20);
}

/** The request as its suggestion reads it: everything but when it was decided, and its status as statusInput says. */
function requestInput({status, decidedAt: _decidedAt, ...rest}: ContactRequest): string {
	return `${JSON.stringify(rest)}\u0001${statusInput(status)}`;
}

/** The people the classifier treats as known: a contact, a note, a vouch, an accepted request, or someone the user talked to. */
function knownPeople(db: Database, talkedTo: Set<string>, accepted: Map<string, string[]>): Person[] {
	return db.people.filter(person => Object.keys(person.connectedOn).length > 0 || !!person.notes || !!person.vouched || talkedTo.has(person.id) || accepted.has(person.id));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * `templates`: the text of the user's templates.json ('' when there is none).
 * One pass over the interactions and the requests, then a digest per request.
 */
export function suggestionInputs(db: Database, templates: string): SuggestionInputs {
	const common = [classifierVersion, builtinDigest, digest(templates), JSON.stringify(db.settings), JSON.stringify(db.me)].join('\u0001');
	const senders = new Set(db.requests.map(request => request.from));
	const history = new Map<string, Interaction[]>();
	const talkedTo = new Set<string>();
	for (const interaction of db.interactions) {
		if (interaction.direction !== 'in' || interaction.kind === 'meeting') talkedTo.add(interaction.person);
		if (!senders.has(interaction.person)) continue;
		const list = history.get(interaction.person);
		if (list) list.push(interaction);
		else history.set(interaction.person, [interaction]);
	}
	const accepted = new Map<string, string[]>();
	for (const request of db.requests) if (request.status === 'accepted') push(accepted, request.from, request.network);
	const people = new Map(db.people.map(person => [person.id, person]));

	// The contacts a name or message could be taken for, found by the same name forms the classifier compares.
	const known = new Map<string, string>();
	const byName = new Map<string, string[]>();
	const firstWords = new Set<string>();
	for (const person of knownPeople(db, talkedTo, accepted)) {
		known.set(person.id, `${JSON.stringify([person.id, person.name, person.aliases, person.headline, person.connectedOn])}${accepted.get(person.id)?.join(',') ?? ''}`);
		for (const name of [person.name, ...person.aliases]) {
			const key = nameKey(name);
			push(byName, `k:${key}`, person.id);
			firstWords.add(key.split(' ', 1)[0]!);
			push(byName, `s:${skeleton(name)}`, person.id);
		}
	}
	const ids = (found: Set<string>) => [...found].sort().map(id => known.get(id)).join('\u0002');
	const namesakes = (sender: Person): string => {
		const found = new Set<string>();
		for (const name of [sender.name, ...sender.aliases]) {
			for (const id of byName.get(`k:${nameKey(name)}`) ?? []) found.add(id);
			for (const id of byName.get(`s:${skeleton(name)}`) ?? []) found.add(id);
		}
		return ids(found);
	};
	const namedIn = (message: string | null): string => {
		const found = new Set<string>();
		const tokens = message ? words(fold(message)) : [];
		for (let i = 0; i + 1 < tokens.length; i++) {
			if (!firstWords.has(tokens[i]!)) continue;
			for (const length of [2, 3]) for (const id of byName.get(`k:${tokens.slice(i, i + length).join(' ')}`) ?? []) found.add(id);
		}
		return ids(found);
	};
	// Once per sender: the person, how they are a contact, their history, the contacts their name resembles.
	const senderDigests = new Map<string, string>();
	const senderDigest = (id: string): string => {
		let known = senderDigests.get(id);
		if (known === undefined) {
			const sender = people.get(id);
			known = digest([JSON.stringify(sender ?? null), accepted.get(id)?.join(',') ?? '', sender ? namesakes(sender) : '', JSON.stringify(history.get(id) ?? [])].join('\u0001'));
			senderDigests.set(id, known);
		}
		return known;
	};

	const own = new Map<string, string>();
	const corpus = createHash('sha1').update(common);
	const corpusText: string[] = [];
	for (const request of db.requests) {
		own.set(request.key, digest(`${common}\u0001${requestInput(request)}\u0001${senderDigest(request.from)}\u0001${namedIn(request.message)}`));
		corpusText.push(`${request.key}\u0001${request.from}\u0001${people.get(request.from)?.name ?? ''}\u0001${request.receivedAt}\u0001${request.message ?? ''}`);
	}
	corpus.update(corpusText.join('\u0000'));
	return {own, corpus: corpus.digest('base64url'), known: digest([...known.values()].join('\u0002'))};
}
