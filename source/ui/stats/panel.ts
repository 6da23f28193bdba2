// A panel of the Stats view as plain lines of toned text, so the inbox (Ink)
// and `netinbox stats` (a terminal, with or without colour) draw the same thing.
import {maxOf} from '../../core/arrays.js';
import {bar, columns, count, fit, padTo} from '../charts/bars.js';

/** Meanings, not colours: theme.ts maps them, NO_COLOR drops the colour and the glyphs still tell. */
export type ChartTone =
	| 'plain' | 'heading' | 'muted' | 'accept' | 'follower' | 'ignore' | 'spam' | 'pending'
	| 'for' | 'against' | 'series0' | 'series1' | 'series2' | 'series3' | 'vouched' | 'unvouched';

export type Segment = {text: string; tone?: ChartTone};
export type Line = Segment[];

export type Panel = {
	title: string;
	/** What the panel counts, in one line. */
	about: string;
	lines: Line[];
};

export const text = (value: string, tone?: ChartTone): Segment => (tone ? {text: value, tone} : {text: value});

/** A line that says there is nothing to draw, and what would bring something. */
export const nothing = (message: string): Line[] => [[text(message, 'muted')]];

/** The widest a bar gets, however wide the terminal: longer bars are no easier to compare. */
export const maxBar = 36;

export type BarRow = {label: string; value: number; tone: ChartTone; note?: string; labelTone?: ChartTone};

/** Labelled bars on one scale: `label  ████▌  12  note`. */
export function barRows(rows: BarRow[], width: number): Line[] {
	const labelWidth = Math.min(Math.max(12, Math.floor(width * 0.45)), maxOf(rows.map(row => columns(row.label)), 0));
	const valueWidth = maxOf(rows.map(row => count(row.value).length), 1);
	const noteWidth = maxOf(rows.map(row => (row.note ? columns(row.note) + 1 : 0)), 0);
	const barWidth = Math.max(4, Math.min(maxBar, width - labelWidth - valueWidth - noteWidth - 3));
	const max = maxOf(rows.map(row => row.value), 0);
	return rows.map(row => [
		text(padTo(row.label, labelWidth) + ' ', row.labelTone),
		text(padTo(bar(row.value, max, barWidth), barWidth), row.tone),
		text(' ' + count(row.value).padStart(valueWidth)),
		...(row.note ? [text(' ' + row.note, 'muted')] : []),
	]);
}

/** A line cut to `width` columns, segment by segment. */
export function fitLine(line: Line, width: number): Line {
	const out: Line = [];
	let left = width;
	for (const segment of line) {
		const size = columns(segment.text);
		if (size <= left) {
			out.push(segment);
			left -= size;
			continue;
		}
		if (left > 0) out.push({...segment, text: fit(segment.text, left)});
		break;
	}
	return out;
}

/** The characters of a line, without tones: what a terminal without colour shows. */
export const plain = (line: Line): string => line.map(segment => segment.text).join('');
