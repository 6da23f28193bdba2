// What arrived and what became of it: counts by status, network and month,
// the per-month series of the chart, and how long requests waited.
import {requestStatuses, type ContactRequest, type RequestStatus} from '../model.js';
import {chartMonths, monthOf} from './months.js';

export type StatusCounts = Record<RequestStatus, number>;

export const zeroCounts = (): StatusCounts => Object.fromEntries(requestStatuses.map(status => [status, 0])) as StatusCounts;

export type MonthRow = {
	/** `2026-11`. */
	month: string;
	/** The month of `now`: not over yet. */
	partial: boolean;
	total: number;
	/** Requests per network, networks without any left out. */
	byNetwork: Record<string, number>;
};

export type Counts = {
	byStatus: StatusCounts;
	byNetwork: Record<string, StatusCounts>;
	/** Every month with requests, newest first, by status. */
	byMonth: Record<string, StatusCounts>;
	/** The months of the chart, oldest first, with the months without requests. */
	perMonth: MonthRow[];
};

export function countRequests(requests: ContactRequest[], now: Date, since?: string): Counts {
	const byStatus = zeroCounts();
	const byNetwork: Counts['byNetwork'] = {};
	const byMonth: Counts['byMonth'] = {};
	const monthly = new Map<string, Record<string, number>>();
	let first: string | undefined;
	for (const request of requests) {
		byStatus[request.status]++;
		(byNetwork[request.network] ??= zeroCounts())[request.status]++;
		const month = monthOf(request.receivedAt);
		(byMonth[month] ??= zeroCounts())[request.status]++;
		const networks = monthly.get(month) ?? {};
		networks[request.network] = (networks[request.network] ?? 0) + 1;
		monthly.set(month, networks);
		if (first === undefined || month < first) first = month;
	}
	const current = monthOf(now.toISOString());
	const perMonth = chartMonths(first && `${first}-01`, now, since).map(month => {
		const networks = monthly.get(month) ?? {};
		return {month, partial: month === current, total: Object.values(networks).reduce((sum, count) => sum + count, 0), byNetwork: networks};
	});
	const newestFirst = Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => b.localeCompare(a)));
	return {byStatus, byNetwork, byMonth: newestFirst, perMonth};
}

export type Waiting = {
	/** Median days from arrival to the decision, over the requests decided with a date; null when none. */
	medianDaysToDecide: number | null;
	/** How many decided requests that median is over (imported decisions carry no date). */
	decidedWithDate: number;
	/** Median days the pending requests have been waiting until now; null when none is pending. */
	medianDaysPending: number | null;
};

const day = 86_400_000;

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return Math.round(value * 10) / 10;
}

export function waiting(requests: ContactRequest[], now: Date): Waiting {
	const decided: number[] = [];
	const pending: number[] = [];
	for (const request of requests) {
		const received = Date.parse(request.receivedAt);
		if (request.status === 'pending') pending.push(Math.max(0, now.getTime() - received) / day);
		else if (request.decidedAt) decided.push(Math.max(0, Date.parse(request.decidedAt) - received) / day);
	}
	return {medianDaysToDecide: median(decided), decidedWithDate: decided.length, medianDaysPending: median(pending)};
}
