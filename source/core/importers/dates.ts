// Dates as exports write them, and as Excel rewrites them when a user re-saves
// a file: `2/12/26, 11:44 AM`, `08 Jul 2026`, `9-Sep-22`, `2026-01-28 17:40:55 UTC`, `12.02.26 11:44`.

export type WallClock = {year: number; month: number; day: number; hour: number; minute: number; second: number; hasTime: boolean; utc: boolean};

const monthNames: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
	// German Excel writes these.
	jän: 1, mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12,
};

function monthOf(name: string): number | undefined {
	const key = name.toLowerCase().replace(/\.$/, '');
	return monthNames[key] ?? monthNames[key.slice(0, 3)];
}

function fullYear(text: string): number {
	const year = Number(text);
	if (text.length > 2) return year;
	return year + (2000 + year > new Date().getUTCFullYear() + 1 ? 1900 : 2000);
}

function valid(clock: WallClock): WallClock | undefined {
	const {year, month, day, hour, minute, second} = clock;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 || day > days) return undefined;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	return clock;
}

function time(hour = '0', minute = '0', second = '0', meridiem?: string): {hour: number; minute: number; second: number} | undefined {
	let h = Number(hour);
	if (meridiem) {
		if (h < 1 || h > 12) return undefined;
		h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
	}
	return {hour: h, minute: Number(minute), second: Number(second)};
}

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(UTC|GMT|Z)?$/i;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const dayMonthYear = /^(\d{1,2})[ -]([A-Za-zä]{3,9})\.?[ -](\d{2}|\d{4})$/;
const monthDayYear = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;

export function parseExportDate(input: string): WallClock | undefined {
	const text = input.trim().replace(/\s+/g, ' ');
	let match = iso.exec(text);
	if (match) {
		const [, y, m, d, h, mi, s, zone] = match;
		return valid({year: Number(y), month: Number(m), day: Number(d), ...time(h, mi, s)!, hasTime: h !== undefined, utc: zone !== undefined});
	}
	if ((match = slashed.exec(text))) {
		const [, first, second, y, h, mi, s, meridiem] = match;
		const clock = time(h, mi, s, meridiem);
		if (!clock) return undefined;
		// US order unless the first number cannot be a month (a European re-save).
		const [month, day] = Number(first) > 12 ? [Number(second), Number(first)] : [Number(first), Number(second)];
		return valid({year: fullYear(y!), month, day, ...clock, hasTime: h !== undefined, utc: false});
	}
	if ((match = dotted.exec(text))) {
		const [, d, m, y, h, mi, s] = match;
		return valid({year: fullYear(y!), month: Number(m), day: Number(d), ...time(h, mi, s)!, hasTime: h !== undefined, utc: false});
	}
	if ((match = dayMonthYear.exec(text))) {
		const month = monthOf(match[2]!);
		return month ? valid({year: fullYear(match[3]!), month, day: Number(match[1]), hour: 0, minute: 0, second: 0, hasTime: false, utc: false}) : undefined;
	}
	if ((match = monthDayYear.exec(text))) {
		const month = monthOf(match[1]!);
		return month ? valid({year: Number(match[3]), month, day: Number(match[2]), hour: 0, minute: 0, second: 0, hasTime: false, utc: false}) : undefined;
	}
	return undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-01-28`. */
export function dayOf(clock: WallClock): string {
	return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** `2026-02-12T11:44` as written, whatever the zone: stable ids must not depend on the machine's time zone. */
export function wallClockKey(clock: WallClock): string {
	return `${dayOf(clock)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The instant, in UTC. A time without a zone is taken as this machine's local time. */
export function instantOf(clock: WallClock): string {
	const {year, month, day, hour, minute, second} = clock;
	const date = clock.utc ? new Date(Date.UTC(year, month - 1, day, hour, minute, second)) : new Date(year, month - 1, day, hour, minute, second);
	return isoSeconds(date);
}

/** `2026-01-28T17:40:55Z`, or with milliseconds when there are any. */
export function isoSeconds(date: Date): string {
	return date.toISOString().replace('.000Z', 'Z');
}

/** A Unix timestamp in seconds or milliseconds, if it is one and plausible. */
export function fromEpoch(value: unknown, unit: 's' | 'ms'): string | undefined {
	if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
	const ms = unit === 's' ? value * 1000 : value;
	if (ms < Date.UTC(1990, 0, 1) || ms > Date.UTC(2200, 0, 1)) return undefined;
	return isoSeconds(new Date(ms));
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * An ISO 8601 date or instant on a day that exists. Date.parse rolls an
 * impossible day over (`2026-02-29` becomes March 1st); this refuses it.
 */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = isoDay.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
	return !Number.isNaN(Date.parse(value));
}

/** An ISO 8601 instant (`2026-01-25T19:33:24.183Z`), if it is one. */
export function fromIso(value: unknown): string | undefined {
	if (!isCalendarDate(value) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
}
