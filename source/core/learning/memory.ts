// The memory of texts: every message the user decided, as the text model's
// features, and a way to find the decided ones a new message resembles.
// Candidates come from shared word pairs (a pair most decided texts share is
// no lead) or the very same letters; each is then compared in full (cosine of
// the normalised features). Adding a text costs its features: microseconds.
import {fold} from '../classifier/fold.js';
import {features, normalized} from '../classifier/text-model/features.js';
import type {Decision} from '../model.js';

export type Remembered = {key: string; decision: Decision; at: string; sender: string; vector: Map<string, number>};
export type Resemblance = {item: Remembered; similarity: number};

/** Below this a decided text is not similar enough to speak for a new one. */
export const similarFrom = 0.3;
/** From this on two texts are the same text, a word or a name apart. */
export const nearIdenticalFrom = 0.8;
/** A word pair in more decided texts than this is common wording, not a lead. */
const commonShare = 0.02;
const commonFloor = 40;

/** The text model's view of a message, as unit-length feature values. */
export const textVector = (message: string) => normalized(features(message));

const letters = (message: string) => fold(message).replace(/[^\p{L}]/gu, '');

export class TextMemory {
	private readonly items: Remembered[] = [];
	private readonly byPair = new Map<string, number[]>();
	private readonly byLetters = new Map<string, number[]>();
	private readonly byKey = new Map<string, number>();
	private readonly dropped = new Set<number>();

	get size(): number {
		return this.items.length - this.dropped.size;
	}

	/** Forgets the text of this request (its decision was undone or changed). */
	drop(key: string): void {
		const index = this.byKey.get(key);
		if (index === undefined) return;
		this.dropped.add(index);
		this.byKey.delete(key);
	}

	add(entry: Remembered, message: string): void {
		const index = this.items.length;
		this.items.push(entry);
		this.byKey.set(entry.key, index);
		const {vector} = entry;
		for (const feature of vector.keys()) if (feature.startsWith('b ')) push(this.byPair, feature, index);
		push(this.byLetters, letters(message), index);
	}

	/** Decided texts like this one, most similar first. */
	resembling(message: string, vector = textVector(message)): Resemblance[] {
		const common = Math.max(commonFloor, this.items.length * commonShare);
		const shared = new Map<number, number>();
		for (const feature of vector.keys()) {
			const list = feature.startsWith('b ') ? this.byPair.get(feature) : undefined;
			if (!list || list.length > common) continue;
			for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
		}
		const candidates = new Set<number>(this.byLetters.get(letters(message)) ?? []);
		for (const [index, count] of shared) if (count >= 2) candidates.add(index);
		const out: Resemblance[] = [];
		for (const index of candidates) {
			if (this.dropped.has(index)) continue;
			const item = this.items[index]!;
			const similarity = cosine(vector, item.vector);
			if (similarity >= similarFrom) out.push({item, similarity});
		}
		return out.sort((a, b) => b.similarity - a.similarity);
	}
}

function push(map: Map<string, number[]>, key: string, index: number): void {
	const list = map.get(key);
	if (list) list.push(index);
	else map.set(key, [index]);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [feature, value] of small) sum += value * (large.get(feature) ?? 0);
	return sum;
}
