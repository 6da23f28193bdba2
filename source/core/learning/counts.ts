// Personal counts on top of the shipped text model: for every feature of the
// text model (words, word pairs, pieces of words), in how many of the texts the
// user welcomed, ignored or reported it occurs. A text is read by how much more
// often its features occur under one leaning than under the others (naive
// Bayes, tempered: the features are weighted by the model's own unit-length
// values, so a long text is not more certain). Adding a text is one pass over
// its features.
import {maxOf} from '../arrays.js';
import type {Leaning} from './personal.js';

const index: Record<Leaning, number> = {welcome: 0, ignore: 1, spam: 2};
/** A feature in fewer decided texts than this says nothing yet. */
const minTexts = 2;
const smoothing = 0.5;
const temperature = 1.5;

export class PersonalCounts {
	private readonly texts = [0, 0, 0];
	private readonly counts = new Map<string, [number, number, number]>();

	add(vector: Map<string, number>, leaning: Leaning, by = 1): void {
		const k = index[leaning];
		this.texts[k]! += by;
		for (const feature of vector.keys()) {
			const counts = this.counts.get(feature);
			if (counts) counts[k] = counts[k]! + by;
			else {
				const fresh: [number, number, number] = [0, 0, 0];
				fresh[k] = by;
				this.counts.set(feature, fresh);
			}
		}
	}

	remove(vector: Map<string, number>, leaning: Leaning): void {
		this.add(vector, leaning, -1);
	}

	/** welcome / ignore / spam, summing to 1; undefined before each leaning has texts of its own. */
	read(vector: Map<string, number>): Record<Leaning, number> | undefined {
		const [w, i, s] = this.texts as [number, number, number];
		if (w === 0 || i === 0 || s === 0) return undefined;
		const total = w + i + s;
		const scores = [0, 0, 0];
		for (const [feature, value] of vector) {
			const counts = this.counts.get(feature);
			if (!counts || counts[0] + counts[1] + counts[2] < minTexts) continue;
			const all = counts[0] + counts[1] + counts[2];
			for (let k = 0; k < 3; k++) {
				const inside = (counts[k]! + smoothing) / (this.texts[k]! + 2 * smoothing);
				const outside = (all - counts[k]! + smoothing) / (total - this.texts[k]! + 2 * smoothing);
				scores[k]! += value * Math.log(inside / outside);
			}
		}
		const top = maxOf(scores);
		const exps = scores.map(score => Math.exp((score - top) * temperature));
		const sum = exps[0]! + exps[1]! + exps[2]!;
		return {welcome: exps[0]! / sum, ignore: exps[1]! / sum, spam: exps[2]! / sum};
	}
}
