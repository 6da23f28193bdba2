// Who the sender claims to be: a name that mixes alphabets, look-alike letters
// imitating the user or a contact, a second account under a contact's name on
// the same network, or a contact's name with their headline or a "new account"
// story. A shared common name with a clearly different profile is not.
import type {Database, Network, Person} from '../model.js';
import {skeleton, looksAlike, mixedScripts} from './confusables.js';
import {dice, fold, nameKey, trigrams} from './fold.js';
import type {Library} from './library.js';
import {pitchOf} from './pitch.js';
import type {Hit} from './rules.js';

type Known = {id: string; name: string; person?: Person};

export type IdentityIndex = {
	byName: Map<string, Known[]>;
	bySkeleton: Map<string, Known[]>;
	myHeadline: string;
	/** Networks on which a person is a contact: connectedOn, or an accepted request. */
	contactOn: (person: Person) => Set<Network>;
};

function isKnown(person: Person, talkedTo: Set<string>, accepted: Map<string, Set<Network>>): boolean {
	return Object.keys(person.connectedOn).length > 0 || !!person.notes || !!person.vouched || talkedTo.has(person.id) || accepted.has(person.id);
}

export function buildIdentityIndex(db: Database): IdentityIndex {
	const talkedTo = new Set<string>();
	for (const item of db.interactions) if (item.direction !== 'in' || item.kind === 'meeting') talkedTo.add(item.person);
	const accepted = new Map<string, Set<Network>>();
	for (const request of db.requests) {
		if (request.status !== 'accepted') continue;
		const set = accepted.get(request.from) ?? new Set();
		set.add(request.network);
		accepted.set(request.from, set);
	}
	const byName = new Map<string, Known[]>();
	const bySkeleton = new Map<string, Known[]>();
	const add = (known: Known, name: string) => {
		for (const [map, key] of [[byName, nameKey(name)], [bySkeleton, skeleton(name)]] as const) {
			if (!key) continue;
			const list = map.get(key);
			if (list) list.push(known);
			else map.set(key, [known]);
		}
	};
	for (const person of db.people) {
		if (!isKnown(person, talkedTo, accepted)) continue;
		for (const name of [person.name, ...person.aliases]) add({id: person.id, name: person.name, person}, name);
	}
	if (db.me.name) add({id: 'me', name: db.me.name}, db.me.name);
	const profile = db.me.profile ?? '';
	const end = profile.search(/[.\n]\s/);
	return {
		byName,
		bySkeleton,
		myHeadline: end > 0 ? profile.slice(0, end) : profile.slice(0, 120),
		contactOn: person => new Set([...(Object.keys(person.connectedOn) as Network[]), ...(accepted.get(person.id) ?? [])]),
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

export function identityHits(sender: Person, network: Network, newAccountClaim: boolean, index: IdentityIndex, library: Library): Hit[] {
	const hits: Hit[] = [];
	const mixed = mixedScripts(sender.name);
	const lookalike = (index.bySkeleton.get(skeleton(sender.name)) ?? []).find(known => known.id !== sender.id && looksAlike(sender.name, known.name));
	if (mixed) {
		hits.push({rule: 'MIXED_SCRIPT_NAME', text: `name mixes ${mixed.join(' and ')} letters${lookalike ? `: looks like ${who(lookalike)}` : ''}`});
	} else if (lookalike) {
		hits.push({rule: 'LOOKALIKE_NAME', text: `name uses look-alike characters: looks like ${lookalike.id === 'me' ? 'your own name' : lookalike.name}`});
	}
	if (!mixed && !lookalike) {
		const twins = (index.byName.get(nameKey(sender.name)) ?? []).filter(known => known.id !== sender.id);
		for (const twin of twins) {
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
	const label = [sender.name, sender.headline].filter(Boolean).join(' | ');
	const pitch = pitchOf(fold(label), label, library);
	if (pitch.score >= 2 || /[💰💸🤑📈🚀💎]/u.test(label)) hits.push({rule: 'PITCH_IN_NAME', text: `pitchy name or headline: "${label.length > 60 ? `${label.slice(0, 59)}…` : label}"`});
	return hits;
}
