// Mass-sent detection: near-duplicate texts from different senders, over every
// request (decided ones too: the fifth copy of a text you already reported is
// mass-sent). Texts are reduced to their letters (greeting, names, emoji,
// punctuation, spaces and hyphens gone, so "Open-Source" = "Open Source"), cut
// into five-letter shingles, and MinHash bands propose candidate pairs that are
// then compared exactly. A one-word edit, an emoji or another greeting leaves
// most shingles intact. Short texts, too short to shingle, match by their exact
// letters when three or more senders sent them.
import {nameKey, words} from './fold.js';
import type {Library} from './library.js';

/** `text` is the folded message (fold.ts). */
export type ClusterInput = {key: string; text: string | null; sender: string; senderName: string; receivedAt: string; exclude: boolean};
export type Cluster = {members: string[]; senders: number; first: string; last: string};

const shingleSize = 5;
const hashes = 32;
const rows = 2;
/** Below this many letters a text is compared by its exact letters only. */
const minLetters = 40;
const similar = 0.5;
/** How many members of a band bucket a new text is compared with. */
const perBucket = 12;

// Sign-offs differ between copies of one pasted text; they say nothing about it.
const signoffWords = new Set(['grusse', 'gruss', 'gruse', 'lg', 'vg', 'mfg', 'bg', 'best', 'regards', 'cheers', 'thanks', 'thank', 'danke', 'beste', 'viele', 'liebe', 'herzliche', 'freundliche', 'kind', 'warm', 'saludos', 'cordialement', 'saluti', 'cumprimentos', 'abracos', 'merci', 'gracias', 'grazie', 'obrigado', 'obrigada']);

function fnv(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

const seeds = Array.from({length: hashes}, (_, i) => [fnv(`a${i}`) | 1, fnv(`b${i}`)] as const);

/** The letters a copy keeps of its text: no greeting word, names, sign-off words, digits, emoji or punctuation. */
export function clusterLetters(text: string, senderName: string, myNames: Set<string>, library: Library): string {
	const sender = new Set(words(nameKey(senderName)));
	const tokens = words(text).filter(word => !sender.has(word) && !myNames.has(word) && !signoffWords.has(word) && !/^\d+$/.test(word));
	// The greeting ("hallo", "hi there", "bonjour") is what copies change first.
	while (tokens.length > 0 && library.greeting.test(tokens[0]!)) tokens.shift();
	return tokens.join('').replace(/[^\p{L}]/gu, '');
}

function shingles(letters: string): Set<number> {
	const out = new Set<number>();
	for (let i = 0; i + shingleSize <= letters.length; i++) out.add(fnv(letters.slice(i, i + shingleSize)));
	return out;
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

/** One number per band: the band's index and a hash of its rows. */
function bandKey(sig: Uint32Array, band: number): number {
	let hash = 0x811c9dc5;
	for (let row = band * rows; row < band * rows + rows; row++) hash = Math.imul(hash ^ sig[row]!, 0x01000193);
	return band * 0x1_0000_0000 + (hash >>> 0);
}

function jaccard(a: Set<number>, b: Set<number>): number {
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	let common = 0;
	for (const value of small) if (large.has(value)) common++;
	return common / (a.size + b.size - common);
}

export function findClusters(inputs: ClusterInput[], myName: string | undefined, library: Library): Map<string, Cluster> {
	const myNames = new Set(words(nameKey(myName ?? '')));
	const parent = inputs.map((_, index) => index);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const union = (a: number, b: number) => {
		const [x, y] = [root(a), root(b)];
		if (x !== y) parent[y] = x;
	};
	const sets: (Set<number> | undefined)[] = [];
	const short = new Map<string, number>();
	const buckets = new Map<number, number[]>();
	const used: boolean[] = [];
	inputs.forEach((input, index) => {
		if (input.exclude || !input.text) return;
		const letters = clusterLetters(input.text, input.senderName, myNames, library);
		if (letters.length < 8) return;
		used[index] = true;
		if (letters.length < minLetters) {
			const first = short.get(letters);
			if (first === undefined) short.set(letters, index);
			else union(first, index);
			return;
		}
		const set = shingles(letters);
		sets[index] = set;
		const sig = signature(set);
		for (let band = 0; band < hashes / rows; band++) {
			const key = bandKey(sig, band);
			const bucket = buckets.get(key);
			if (!bucket) {
				buckets.set(key, [index]);
				continue;
			}
			for (const other of bucket.slice(0, perBucket)) {
				if (root(other) !== root(index) && jaccard(sets[other]!, set) >= similar) union(other, index);
			}
			if (bucket.length < perBucket) bucket.push(index);
		}
	});
	const groups = new Map<number, number[]>();
	inputs.forEach((_, index) => {
		if (!used[index]) return;
		const group = groups.get(root(index));
		if (group) group.push(index);
		else groups.set(root(index), [index]);
	});
	const out = new Map<string, Cluster>();
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		// One person writing the same text on two networks (two records, one name) is one sender.
		const senders = new Set(members.map(index => nameKey(inputs[index]!.senderName) || inputs[index]!.sender)).size;
		const isShort = !sets[members[0]!];
		// Two people can write the same short line by chance; three cannot.
		if (senders < (isShort ? 3 : 2)) continue;
		let first = inputs[members[0]!]!.receivedAt;
		let last = first;
		for (const index of members) {
			const at = inputs[index]!.receivedAt;
			if (at < first) first = at;
			if (at > last) last = at;
		}
		const cluster: Cluster = {members: members.map(index => inputs[index]!.key), senders, first, last};
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
