// Semantic colours. Components name a meaning, never a colour; NO_COLOR turns colour off.
import type {Verdict} from '../core/people/evidence.js';
import type {Decision} from '../core/model.js';

export type Tone = {color?: string; bold?: boolean; dimColor?: boolean};

export function makeTheme(env: NodeJS.ProcessEnv = process.env) {
	// https://no-color.org: present and not empty turns colour off; weight and dimming stay.
	const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
	const colour = (name: string): string | undefined => (noColor ? undefined : name);
	const tone = (color: string, extra: Omit<Tone, 'color'> = {}): Tone => ({color: colour(color), ...extra});
	return {
		text: {primary: tone('white'), muted: {dimColor: true} as Tone, heading: tone('cyan', {bold: true}), error: tone('red', {bold: true})},
		decision: {
			accept: tone('green'),
			follower: tone('blue'),
			ignore: tone('yellow'),
			spam: tone('red'),
		} satisfies Record<Decision, Tone>,
		network: tone('magenta'),
		view: {active: tone('cyan', {bold: true}), inactive: {dimColor: true} as Tone},
		reason: {for: tone('green'), against: tone('red'), neutral: {dimColor: true} as Tone},
		warning: tone('yellow', {bold: true}),
		/** How well the user knows someone (search and who-is card). */
		verdict: {
			'know well': tone('green', {bold: true}),
			'in dialogue': tone('green'),
			'connected, never talked': tone('yellow'),
			'never interacted': {dimColor: true} as Tone,
			unknown: {dimColor: true} as Tone,
		} satisfies Record<Verdict, Tone>,
		/** The Stats charts: series of a stacked bar, and the share you could vouch for. */
		chart: {series: [tone('cyan'), tone('magenta'), tone('yellow'), tone('blue')], vouched: tone('green'), unvouched: {dimColor: true} as Tone},
		border: colour('gray'),
		selection: {inverse: true},
	};
}

export type Theme = ReturnType<typeof makeTheme>;
export const theme = makeTheme();
