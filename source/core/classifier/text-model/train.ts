// Trains the text model: multinomial logistic regression with L2, AdaGrad,
// a seeded shuffle, so the same messages always give the same weights.
import {maxOf} from '../../arrays.js';
import {features, normalized} from './features.js';
import {textClasses, type TextClass, type TextModelData} from './model.js';

export type Example = {text: string; label: TextClass; lang?: string};

export type TrainOptions = {epochs?: number; rate?: number; l2?: number; minCount?: number; minLanguage?: number};

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
		return state / 0x1_0000_0000;
	};
}

export function train(examples: Example[], {epochs = 25, rate = 0.3, l2 = 1e-4, minCount = 2, minLanguage = 40}: TrainOptions = {}): TextModelData {
	const classes = textClasses;
	const vectors = examples.map(example => features(example.text));
	// A feature seen in one message only is that message's, not its kind's.
	const seen = new Map<string, number>();
	for (const vector of vectors) for (const feature of vector.keys()) seen.set(feature, (seen.get(feature) ?? 0) + 1);
	const kept = new Map<string, number>();
	for (const [feature, count] of seen) if (count >= minCount) kept.set(feature, kept.size);
	const width = classes.length;
	const weights = new Float64Array(kept.size * width);
	const squares = new Float64Array(kept.size * width).fill(1e-8);
	const bias = new Float64Array(width);
	const biasSquares = new Float64Array(width).fill(1e-8);
	const rows = vectors.map(vector => [...normalized(vector)].filter(([feature]) => kept.has(feature)).map(([feature, value]) => [kept.get(feature)!, value] as const));
	const targets = examples.map(example => classes.indexOf(example.label));
	const order = examples.map((_, index) => index);
	const next = random(42);
	const scores = new Float64Array(width);
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		for (const index of order) {
			const row = rows[index]!;
			for (let k = 0; k < width; k++) {
				let sum = bias[k]!;
				for (const [feature, value] of row) sum += weights[feature * width + k]! * value;
				scores[k] = sum;
			}
			const top = maxOf(scores);
			let total = 0;
			for (let k = 0; k < width; k++) total += (scores[k] = Math.exp(scores[k]! - top));
			for (let k = 0; k < width; k++) {
				const gradient = scores[k]! / total - (k === targets[index] ? 1 : 0);
				biasSquares[k]! += gradient * gradient;
				bias[k]! -= (rate * gradient) / Math.sqrt(biasSquares[k]!);
				for (const [feature, value] of row) {
					const at = feature * width + k;
					const step = gradient * value + l2 * weights[at]!;
					squares[at]! += step * step;
					weights[at]! -= (rate * step) / Math.sqrt(squares[at]!);
				}
			}
		}
	}
	const out: Record<string, number[]> = {};
	for (const [feature, index] of kept) {
		const row = Array.from(weights.subarray(index * width, index * width + width), value => Math.round(value * 1000) / 1000);
		if (row.some(value => Math.abs(value) >= 0.02)) out[feature] = row;
	}
	// Words that many messages use, whatever they are about: naming one shows no one looked at a profile.
	const documents = new Map<string, number>();
	for (const vector of vectors) for (const feature of vector.keys()) if (feature.startsWith('w ')) documents.set(feature.slice(2), (documents.get(feature.slice(2)) ?? 0) + 1);
	const commonFrom = Math.max(4, Math.ceil(examples.length * 0.004));
	const common = [...documents].filter(([word, count]) => count >= commonFrom && !word.startsWith('zz')).map(([word]) => word).sort();
	const trainedOn: Record<string, number> = {};
	for (const example of examples) if (example.lang) trainedOn[example.lang] = (trainedOn[example.lang] ?? 0) + 1;
	return {
		version: 1,
		classes,
		bias: Array.from(bias, value => Math.round(value * 1000) / 1000),
		weights: out,
		common,
		languages: Object.entries(trainedOn).filter(([, count]) => count >= minLanguage).map(([lang]) => lang).sort(),
		trainedOn,
	};
}
