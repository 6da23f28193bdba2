// What the text model reads of a message: folded words, word pairs and the
// four-letter pieces of each word. Pieces carry German compounds, plurals and
// inflections ("Masterclass", "Masterclasses", "Gratis-Masterclass") to the same
// evidence without a list per language. Names of people differ per message and
// say nothing of its kind: the caller replaces them before it gets here.
import {fold, words} from '../fold.js';

const url = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|io|de|net|org|ly|me|co|app|biz|info|xyz|fr|es|it|pt|ch|at|eu)\/\S*/giu;
const email = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/gu;
const emoji = /\p{Extended_Pictographic}/gu;

/** The message as the model sees it: links, addresses, numbers and emoji as one token each. */
export function modelText(message: string): string {
	return fold(message.replace(url, ' zzlink ').replace(email, ' zzmail ').replace(emoji, ' zzemoji '))
		.replace(/\d+(?:[.,]\d+)*/g, ' 0 ')
		.replace(/%/g, ' zzpercent ')
		.replace(/[€$£]/g, ' zzmoney ');
}

/** Words shorter than this give no pieces: their word feature says it all. */
const minPieces = 4;

/** Feature names with their counts in one message. */
export function features(message: string): Map<string, number> {
	const out = new Map<string, number>();
	const add = (feature: string) => out.set(feature, (out.get(feature) ?? 0) + 1);
	const tokens = words(modelText(message)).map(word => word.replace(/['’]/g, ''));
	let previous = '^';
	for (const token of tokens) {
		add(`w ${token}`);
		add(`b ${previous} ${token}`);
		previous = token;
		if (token.length < minPieces || token.startsWith('zz')) continue;
		const padded = `<${token}>`;
		for (let i = 0; i + 4 <= padded.length; i++) add(`c ${padded.slice(i, i + 4)}`);
	}
	if (tokens.length > 0) add(`b ${previous} $`);
	return out;
}

/**
 * Feature values scaled to unit length: a long message is not a stronger
 * one, and no single message saturates the model.
 */
export function normalized(counts: Map<string, number>): Map<string, number> {
	let sum = 0;
	for (const count of counts.values()) sum += Math.min(count, 3) ** 2;
	const norm = Math.sqrt(sum) || 1;
	const out = new Map<string, number>();
	for (const [feature, count] of counts) out.set(feature, Math.min(count, 3) / norm);
	return out;
}

/** A feature as a person reads it in a reason: the word, the pair, or the piece of a word. */
export function showFeature(feature: string): string {
	const body = feature.slice(2).replace(/zzlink/g, 'a link').replace(/zzmail/g, 'an e-mail address').replace(/zzemoji/g, 'an emoji').replace(/zzpercent/g, '%').replace(/zzmoney/g, '€').replace(/\b0\b/g, 'a number');
	if (feature.startsWith('c ')) return `"${body.replace(/[<>]/g, '')}…"`;
	if (feature.startsWith('b ')) return `"${body.replace(/^\^ /, '').replace(/ \$$/, '')}"`;
	return `"${body}"`;
}
