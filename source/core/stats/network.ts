// The user's network: who they are connected with on each network, and how
// many of those they could vouch for (met, real dialogue, a note, a vouch) —
// the same test as `netinbox audit`, done in one pass per list so the Stats
// screen opens at once on a large database.
import {dialogueKinds} from '../people/evidence.js';
import type {ContactRequest, Interaction, Network, Person} from '../model.js';

export type NetworkCount = {connections: number; couldVouch: number};

export type Contacts = {
	/** People connected on at least one network. */
	people: number;
	couldVouch: number;
	/** Per network; a person connected on two counts on both. */
	byNetwork: Partial<Record<Network, NetworkCount>>;
};

/** Who the user met, and who is in dialogue (heard from and answered): one pass over the interactions. */
type Known = {met: Set<string>; heard: Set<string>; spoke: Set<string>};

const knownCache = new WeakMap<Interaction[], Known>();

function known(interactions: Interaction[]): Known {
	const cached = knownCache.get(interactions);
	if (cached) return cached;
	const out: Known = {met: new Set(), heard: new Set(), spoke: new Set()};
	for (const interaction of interactions) {
		if (interaction.kind === 'meeting') out.met.add(interaction.person);
		else if (dialogueKinds.has(interaction.kind)) {
			if (interaction.direction !== 'out') out.heard.add(interaction.person);
			if (interaction.direction !== 'in') out.spoke.add(interaction.person);
		}
	}
	knownCache.set(interactions, out);
	return out;
}

type Entry = {interactions: Interaction[]; accepted: string; only: Network | undefined; contacts: Contacts};

/** The last answer per people list: a decision other than accept leaves it as it was. */
const contactsCache = new WeakMap<Person[], Entry>();

export function contacts(db: {people: Person[]; requests: ContactRequest[]; interactions: Interaction[]}, only?: Network): Contacts {
	// An accepted request is a connection on its network from the decision on.
	const accepted = new Map<string, Set<Network>>();
	const keys: string[] = [];
	for (const request of db.requests) {
		if (request.status !== 'accepted') continue;
		keys.push(request.key);
		const networks = accepted.get(request.from) ?? new Set<Network>();
		networks.add(request.network);
		accepted.set(request.from, networks);
	}
	const signature = keys.join('\n');
	const cached = contactsCache.get(db.people);
	if (cached && cached.interactions === db.interactions && cached.accepted === signature && cached.only === only) return cached.contacts;
	const out = count(db.people, accepted, known(db.interactions), only);
	contactsCache.set(db.people, {interactions: db.interactions, accepted: signature, only, contacts: out});
	return out;
}

function count(people: Person[], accepted: Map<string, Set<Network>>, {met, heard, spoke}: Known, only: Network | undefined): Contacts {
	const out: Contacts = {people: 0, couldVouch: 0, byNetwork: {}};
	for (const person of people) {
		const networks: Network[] = [];
		for (const network in person.connectedOn) if (person.connectedOn[network as Network] !== undefined) networks.push(network as Network);
		for (const network of accepted.get(person.id) ?? []) if (!networks.includes(network)) networks.push(network);
		if (only) {
			if (!networks.includes(only)) continue;
			networks.length = 0;
			networks.push(only);
		}
		if (networks.length === 0) continue;
		const vouchable = met.has(person.id) || (heard.has(person.id) && spoke.has(person.id)) || person.vouched !== undefined || Boolean(person.notes?.trim());
		out.people++;
		if (vouchable) out.couldVouch++;
		for (const network of networks) {
			const count = (out.byNetwork[network] ??= {connections: 0, couldVouch: 0});
			count.connections++;
			if (vouchable) count.couldVouch++;
		}
	}
	return out;
}
