import {requestStatuses, type Database, type RequestStatus} from '../core/model.js';

export type Stats = {
	requests: number;
	/** People who sent the requests. */
	senders: number;
	/** Everyone in the records. */
	people: number;
	interactions: number;
	byStatus: Record<RequestStatus, number>;
	byNetwork: Record<string, Record<RequestStatus, number>>;
	/** Requests received per month (`2026-11`), by status. */
	byMonth: Record<string, Record<RequestStatus, number>>;
};

const zero = () => Object.fromEntries(requestStatuses.map(status => [status, 0])) as Record<RequestStatus, number>;

export function stats(db: Database): Stats {
	const byStatus = zero();
	const byNetwork: Stats['byNetwork'] = {};
	const byMonth: Stats['byMonth'] = {};
	for (const request of db.requests) {
		byStatus[request.status]++;
		(byNetwork[request.network] ??= zero())[request.status]++;
		const month = new Date(request.receivedAt).toISOString().slice(0, 7);
		(byMonth[month] ??= zero())[request.status]++;
	}
	const sortedMonths = Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => b.localeCompare(a)));
	const senders = new Set(db.requests.map(request => request.from)).size;
	return {requests: db.requests.length, senders, people: db.people.length, interactions: db.interactions.length, byStatus, byNetwork, byMonth: sortedMonths};
}
