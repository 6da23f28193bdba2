// Mass-sent detection: near-duplicate texts from different senders. Texts are
// normalised (names, greetings, stop words, punctuation and emoji gone), cut
// into word pairs, and MinHash signatures put into LSH bands, so only texts
// that share a band are compared: near-linear in the number of requests.
import {nameKey, words} from './fold.js';
import type {Library} from './library.js';

/** `text` is the folded message (fold.ts). */
export type ClusterInput = {key: string; text: string | null; sender: string; senderName: string; receivedAt: string; exclude: boolean};
export type Cluster = {members: string[]; senders: number; first: string; last: string};

const hashes = 32;
const rows = 4;
const minTokens = 4;
const similar = 0.6;

// Sign-offs differ between copies of one pasted text; they say nothing about it.
const signoffWords = new Set(['grusse', 'gruss', 'gruse', 'lg', 'vg', 'mfg', 'bg', 'best', 'regards', 'cheers', 'thanks', 'danke', 'beste', 'viele', 'liebe', 'herzliche', 'freundliche', 'kind', 'warm']);

function fnv(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

const seeds = Array.from({length: hashes}, (_, i) => [fnv(`a${i}`) | 1, fnv(`b${i}`)] as const);

/** Words of a folded text that carry its content: no names, stop words, sign-offs or numbers. */
export function normalizeForClusters(text: string, senderName: string, myNames: Set<string>, library: Library): string[] {
	const sender = new Set(words(nameKey(senderName)));
	return words(text).filter(word => !sender.has(word) && !myNames.has(word) && !library.stopwords.has(word) && !signoffWords.has(word) && !/^\d+$/.test(word));
}

/** Word pairs, hashed from the words' own hashes (no strings built per pair). */
function shingles(tokens: string[]): Set<number> {
	const out = new Set<number>();
	let previous = fnv(tokens[0] ?? '');
	for (let i = 1; i < tokens.length; i++) {
		const current = fnv(tokens[i]!);
		out.add((Math.imul(previous, 0x9e3779b1) ^ current) >>> 0);
		previous = current;
	}
	return out;
}

/** One number per band: the band's index and a hash of its rows (a collision only costs one comparison). */
function bandKey(signature: Uint32Array, band: number): number {
	let hash = 0x811c9dc5;
	for (let row = band * rows; row < band * rows + rows; row++) hash = Math.imul(hash ^ signature[row]!, 0x01000193);
	return band * 0x1_0000_0000 + (hash >>> 0);
}

function signature(set: Set<number>): Uint32Array {
	const out = new Uint32Array(hashes).fill(0xffffffff);
	for (const value of set) {
		for (let i = 0; i < hashes; i++) {
			const hashed = (Math.imul(value, seeds[i]![0]) + seeds[i]![1]) >>> 0;
			if (hashed < out[i]!) out[i] = hashed;
		}
	}
	return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
	let common = 0;
	for (const value of a) if (b.has(value)) common++;
	return common / (a.size + b.size - common);
}

export function findClusters(inputs: ClusterInput[], myName: string | undefined, library: Library): Map<string, Cluster> {
	const myNames = new Set(words(nameKey(myName ?? '')));
	const sets: (Set<number> | undefined)[] = [];
	const lengths: number[] = [];
	const parent = inputs.map((_, index) => index);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const buckets = new Map<number, number>();
	inputs.forEach((input, index) => {
		if (input.exclude || !input.text) return;
		const tokens = normalizeForClusters(input.text, input.senderName, myNames, library);
		if (tokens.length < minTokens) return;
		const set = shingles(tokens);
		sets[index] = set;
		lengths[index] = tokens.length;
		const sig = signature(set);
		for (let band = 0; band < hashes / rows; band++) {
			const key = bandKey(sig, band);
			const first = buckets.get(key);
			if (first === undefined) buckets.set(key, index);
			else if (root(first) !== root(index) && jaccard(sets[first]!, set) >= similar) parent[root(index)] = root(first);
		}
	});
	const groups = new Map<number, number[]>();
	inputs.forEach((_, index) => {
		if (!sets[index]) return;
		const group = groups.get(root(index));
		if (group) group.push(index);
		else groups.set(root(index), [index]);
	});
	const out = new Map<string, Cluster>();
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const senders = new Set(members.map(index => nameKey(inputs[index]!.senderName) || inputs[index]!.sender)).size;
		const longest = Math.max(...members.map(index => lengths[index]!));
		if (senders < 3 && !(senders === 2 && longest >= 8)) continue;
		const dates = members.map(index => inputs[index]!.receivedAt).sort();
		const cluster: Cluster = {members: members.map(index => inputs[index]!.key), senders, first: dates[0]!, last: dates.at(-1)!};
		for (const key of cluster.members) out.set(key, cluster);
	}
	return out;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (iso: string) => `${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export function clusterText(cluster: Cluster): string {
	const others = cluster.members.length - 1;
	const from = month(cluster.first);
	const to = month(cluster.last);
	const span = from === to ? from : `${from} – ${to}`;
	const senders = cluster.senders < cluster.members.length ? `, ${cluster.senders} senders` : '';
	return `same text as ${others} other request${others === 1 ? '' : 's'} (${span}${senders})`;
}
