import {evidenceOf, recordsByPerson, type Connection, type OneWayTally} from '../core/people/evidence.js';
import type {Database, SourceRef} from '../core/model.js';

export type AuditEntry = {
	person: {id: string; name: string; sources: SourceRef[]};
	connections: Connection[];
	/** Follows, likes, mentions: what little there is. */
	oneWay: OneWayTally[];
	requests: number;
};

/**
 * Contacts the user is connected with but could not vouch for: no meeting, no
 * dialogue, no note, not vouched. Oldest connection first.
 */
export function audit(db: Database): AuditEntry[] {
	const {history, requests} = recordsByPerson(db);
	const out: AuditEntry[] = [];
	for (const person of db.people) {
		const evidence = evidenceOf(person, history.get(person.id) ?? [], requests.get(person.id) ?? []);
		if (evidence.connections.length === 0) continue;
		if (evidence.meetings.length > 0 || evidence.inDialogue || evidence.vouched || person.notes?.trim()) continue;
		out.push({
			person: {id: person.id, name: person.name, sources: person.sources},
			connections: evidence.connections,
			oneWay: evidence.oneWay,
			requests: evidence.requests.length,
		});
	}
	return out.sort((a, b) => a.connections[0]!.since.localeCompare(b.connections[0]!.since));
}
