// What each chart tone looks like, from the theme: the one place that knows.
import type {Theme, Tone} from '../theme.js';
import type {ChartTone} from './panel.js';

export function toneStyle(theme: Theme, tone: ChartTone | undefined): Tone {
	switch (tone) {
		case undefined:
		case 'plain':
			return {};
		case 'heading':
			return theme.text.heading;
		case 'muted':
		case 'pending':
			return theme.text.muted;
		case 'accept':
		case 'follower':
		case 'ignore':
		case 'spam':
			return theme.decision[tone];
		case 'for':
			return theme.reason.for;
		case 'against':
			return theme.reason.against;
		case 'vouched':
			return theme.chart.vouched;
		case 'unvouched':
			return theme.chart.unvouched;
		default:
			return theme.chart.series[Number(tone.slice(-1))] ?? {};
	}
}

const sgrColours: Record<string, number> = {black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90};

/** A tone as an SGR escape for a plain terminal; empty when it has no style. */
export function sgr(style: Tone): string {
	const codes = [style.bold ? 1 : 0, style.dimColor ? 2 : 0, style.color ? (sgrColours[style.color] ?? 0) : 0].filter(Boolean);
	return codes.length > 0 ? `\u001B[${codes.join(';')}m` : '';
}
