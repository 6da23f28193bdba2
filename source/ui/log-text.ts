// What the user types when logging an interaction: an optional date, then a
// note. A date that does not exist, or has not happened yet, is refused with
// the reason instead of being stored as today with the date as its text. Pure.

export type LogText = {ok: true; at: string; note: string} | {ok: false; error: string};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// 2026-11-20 (ISO) or 20.11.2026 (German), then the note.
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|$)/;
const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+|$)/;
// Text that starts like a date but is none: refused rather than taken as a note.
const dateLike = /^(\d{4}-\d|\d{1,2}\.\d{1,2}\.|\d{4}\/\d|\d{1,2}\/\d{1,2}\/)/;

/** `2026-11-20 coffee at the BarCamp` → that date and note; no date → today. */
export function parseLogText(text: string, now: Date): LogText {
	const trimmed = text.trim();
	const today = now.toISOString().slice(0, 10);
	const isoMatch = iso.exec(trimmed);
	const germanMatch = isoMatch ? null : german.exec(trimmed);
	if (!isoMatch && !germanMatch) {
		if (dateLike.test(trimmed)) return {ok: false, error: `"${trimmed.split(/\s/)[0]}" is not a date: write it as YYYY-MM-DD (2026-11-20) or DD.MM.YYYY`};
		return {ok: true, at: today, note: trimmed};
	}
	const [whole, a, b, c] = (isoMatch ?? germanMatch)!;
	const [year, month, day] = isoMatch ? [Number(a), Number(b), Number(c)] : [Number(c), Number(b), Number(a)];
	const written = whole.trim();
	if (month < 1 || month > 12) return {ok: false, error: `${written}: there is no month ${month}`};
	const days = daysIn(year, month);
	if (day < 1 || day > days) return {ok: false, error: `${written}: ${months[month - 1]} ${year} has ${days} days`};
	const at = `${year}-${pad(month)}-${pad(day)}`;
	if (at > today) return {ok: false, error: `${written} is in the future; log what has happened`};
	return {ok: true, at, note: trimmed.slice(whole.length).trim()};
}
