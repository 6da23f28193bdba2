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
		const counts = normalized(features(message));
		const scores = [...this.data.bias];
		const contributions: [string, number[]][] = [];
		for (const [feature, count] of counts) {
			const weight = this.weights.get(feature);
			if (!weight) continue;
			const scaled = count;
			for (let k = 0; k < scores.length; k++) scores[k]! += weight[k]! * scaled;
			contributions.push([feature, weight.map(value => value * scaled)]);
		}
		const probabilities = softmax(scores);
		let best = 0;
		for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
		// What set the winner apart from the runner-up.
		const runnerUp = probabilities.map((p, k) => [p, k] as const).filter(([, k]) => k !== best).sort((a, b) => b[0] - a[0])[0]![1];
		const evidence = contributions
			.map(([feature, weight]) => [feature, weight[best]! - weight[runnerUp]!] as const)
			.filter(([, margin]) => margin > 0.05)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([feature]) => showFeature(feature));
		return {
			probabilities: Object.fromEntries(this.data.classes.map((name, k) => [name, probabilities[k]!])) as Record<TextClass, number>,
			best: this.data.classes[best]!,
			evidence: [...new Set(evidence)],
		};
	}
}

function softmax(scores: number[]): number[] {
	const top = Math.max(scores[0]!, scores[1]!, scores[2]!);
	const exps = scores.map(score => Math.exp(score - top));
	const sum = exps.reduce((a, b) => a + b, 0);
	return exps.map(value => value / sum);
}
