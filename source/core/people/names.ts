// Name folding: the forms a name is compared in, so that people are found the
// way they are remembered. Müller, Mueller and Muller, Weiß and Weiss, Łukasz
// and Lukasz, a Cyrillic "а" passing as a Latin "a": each collapses to one form.
import {pushAll} from '../arrays.js';

// Cyrillic and Greek capitals that look like Latin ones. Mapped before lower-casing,
// because their lower-case forms (в, н, т, м) no longer look Latin.
const upperLookalikes: Record<string, string> = {
	А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
	Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I',
	Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const lowerLookalikes: Record<string, string> = {
	а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
	ӏ: 'l', ү: 'y', ѵ: 'v', ɑ: 'a', ɡ: 'g', ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', υ: 'u', α: 'a', τ: 't', ε: 'e',
};
// Latin letters that Unicode does not decompose into a base letter and a mark.
const latinSpecials: Record<string, string> = {
	ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l', ĸ: 'k',
};
const umlauts: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue'};

const lookalikeUpper = new RegExp(`[${Object.keys(upperLookalikes).join('')}]`, 'g');
const lookalikeLower = new RegExp(`[${Object.keys(lowerLookalikes).join('')}]`, 'g');
const specials = new RegExp(`[${Object.keys(latinSpecials).join('')}]`, 'g');
const marks = /\p{M}+/gu;
// Zero-width spaces and joiners, bidi controls, soft hyphens: invisible, so a name
// with one inside reads like the name without it.
const invisibles = /[\p{Cf}\u180E]/gu;
const wordPattern = /[\p{L}\p{N}]+/gu;
const rawWord = /[\p{L}\p{M}\p{N}\p{Cf}\u180E]+/gu;

/**
 * Lower case, compatibility forms unified (full-width, ligatures), look-alike
 * letters read as the Latin letters they imitate; accents are kept. Only words
 * that are Latin at least in part, or made entirely of look-alikes, are mapped:
 * a genuinely Cyrillic or Greek name stays what it is.
 */
function base(text: string): string {
	return text
		.normalize('NFKC')
		.replace(invisibles, '')
		.replace(/[\p{L}\p{M}]+/gu, word => (imitatesLatin(word) ? word.replace(lookalikeUpper, c => upperLookalikes[c]!) : word))
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\p{L}\p{M}]+/gu, word => (imitatesLatin(word) ? word.replace(lookalikeLower, c => lowerLookalikes[c]!) : word));
}

function imitatesLatin(word: string): boolean {
	const letters = word.replace(marks, '');
	if (/\p{Script=Latin}/u.test(letters)) return true;
	return [...letters].every(char => upperLookalikes[char] !== undefined || lowerLookalikes[char] !== undefined);
}

function strip(text: string): string {
	return text.replace(marks, '').replace(specials, char => latinSpecials[char]!);
}

/** Accents dropped: `Müller` → `muller`, `Weiß` → `weiss`, `Łukasz` → `lukasz`. */
export function foldStripped(text: string): string {
	return strip(base(text));
}

/** German transliteration: `Müller` → `mueller`, `Jürgen` → `juergen`, other accents dropped. */
export function foldTransliterated(text: string): string {
	return strip(base(text).normalize('NFC').replace(/[äöü]/g, char => umlauts[char]!).normalize('NFD'));
}

/**
 * The form every spelling of a name meets in: accents dropped and the German
 * digraphs ae/oe/ue read as a/o/u, so `Müller`, `Mueller` and `Muller` are all
 * `muller`. It merges a few unrelated names (Michael, Michal); ranking breaks
 * those ties with the exact forms.
 */
export function foldLoose(text: string): string {
	return foldStripped(text).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/**
 * Folding is per word, and the same words come back again and again (first
 * names, employers, cities): remembering them makes indexing 30,000 people
 * several times faster. Bounded, so a long session cannot grow it without end.
 */
function memo<T>(fold: (word: string) => T): (word: string) => T {
	const cache = new Map<string, T>();
	return word => {
		let folded = cache.get(word);
		if (folded === undefined) {
			if (cache.size >= 100_000) cache.clear();
			folded = fold(word);
			cache.set(word, folded);
		}
		return folded;
	};
}

/** The exact forms of a word: a name spelled as stored, with or without transliteration. */
export const exactForms = memo((word: string): string[] => {
	const stripped = foldStripped(word);
	const transliterated = foldTransliterated(word);
	return stripped === transliterated ? [stripped] : [stripped, transliterated];
});

/** Words of a text, as written (letters and digits; everything else separates). */
export function words(text: string): string[] {
	if (ascii.test(text)) return text.match(asciiWord) ?? [];
	return text.replace(invisibles, '').match(wordPattern) ?? [];
}

const ascii = /^[\x00-\x7F]*$/;

const plain = /^[A-Za-z0-9]+$/;
const asciiWord = /[A-Za-z0-9]+/g;
const digraph = /[aou]e/;

/**
 * A word of plain ASCII letters and digits needs no Unicode normalisation: the
 * common case by far (handles, English, transliterated names), folded without
 * the cache so that one-off words (handles) do not crowd it.
 */
function foldPlain(word: string): string {
	const lower = word.toLowerCase();
	return digraph.test(lower) ? lower.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : lower;
}

/** One word as written → its loose words (usually one; a ligature or full-width text may fold to more). */
const looseWordsOf = memo((word: string): string | string[] => {
	const parts = foldLoose(word).match(wordPattern) ?? [];
	return parts.length === 1 ? parts[0]! : parts;
});

/** Loose words of a text: the unit the search index is made of. */
export function looseWords(text: string): string[] {
	// Most text is plain ASCII: fold it whole (the digraphs never span a separator) and split once.
	if (ascii.test(text)) return foldPlain(text).match(asciiWord) ?? [];
	const out: string[] = [];
	// A word as written keeps its combining marks and invisible characters; folding removes them.
	for (const [raw] of text.matchAll(rawWord)) {
		if (plain.test(raw)) {
			out.push(foldPlain(raw));
			continue;
		}
		const folded = looseWordsOf(raw);
		if (typeof folded === 'string') out.push(folded);
		else pushAll(out, folded);
	}
	return out;
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'other';
const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/u;

function scriptOf(char: string): Script | undefined {
	if (!/\p{L}/u.test(char)) return undefined;
	if (/\p{Script=Latin}/u.test(char)) return 'latin';
	if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
	if (/\p{Script=Greek}/u.test(char)) return 'greek';
	return 'other';
}

/**
 * The scripts a name mixes, or [] when it keeps to one: `Mаrta` (Cyrillic а)
 * gives ['latin', 'cyrillic']. Digits, punctuation and emoji belong to no script.
 */
export function mixedScripts(name: string): Script[] {
	if (!nonLatinLetter.test(name)) return [];
	const found = new Set<Script>();
	for (const char of name.normalize('NFC')) {
		const script = scriptOf(char);
		if (script) found.add(script);
	}
	return found.size > 1 ? [...found] : [];
}

/**
 * Why a name may be dressed up to look like someone else's, as short reasons:
 * letters from several scripts, or invisible characters inside the name.
 */
export function spoofSigns(name: string): string[] {
	const out: string[] = [];
	if (ascii.test(name)) return out;
	const scripts = mixedScripts(name);
	if (scripts.length > 0) out.push(`name mixes ${scripts.map(script => script[0]!.toUpperCase() + script.slice(1)).join(' and ')} letters`);
	if (/\p{L}[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+\p{L}/u.test(name)) out.push('name hides invisible characters');
	return out;
}
