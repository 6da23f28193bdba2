// Who the sender claims to be: a name that mixes alphabets, look-alike letters
// imitating the user or a contact, a second account under a contact's name on
// the same network, or a contact's name with their headline or a "new account"
// story. A shared common name with a clearly different profile is not.
import {pushAll} from '../arrays.js';
import type {Database, Network, Person} from '../model.js';
import {differsInLooks, mixedScripts, skeleton, styled, type ScriptName} from './confusables.js';
import {dice, fold, nameKey, trigrams, words} from './fold.js';
import type {Library} from './library.js';
import {pitchOf} from './pitch.js';
import {NearIndex, oneEdit} from './near.js';
import type {Hit} from './rules.js';

type Known = {id: string; name: string; key: string; styled: boolean; person?: Person};

export type IdentityIndex = {
	byName: Map<string, Known[]>;
	/** Known names by their one-edit neighbourhood: a swapped, dropped or added letter. */
	nearNames: NearIndex<Known>;
	/** Known handles per network, by their one-edit neighbourhood. */
	nearHandles: Map<string, NearIndex<{known: Known; handle: string}>>;
	/** Everyone the user knows (a contact, a note, a conversation, a vouch). */
	known: Person[];
	/** The user's whole profile, folded: a company named there is the user's own. */
	myProfile: string;
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
	const nearNames = new NearIndex<Known>();
	const nearHandles = new Map<string, NearIndex<{known: Known; handle: string}>>();
	const add = (id: string, shownAs: string, name: string, person?: Person) => {
		const known: Known = {id, name: shownAs, key: nameKey(name), styled: styled(name), ...(person ? {person} : {})};
		if (known.key) push(byName, known.key, known);
		// Short names are one letter from many others (Li Wu, Li Xu): only longer ones are compared so.
		if (known.key.length >= minNearName) nearNames.add(known.key, known);
		for (const [network, handle] of Object.entries(person?.handles ?? {})) {
			const folded = handleKey(handle);
			if (folded.length < minNearHandle) continue;
			let forNetwork = nearHandles.get(network);
			if (!forNetwork) nearHandles.set(network, forNetwork = new NearIndex());
			forNetwork.add(folded, {known, handle: handle!});
		}
		const shape = skeleton(name);
		if (!shape) return;
		const spellings = bySkeleton.get(shape) ?? new Map<string, Known>();
		const spelling = `${known.key}\u0000${known.styled}`;
		if (!spellings.has(spelling) || id === 'me') spellings.set(spelling, known);
		bySkeleton.set(shape, spellings);
	};
	const known: Person[] = [];
	for (const person of db.people) {
		if (!isKnown(person, talkedTo, accepted)) continue;
		known.push(person);
		for (const name of [person.name, ...person.aliases]) add(person.id, person.name, name, person);
	}
	if (db.me.name) add('me', db.me.name, db.me.name);
	const profile = db.me.profile ?? '';
	const end = profile.search(/\n|\.\s/);
	return {
		byName,
		nearNames,
		nearHandles,
		known,
		myProfile: fold(profile),
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

const headlineWords = (text: string) => new Set(words(fold(text)).filter(word => word.length >= 4));

/** The same headline, also reworded: most of its longer words (two at least) are the other's. */
const similarText = (a: string | undefined, b: string | undefined) => {
	if (!a || !b) return false;
	if (fold(a) === fold(b) || dice(trigrams(fold(a)), trigrams(fold(b))) >= 0.75) return true;
	const mine = headlineWords(a);
	const theirs = headlineWords(b);
	const shared = [...mine].filter(word => theirs.has(word)).length;
	return shared >= 2 && shared >= 0.5 * Math.min(mine.size, theirs.size);
};

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

const minNearName = 8;
const minNearHandle = 5;
const handleKey = (handle: string | undefined) => (handle ?? '').trim().replace(/^@/, '').split('@')[0]!.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A sender with the user's own name is someone else only when their profile plainly says so: another company or place. */
function clearlyNotMe(sender: Person, index: IdentityIndex): boolean {
	if (similarText(sender.headline, index.myHeadline)) return false;
	const elsewhere = (value?: string) => !!value && !index.myProfile.includes(fold(value).split(',')[0]!.trim());
	return elsewhere(sender.company) || elsewhere(sender.location);
}

/** A name or handle one letter off a known person's: with their headline or company it is an imitation; alone, a question. */
function nearHits(sender: Person, facts: SenderFacts, network: Network, newAccountClaim: boolean, index: IdentityIndex): Hit[] {
	if (facts.key.length >= minNearName) {
		for (const known of index.nearNames.near(facts.key)) {
			if (known.id === sender.id || known.key === facts.key || !oneEdit(known.key, facts.key)) continue;
			if (sameProfile(sender, known, index) || newAccountClaim) {
				const because = newAccountClaim ? 'and claims a new account' : known.id === 'me' ? 'with your headline' : 'with their headline or company';
				return [{rule: 'IMPERSONATION', text: `name one letter off ${known.id === 'me' ? 'your own' : `that of your contact ${known.name}`} ${because}`}];
			}
			return [{rule: 'NEAR_NAME', text: `name one letter off ${known.id === 'me' ? 'your own' : `that of your contact ${known.name}`}: a typo, or an imitation?`}];
		}
	}
	const own = handleKey(sender.handles[network]);
	if (own.length >= minNearHandle) {
		for (const {known, handle} of index.nearHandles.get(network)?.near(own) ?? []) {
			if (known.id === sender.id || handleKey(handle) === own || !oneEdit(handleKey(handle), own)) continue;
			return [{rule: 'NEAR_NAME', text: `handle ${sender.handles[network]} is one letter off ${known.name}'s ${handle}: a typo, or an imitation?`}];
		}
	}
	return [];
}

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
			// Your own name on another account is an imitation unless the profile is plainly someone else's.
			if (twin.id === 'me') {
				hits.push(clearlyNotMe(sender, index)
					? {rule: 'NAME_TWIN', text: `has your name, but is clearly someone else (${[sender.company, sender.location].filter(Boolean).join(', ')})`}
					: {rule: 'IMPERSONATION', text: 'your own name, on an account that is not yours'});
				break;
			}
			if (twin.id !== 'me') {
				hits.push({rule: 'NAME_TWIN', text: `same name as your contact ${twin.name}, but clearly someone else (${sender.company ?? sender.location ?? 'another profile'})`});
				break;
			}
		}
	}
	if (hits.length === 0) pushAll(hits, nearHits(sender, facts, network, newAccountClaim, index));
	if (facts.pitchy) hits.push({rule: 'PITCH_IN_NAME', text: `pitchy name or headline: "${facts.pitchy}"`});
	return hits;
}
