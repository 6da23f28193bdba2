// Calendar months in UTC, as `2026-11`: the axis of the per-month charts.

/** The UTC month of a date; an ISO date in UTC, as the importers store them, is read without parsing. */
export const monthOf = (iso: string): string => (iso.endsWith('Z') && iso[4] === '-' ? iso.slice(0, 7) : new Date(iso).toISOString().slice(0, 7));

export function addMonths(month: string, count: number): string {
	const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + count];
	const date = new Date(Date.UTC(year, index, 1));
	return date.toISOString().slice(0, 7);
}

/** Every month from `first` to `last`, both included; empty when `first` is later. */
export function monthsBetween(first: string, last: string): string[] {
	const out: string[] = [];
	for (let month = first; month <= last; month = addMonths(month, 1)) out.push(month);
	return out;
}

/**
 * The months a chart shows: from `since` when given, else the last twelve up
 * to `now`, or from the first request when that is later.
 */
export function chartMonths(firstRequest: string | undefined, now: Date, since?: string): string[] {
	const last = monthOf(now.toISOString());
	if (since) return monthsBetween(monthOf(since), last);
	if (!firstRequest) return [];
	const twelve = addMonths(last, -11);
	const first = monthOf(firstRequest);
	return monthsBetween(first > twelve ? first : twelve, last);
}

const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11` → `Nov 2026`. */
export const monthName = (month: string): string => `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
