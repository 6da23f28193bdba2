// Bars of Unicode block characters, measured in terminal columns. Pure:
// table-tested, shared by the Stats screen and `netinbox stats`.
import stringWidth from 'string-width';

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `value / max` of `width` columns long, to an eighth of a column; anything above zero shows. */
export function bar(value: number, max: number, width: number): string {
	if (value <= 0 || max <= 0 || width <= 0) return '';
	const units = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
	return '█'.repeat(Math.floor(units / 8)) + eighths[units % 8]!;
}

/**
 * A bar of whole columns split between series (one glyph each, so the parts
 * read without colour): every series above zero gets a column, the rest go
 * by largest remainder. Returns the part of each series.
 */
export function stackedBar(values: number[], max: number, width: number, glyphs: string[]): string[] {
	const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
	if (total <= 0 || max <= 0 || width <= 0) return values.map(() => '');
	const columns = Math.max(values.filter(value => value > 0).length, Math.round((Math.min(total, max) / max) * width));
	const exact = values.map(value => (Math.max(0, value) / total) * columns);
	const whole = exact.map((share, index) => (values[index]! > 0 ? Math.max(1, Math.floor(share)) : 0));
	let left = columns - whole.reduce((sum, count) => sum + count, 0);
	const byRemainder = exact.map((share, index) => ({index, rest: share - Math.floor(share)})).sort((a, b) => b.rest - a.rest);
	for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
		const {index} = byRemainder[i]!;
		if (values[index]! > 0) {
			whole[index]!++;
			left--;
		}
	}
	// The minimum of one column each can overshoot: the widest parts give the columns back.
	while (left < 0) {
		const widest = whole.reduce((best, value, index) => (value > whole[best]! ? index : best), 0);
		if (whole[widest]! <= 1) break;
		whole[widest]!--;
		left++;
	}
	return whole.map((count, index) => glyphs[index % glyphs.length]!.repeat(count));
}

/** A bar of `width` columns: `part` of `whole` drawn full, the rest light, so the share reads without colour. */
export function splitBar(part: number, whole: number, width: number): [string, string] {
	if (whole <= 0 || width <= 0) return ['', ''];
	let filled = Math.round((Math.min(part, whole) / whole) * width);
	if (part > 0 && filled === 0) filled = 1;
	if (part < whole && filled === width) filled = width - 1;
	return ['█'.repeat(filled), '░'.repeat(width - filled)];
}

const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'});

/** `text` cut to `width` terminal columns, with `…` when something was cut. */
export function fit(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	if (width <= 0) return '';
	let out = '';
	let used = 0;
	// By grapheme, so an emoji sequence or an accent is kept whole or left out whole.
	for (const {segment} of graphemes.segment(text)) {
		const size = stringWidth(segment);
		if (used + size > width - 1) break;
		out += segment;
		used += size;
	}
	return out + '…';
}

/** `text` cut or padded with spaces to exactly `width` columns. */
export function padTo(text: string, width: number): string {
	const cut = fit(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

export const columns = (text: string): number => stringWidth(text);

/** `12,345`. */
export const count = (value: number): string => value.toLocaleString('en-US');

/** `43 %` of a whole; `–` when there is no whole. */
export const percent = (part: number, whole: number): string => (whole > 0 ? `${Math.round((100 * part) / whole)} %` : '–');
