// A small trained text model: multinomial logistic regression over the
// features of features.ts, as plain JSON weights. It says how likely a message
// is an individual reason, a template, or a pitch, and which features weighed
// most for its answer. Microseconds per message, nothing loaded at run time.
import {features, normalized, showFeature} from './features.js';

export const textClasses = ['individual', 'template', 'pitch'] as const;
export type TextClass = (typeof textClasses)[number];

export type TextModelData = {
	version: number;
	classes: readonly TextClass[];
	bias: number[];
	/** Feature → one weight per class. */
	weights: Record<string, number[]>;
	/** Folded words many training messages use, whatever they are about. */
	common: string[];
	/** Languages with enough training messages to be read; the rest are marked unsure. */
	languages: string[];
	/** How many training messages per language. */
	trainedOn: Record<string, number>;
};

export type TextReading = {
	probabilities: Record<TextClass, number>;
	best: TextClass;
	/** The features that pushed most toward `best`, as people read them. */
	evidence: string[];
};

export class TextModel {
	private readonly weights: Map<string, number[]>;
	readonly common: ReadonlySet<string>;
	readonly languages: ReadonlySet<string>;

	constructor(readonly data: TextModelData) {
		this.weights = new Map(Object.entries(data.weights));
		this.common = new Set(data.common);
		this.languages = new Set(data.languages);
	}

	read(message: string): TextReading {
		const scores = [...this.data.bias];
		const width = scores.length;
		const matched: [string, number[], number][] = [];
		for (const [feature, value] of normalized(features(message))) {
			const weight = this.weights.get(feature);
			if (!weight) continue;
			for (let k = 0; k < width; k++) scores[k]! += weight[k]! * value;
			matched.push([feature, weight, value]);
		}
		const probabilities = softmax(scores);
		let best = 0;
		for (let k = 1; k < width; k++) if (probabilities[k]! > probabilities[best]!) best = k;
		const classes = this.data.classes;
		let evidence: string[] | undefined;
		return {
			probabilities: {[classes[0]!]: probabilities[0]!, [classes[1]!]: probabilities[1]!, [classes[2]!]: probabilities[2]!} as Record<TextClass, number>,
			best: classes[best]!,
			// Only a reason that shows it needs it: worked out on first look.
			get evidence() {
				evidence ??= evidenceFor(matched, probabilities, best);
				return evidence;
			},
		};
	}
}

/** The features that set the winner apart from the runner-up, as people read them. */
function evidenceFor(matched: [string, number[], number][], probabilities: number[], best: number): string[] {
	let runnerUp = best === 0 ? 1 : 0;
	for (let k = 0; k < probabilities.length; k++) if (k !== best && probabilities[k]! > probabilities[runnerUp]!) runnerUp = k;
	const shown = matched
		.map(([feature, weight, value]) => [feature, (weight[best]! - weight[runnerUp]!) * value] as const)
		// Short words ("in", "the", "a") weigh in every message and explain none.
		.filter(([feature, margin]) => margin > 0.05 && !(feature.startsWith('w ') && feature.length <= 5))
		.sort((a, b) => b[1] - a[1])
		.slice(0, 3)
		.map(([feature]) => showFeature(feature));
	return [...new Set(shown)];
}

function softmax(scores: number[]): number[] {
	const top = Math.max(scores[0]!, scores[1]!, scores[2]!);
	const exps = scores.map(score => Math.exp(score - top));
	const sum = exps.reduce((a, b) => a + b, 0);
	return exps.map(value => value / sum);
}
