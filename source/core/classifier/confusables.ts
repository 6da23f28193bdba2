// Look-alike letters in names. A focused skeleton (after UTS #39): Cyrillic and
// Greek letters that print like Latin ones, compatibility forms (fullwidth,
// mathematical letters) and the classic Latin swaps (I/l, rn/m, 0/O). Latin
// letters with diacritics (ş ı ł ń é ß ü ç ø) are real letters of real names
// and map to nothing: they never make two different names look alike.
import {nameKey} from './fold.js';

const lookAlike: Record<string, string> = {
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'ë', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
	'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'ï', 'ј': 'j', 'ӏ': 'l', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ү': 'y', 'һ': 'h',
	'ɡ': 'g', 'ո': 'n', 'ց': 'g', 'ս': 'u',
	'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'Ë', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
	'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ї': 'Ï', 'Ј': 'J', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ү': 'Y', 'Һ': 'H', 'Ӏ': 'I',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
	'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	// Latin and digits that pass for other Latin letters
	'I': 'l', '1': 'l', '|': 'l', '0': 'O', 'ɑ': 'a',
};
const lookAlikeChars = new RegExp(`[${Object.keys(lookAlike).join('').replace(/[\\\]^|-]/g, '\\$&')}]`, 'gu');
// Two-letter swaps, applied after the single letters.
const pairs: [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/cl/g, 'd']];
const invisible = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/g;
const anyInvisible = new RegExp(invisible.source, 'u');

const ascii = /^[\x20-\x7e]*$/;

/** What a name looks like on screen: two names with the same skeleton are hard to tell apart. */
export function skeleton(name: string): string {
	const text = ascii.test(name) ? name : name.normalize('NFKC').replace(invisible, '');
	let out = text.replace(lookAlikeChars, char => lookAlike[char]!).toLowerCase();
	for (const [pattern, replacement] of pairs) out = out.replace(pattern, replacement);
	return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export type ScriptName = string;
const latin = /\p{Script=Latin}/u;
const letter = /\p{L}/u;
const scriptNames: [string, RegExp][] = [
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Armenian', /\p{Script=Armenian}/u],
	['Cherokee', /\p{Script=Cherokee}/u],
	['Coptic', /\p{Script=Coptic}/u],
];

/** The scripts one word of a name mixes (Latin first), or undefined when each word keeps to one (Иван and Ελένη are fine). */
export function mixedScripts(name: string): ScriptName[] | undefined {
	if (ascii.test(name)) return undefined;
	for (const word of name.normalize('NFKC').split(/[\s\-_.]+/u)) {
		const found = new Set<string>();
		for (const char of word) {
			if (!letter.test(char)) continue;
			if (latin.test(char)) found.add('Latin');
			else found.add(scriptNames.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
		}
		if (found.size > 1) return [...found].sort((a, b) => (a === 'Latin' ? -1 : b === 'Latin' ? 1 : a.localeCompare(b)));
	}
	return undefined;
}

/** Hidden characters (zero-width joiners, soft hyphens) have no place in a display name. */
export function hasInvisible(name: string): boolean {
	return anyInvisible.test(name);
}

/** Same skeleton, yet not the same name as a person types it: a look-alike. */
export function looksAlike(a: string, b: string): boolean {
	return skeleton(a) === skeleton(b) && differsInLooks(nameKey(a), styled(a), nameKey(b), styled(b));
}

/** Written with compatibility forms (fullwidth, mathematical letters) or hidden characters. */
export function styled(name: string): boolean {
	if (ascii.test(name)) return false;
	return name.normalize('NFKC') !== name.normalize('NFC') || hasInvisible(name);
}

/** Two names with one skeleton differ in looks when they differ in letters or in styling. */
export function differsInLooks(keyA: string, styledA: boolean, keyB: string, styledB: boolean): boolean {
	return keyA !== keyB || styledA !== styledB;
}
