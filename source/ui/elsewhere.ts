// The same person on another network: another request of theirs still
// pending, or a connection already made there. Pure.
import type {ContactRequest, Person} from '../core/model.js';
import {networkLabel} from './format.js';

/** Requests per sender, in one pass. */
export function requestsByPerson(requests: readonly ContactRequest[]): Map<string, ContactRequest[]> {
	const byPerson = new Map<string, ContactRequest[]>();
	for (const request of requests) {
		const list = byPerson.get(request.from);
		if (list) list.push(request);
		else byPerson.set(request.from, [request]);
	}
	return byPerson;
}

/** `also pending on XING (r-074)`, `connected on LinkedIn since 2024-05-02`: one line each; empty when there is nothing elsewhere. */
export function elsewhereLines(request: ContactRequest, person: Person | undefined, theirs: readonly ContactRequest[]): string[] {
	const lines: string[] = [];
	for (const other of theirs) {
		if (other.key === request.key || other.network === request.network) continue;
		if (other.status === 'pending') lines.push(`also pending on ${networkLabel(other.network)} (${other.id})`);
	}
	for (const [network, since] of Object.entries(person?.connectedOn ?? {})) {
		if (network !== request.network && since) lines.push(`connected on ${networkLabel(network as ContactRequest['network'])} since ${since.slice(0, 10)}`);
	}
	return lines;
}
