// The shape of a message: salutation, sign-off, and clauses sorted into the
// network's default text, the "we are both" schema, and what is left to read.
import {clauses, dice, fold, trigrams, words} from './fold.js';
import {bare, type DefaultText, type Library} from './library.js';

export type Salutation = {
	/** The name after the greeting, as written (`Thomas`, `Herr Keller`), if any. */
	name?: string;
	/** Whether a title (Herr, Frau, Mr …) came before it: then it is a family name. */
	formal: boolean;
	/** Length of the salutation in the raw text. */
	length: number;
};

const titles = new Set(['herr', 'frau', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'doktor', 'professor', 'sir', 'madam']);

/** `Hallo Herr Keller,` → {name: 'Keller', formal: true}; `Hi there!` → no name. */
export function salutation(raw: string, library: Library): Salutation | undefined {
	const tokens = [...raw.slice(0, 120).matchAll(/[\p{L}\p{N}'’]+\.?|[^\s\p{L}\p{N}]+/gu)].slice(0, 8);
	if (!library.greeting.test(fold(tokens.slice(0, 3).map(token => token[0]).join(' ')))) return undefined;
	let greetingEnd = -1;
	for (let count = 1; count <= 3 && count <= tokens.length; count++) {
		const phrase = fold(tokens.slice(0, count).map(token => token[0]).join(' ')).replace(/\.$/, '');
		const match = library.greeting.exec(phrase);
		if (match && match[0].length === phrase.length) greetingEnd = count;
	}
	if (greetingEnd < 0) return undefined;
	let at = greetingEnd;
	let formal = false;
	while (at < tokens.length && titles.has(fold(tokens[at]![0]).replace(/\.$/, ''))) {
		formal = true;
		at++;
	}
	const endOf = (index: number) => tokens[index]!.index + tokens[index]![0].length;
	const candidate = tokens[at];
	if (!candidate || !/^\p{L}/u.test(candidate[0])) return {formal, length: endOf(at - 1)};
	const word = fold(candidate[0]).replace(/\.$/, '');
	if (!/^\p{Lu}/u.test(candidate[0]) || library.notNames.has(word) || library.stopwords.has(word) || library.isGeneric(word)) {
		return {formal, length: endOf(at - 1)};
	}
	let last = at;
	const next = tokens[at + 1]?.[0];
	if (formal && !candidate[0].endsWith('.') && next && /^\p{Lu}\p{L}+$/u.test(next) && !library.stopwords.has(fold(next)) && !library.notNames.has(fold(next))) last = at + 1;
	return {name: tokens.slice(at, last + 1).map(token => token[0]).join(' ').replace(/\.$/, ''), formal, length: endOf(last)};
}

export type ClauseKind = 'default' | 'weAreBoth' | 'content';
export type Clause = {
	raw: string;
	folded: string;
	kind: ClauseKind;
	template?: DefaultText;
	/** A "we are both" clause that names something that happened there (a thread, a session, a talk). */
	shared?: boolean;
};

export type Shape = {
	salutation?: Salutation;
	/** The message without salutation and sign-off. */
	body: string;
	clauses: Clause[];
	/** The whole body is one of the network default texts. */
	wholeDefault?: DefaultText;
};

const defaultThreshold = 0.78;

// Default texts repeat across requests: remember the answer per text.
const memo = new WeakMap<Library, Map<string, DefaultText | null>>();

/** The default text this folded text is a variant of, if any. */
export function closestDefault(folded: string, library: Library): DefaultText | undefined {
	const text = bare(folded);
	let known = memo.get(library);
	if (!known) memo.set(library, known = new Map());
	const remembered = known.get(text);
	if (remembered !== undefined) return remembered ?? undefined;
	if (known.size > 100_000) known.clear();
	const found = compareWithDefaults(text, library);
	known.set(text, found ?? null);
	return found;
}

function compareWithDefaults(text: string, library: Library): DefaultText | undefined {
	const grams = trigrams(text);
	let best: DefaultText | undefined;
	let bestScore = defaultThreshold;
	for (const candidate of library.defaultTexts) {
		// Dice cannot reach the threshold when one text is much longer than the other.
		if (2 * Math.min(grams.size, candidate.grams.size) < defaultThreshold * (grams.size + candidate.grams.size)) continue;
		const score = dice(grams, candidate.grams);
		if (score >= bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}

function stripSignoff(body: string, library: Library, senderTokens: Set<string>): string {
	let text = body.trim();
	for (let round = 0; round < 3; round++) {
		const parts = text.split(/(?<=[.!?…,])\s+|\n+/u);
		const last = parts.at(-1);
		if (!last || parts.length < 2) break;
		const folded = bare(fold(last));
		const lastWords = words(folded);
		const onlyName = lastWords.length > 0 && lastWords.every(word => senderTokens.has(word));
		if (!onlyName && !library.signoff.test(folded)) break;
		text = text.slice(0, text.length - last.length).trim().replace(/[,]$/, '').trim();
	}
	return text;
}

export function shapeOf(raw: string, library: Library, senderName: string): Shape {
	const found = salutation(raw, library);
	const senderTokens = new Set(words(fold(senderName)));
	let body = found ? raw.slice(found.length).replace(/^[\s,!.:;-]+/u, '') : raw;
	body = stripSignoff(body, library, senderTokens);
	const shape: Shape = {body, clauses: [], ...(found ? {salutation: found} : {})};
	const whole = body.length < 220 ? closestDefault(fold(body), library) : undefined;
	if (whole) {
		shape.wholeDefault = whole;
		shape.clauses.push({raw: body, folded: fold(body), kind: 'default', template: whole});
		return shape;
	}
	for (const part of clauses(body)) {
		const folded = fold(part);
		const template = part.length < 220 ? closestDefault(folded, library) : undefined;
		if (template) {
			shape.clauses.push({raw: part, folded, kind: 'default', template});
			continue;
		}
		if (library.weAreBoth.test(folded)) {
			const shared = library.sharedHappening.test(folded);
			shape.clauses.push(shared ? {raw: part, folded, kind: 'content', shared} : {raw: part, folded, kind: 'weAreBoth'});
			continue;
		}
		shape.clauses.push({raw: part, folded, kind: 'content'});
	}
	return shape;
}
