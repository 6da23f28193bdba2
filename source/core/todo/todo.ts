// The to-do list: every decision made here on a network netinbox cannot act
// on itself, as the step to take on the site, with its link. Derived from the
// requests each time, so an undone decision takes its to-do with it; a to-do is
// done when ticked, or when a later import shows it done on the site.
import type {ImportBatch} from '../importers/types.js';
import type {ContactRequest, Database, Network, Person, RequestStatus} from '../model.js';
import {actionText} from '../networks/actions.js';
import {messageUrl, profileUrl, requestsPageUrl} from '../networks/urls.js';

export type Todo = {
	/** Request key. */
	key: string;
	id: string;
	network: Network;
	name: string;
	decision: Exclude<RequestStatus, 'pending'>;
	decidedAt: string;
	/** `accept Jana Wagner on LinkedIn`. */
	action: string;
	/** The page to do it on: the sender's profile where there is one, else the network's requests page. */
	url?: string;
	/** Why it is done: ticked by hand, or seen in an import. */
	done?: {at: string; by: 'hand' | 'import'};
};

/** Whether netinbox does this one itself: a Mastodon request the site listed to the logged-in account. */
const actedOnHere = (request: ContactRequest) => request.remote !== undefined;

/** The site already shows it: accepted and now a contact there, or a follower there. */
function shownDone(request: ContactRequest, person: Person | undefined): boolean {
	if (!person) return false;
	if (request.status === 'accepted') return person.connectedOn[request.network] !== undefined;
	if (request.status === 'follower') return person.tags.includes(`follower:${request.network}`) && person.connectedOn[request.network] === undefined;
	return false;
}

/** The decided requests that leave something to do on a site; done ones only with `done`. */
export function todos(db: Database, options: {network?: Network; done?: boolean; home?: string} = {}): Todo[] {
	const people = new Map(db.people.map(person => [person.id, person]));
	const out: Todo[] = [];
	for (const request of db.requests) {
		// A status an import brought (accepted on the site) was never a decision made here.
		if (request.status === 'pending' || !request.decidedAt || actedOnHere(request)) continue;
		if (options.network && request.network !== options.network) continue;
		const person = people.get(request.from);
		const done = request.doneAt ? {at: request.doneAt, by: 'hand' as const} : shownDone(request, person) ? {at: request.decidedAt, by: 'import' as const} : undefined;
		if (done && !options.done) continue;
		const name = person?.name ?? request.id;
		const url = profileUrl(person, request.network) ?? requestsPageUrl(request.network, options.home);
		out.push({
			key: request.key, id: request.id, network: request.network, name, decision: request.status, decidedAt: request.decidedAt,
			action: actionText(request.network, request.status, name), ...(url ? {url} : {}), ...(done ? {done} : {}),
		});
	}
	return out.sort((a, b) => a.network.localeCompare(b.network) || a.decidedAt.localeCompare(b.decidedAt));
}

/** The same test as todos(), for one request, without building the texts. */
export function isOpenTodo(request: ContactRequest, person: Person | undefined): boolean {
	return request.status !== 'pending' && !!request.decidedAt && !actedOnHere(request) && !request.doneAt && !shownDone(request, person);
}

/** Open to-do keys, for the inbox's To do view. */
export function openTodoKeys(db: Database): Set<string> {
	const people = new Map(db.people.map(person => [person.id, person]));
	const out = new Set<string>();
	for (const request of db.requests) if (isOpenTodo(request, people.get(request.from))) out.add(request.key);
	return out;
}

/** Ticks to-dos off (or back on with `done: false`). */
export function tickTodos(db: Database, keys: ReadonlySet<string>, now: Date, done = true): {data: Database; changed: number} {
	let changed = 0;
	const requests = db.requests.map(request => {
		if (!keys.has(request.key) || !!request.doneAt === done) return request;
		changed++;
		if (done) return {...request, doneAt: now.toISOString()};
		const {doneAt: _doneAt, ...rest} = request;
		return rest;
	});
	return {data: changed > 0 ? {...db, requests} : db, changed};
}

/**
 * After an import of a network's whole list of pending requests (Invitations.csv,
 * friend requests received): a request decided here and no longer pending there was answered on the site.
 */
export function settleByImport(db: Database, batch: ImportBatch, now: Date): Database {
	const listed = new Set(batch.requests.filter(request => (request.status ?? 'pending') === 'pending').map(request => `${request.network}:${request.id}`));
	const networks = new Set(batch.listsRequests ?? []);
	if (networks.size === 0) return db;
	const settled = new Set(db.requests
		.filter(request => networks.has(request.network) && (request.status === 'ignored' || request.status === 'spam' || request.status === 'follower')
			&& request.decidedAt && !request.doneAt && !actedOnHere(request) && !listed.has(request.key))
		.map(request => request.key));
	return settled.size === 0 ? db : tickTodos(db, settled, now).data;
}

export {messageUrl, profileUrl, requestsPageUrl};
