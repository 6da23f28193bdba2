// Which language a message is in, so that a message in a language the text
// model was not trained on is marked unsure instead of guessed. Most messages
// give themselves away by a few function words of a language the model knows;
// only the rest go to a general language detector (tinyld: n-gram statistics for
// 60+ languages, accurate on short texts, no downloads), once per text.
import {detect} from 'tinyld';
import {fold, words} from '../fold.js';

const functionWords: Record<string, string[]> = {
	de: ['ich', 'und', 'nicht', 'mit', 'dein', 'deine', 'ihr', 'ihre', 'ihren', 'ihrem', 'sie', 'du', 'dich', 'dir', 'der', 'die', 'das', 'ist', 'bin', 'habe', 'hab', 'auf', 'gerne', 'gern', 'uber', 'auch', 'wir', 'uns', 'euch', 'eine', 'einen', 'mich', 'mir'],
	en: ['the', 'and', 'you', 'your', 'i', 'my', 'with', 'for', 'is', 'are', 'have', 'would', 'like', 'to', 'of', 'we', 'our', 'this', 'that', 'it', 'on', 'at', 'be', 'was'],
	fr: ['je', 'vous', 'votre', 'vos', 'et', 'le', 'la', 'les', 'des', 'une', 'est', 'sur', 'pour', 'avec', 'mon', 'ma', 'mes', 'nous', 'tu', 'ton', 'ta', 'ai', 'suis', 'du', 'au', 'aux', 'pas', 'que', 'qui'],
	it: ['il', 'di', 'che', 'e', 'la', 'per', 'sono', 'ho', 'tuo', 'tua', 'suo', 'sua', 'con', 'mi', 'ti', 'del', 'della', 'un', 'una', 'nel', 'nella', 'ciao', 'grazie', 'vorrei', 'anche', 'non'],
	es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'tu', 'su', 'soy', 'estoy', 'con', 'por', 'para', 'me', 'te', 'una', 'un', 'del', 'muy', 'hola', 'gracias', 'tambien', 'pero', 'mi'],
	pt: ['o', 'a', 'de', 'que', 'e', 'em', 'os', 'as', 'voce', 'seu', 'sua', 'sou', 'estou', 'com', 'por', 'para', 'me', 'uma', 'um', 'do', 'da', 'no', 'na', 'ola', 'obrigado', 'obrigada', 'muito', 'nao', 'tambem'],
};

const index = new Map<string, string[]>();
for (const [language, list] of Object.entries(functionWords)) {
	for (const word of list) index.set(word, [...(index.get(word) ?? []), language]);
}

const remembered = new Map<string, string>();

/** ISO 639-1 code of the message's language, or `''` when it is too short to tell. */
export function languageOf(message: string): string {
	const tokens = words(fold(message));
	if (tokens.length < 3) return '';
	const votes = new Map<string, number>();
	for (const token of tokens) {
		const languages = index.get(token);
		if (!languages) continue;
		// A word of one language only is a vote; one shared by several is a weaker one.
		for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1 / languages.length);
	}
	const ranked = [...votes].sort((a, b) => b[1] - a[1]);
	const [first, second] = ranked;
	if (first && first[1] >= 2 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
	let found = remembered.get(message);
	if (found === undefined) {
		found = detect(message) || '';
		if (remembered.size > 50_000) remembered.clear();
		remembered.set(message, found);
	}
	return found;
}
