// Who the sender claims to be: a name that mixes alphabets, look-alike letters
// imitating the user or a contact, a second account under a contact's name on
// the same network, or a contact's name with their headline or a "new account"
// story. A shared common name with a clearly different profile is not.
import type {Database, Network, Person} from '../model.js';
import {differsInLooks, mixedScripts, skeleton, styled, type ScriptName} from './confusables.js';
import {dice, fold, nameKey, trigrams} from './fold.js';
import type {Library} from './library.js';
import {pitchOf} from './pitch.js';
import type {Hit} from './rules.js';

type Known = {id: string; name: string; key: string; styled: boolean; person?: Person};

export type IdentityIndex = {
	byName: Map<string, Known[]>;
	/** Per skeleton, one known person for each way of writing it (letters and styling). */
	bySkeleton: Map<string, Map<string, Known>>;
	myHeadline: string;
	/** Networks on which a person is a contact: connectedOn, or an accepted request. */
	contactOn: (person: Person) => Set<Network>;
};

/** What a sender's name and headline say, computed once per person. */
export type SenderFacts = {key: string; skeleton: string; styled: boolean; mixed?: ScriptName[]; pitchy?: string};

function isKnown(person: Person, talkedTo: Set<string>, accepted: Map<string, Set<Network>>): boolean {
	return Object.keys(person.connectedOn).length > 0 || !!person.notes || !!person.vouched || talkedTo.has(person.id) || accepted.has(person.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** `talkedTo`: people the user wrote to or met (a meeting or an interaction not only from them). */
export function buildIdentityIndex(db: Database, talkedTo: Set<string>): IdentityIndex {
	const accepted = new Map<string, Set<Network>>();
	for (const request of db.requests) {
		if (request.status !== 'accepted') continue;
		const set = accepted.get(request.from) ?? new Set();
		set.add(request.network);
		accepted.set(request.from, set);
	}
	const byName = new Map<string, Known[]>();
	const bySkeleton = new Map<string, Map<string, Known>>();
	const add = (id: string, shownAs: string, name: string, person?: Person) => {
		const known: Known = {id, name: shownAs, key: nameKey(name), styled: styled(name), ...(person ? {person} : {})};
		if (known.key) push(byName, known.key, known);
		const shape = skeleton(name);
		if (!shape) return;
		const spellings = bySkeleton.get(shape) ?? new Map<string, Known>();
		const spelling = `${known.key}\u0000${known.styled}`;
		if (!spellings.has(spelling) || id === 'me') spellings.set(spelling, known);
		bySkeleton.set(shape, spellings);
	};
	for (const person of db.people) {
		if (!isKnown(person, talkedTo, accepted)) continue;
		for (const name of [person.name, ...person.aliases]) add(person.id, person.name, name, person);
	}
	if (db.me.name) add('me', db.me.name, db.me.name);
	const profile = db.me.profile ?? '';
	const end = profile.search(/\n|\.\s/);
	return {
		byName,
		bySkeleton,
		myHeadline: end > 0 ? profile.slice(0, end) : profile.slice(0, 120),
		contactOn: person => new Set([...(Object.keys(person.connectedOn) as Network[]), ...(accepted.get(person.id) ?? [])]),
	};
}

export function senderFacts(sender: Person, library: Library): SenderFacts {
	const label = [sender.name, sender.headline].filter(Boolean).join(' | ');
	const pitchy = pitchOf(fold(label), label, library).score >= 2 || /[💰💸🤑📈🚀💎]/u.test(label);
	const mixed = mixedScripts(sender.name);
	return {
		key: nameKey(sender.name),
		skeleton: skeleton(sender.name),
		styled: styled(sender.name),
		...(mixed ? {mixed} : {}),
		...(pitchy ? {pitchy: label.length > 60 ? `${label.slice(0, 59)}…` : label} : {}),
	};
}

const similarText = (a: string | undefined, b: string | undefined) =>
	!!a && !!b && (fold(a) === fold(b) || dice(trigrams(fold(a)), trigrams(fold(b))) >= 0.75);

function sameProfile(sender: Person, known: Known, index: IdentityIndex): boolean {
	if (known.id === 'me') return similarText(sender.headline, index.myHeadline) || (!!sender.company && fold(index.myHeadline).includes(fold(sender.company)));
	const other = known.person!;
	return similarText(sender.headline, other.headline) || (!!sender.company && !!other.company && fold(sender.company) === fold(other.company));
}

function clearlySomeoneElse(sender: Person, other: Person): boolean {
	const differs = (a?: string, b?: string) => !!a && !!b && fold(a) !== fold(b) && !similarText(a, b);
	return differs(sender.company, other.company) && (differs(sender.location, other.location) || differs(sender.headline, other.headline));
}

const who = (known: Known) => (known.id === 'me' ? 'you' : known.name);

export function identityHits(sender: Person, facts: SenderFacts, network: Network, newAccountClaim: boolean, index: IdentityIndex): Hit[] {
	const hits: Hit[] = [];
	let lookalike: Known | undefined;
	for (const known of index.bySkeleton.get(facts.skeleton)?.values() ?? []) {
		if (known.id !== sender.id && differsInLooks(facts.key, facts.styled, known.key, known.styled)) lookalike = known;
	}
	if (facts.mixed) {
		hits.push({rule: 'MIXED_SCRIPT_NAME', text: `name mixes ${facts.mixed.join(' and ')} letters${lookalike ? `: looks like ${who(lookalike)}` : ''}`});
	} else if (lookalike) {
		hits.push({rule: 'LOOKALIKE_NAME', text: `name uses look-alike characters: looks like ${lookalike.id === 'me' ? 'your own name' : lookalike.name}`});
	}
	if (!facts.mixed && !lookalike) {
		for (const twin of index.byName.get(facts.key) ?? []) {
			if (twin.id === sender.id) continue;
			const onThisNetwork = twin.person && index.contactOn(twin.person).has(network);
			if (onThisNetwork && !clearlySomeoneElse(sender, twin.person!)) {
				hits.push({rule: 'CLONE_OF_CONTACT', text: `${twin.name} is already your contact on ${network}: a second account under the same name`});
				break;
			}
			if (sameProfile(sender, twin, index) || newAccountClaim) {
				const because = newAccountClaim ? 'and claims a new account' : 'with the same headline or company';
				hits.push({rule: 'IMPERSONATION', text: `${twin.id === 'me' ? 'your own name' : `the name of your contact ${twin.name}`} ${because}`});
				break;
			}
			if (twin.id !== 'me') {
				hits.push({rule: 'NAME_TWIN', text: `same name as your contact ${twin.name}, but clearly someone else (${sender.company ?? sender.location ?? 'another profile'})`});
				break;
			}
		}
	}
	if (facts.pitchy) hits.push({rule: 'PITCH_IN_NAME', text: `pitchy name or headline: "${facts.pitchy}"`});
	return hits;
}
