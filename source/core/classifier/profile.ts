// What in the user's own profile is specific enough that naming it shows
// someone looked: quoted titles (talks, posts, the book, projects) and the
// distinctive words around them. The first sentence is the headline (role,
// employer, city): echoing it back shows nothing.
import {fold, words} from './fold.js';
import {bare, type Library} from './library.js';

export type TitleKind = 'talk' | 'post' | 'book' | 'podcast' | 'project' | 'session' | 'work';
export type Title = {title: string; kind: TitleKind; tokens: string[]; folded: string; core: string};

export type ProfileTerms = {
	titles: Title[];
	/** Distinctive words of the profile beyond its headline: folded → as written there. */
	terms: Map<string, string>;
	/** Folded words of the headline. */
	headline: Set<string>;
	/** Folded tokens of the user's own name and handles. */
	me: Set<string>;
};

const kindWords: [TitleKind, RegExp][] = [
	['talk', /\b(talks?|vortrage?|vortrag|keynotes?|rede|speaker|sprach)\b/],
	['session', /\b(session|workshop|panel)\b/],
	['book', /\b(buch|book|roman|novel|sachbuch)\b/],
	['podcast', /\b(podcast|folge|episode|show|sendung)\b/],
	['post', /\b(artikel|article|post|posts|beitrag|blog|blogpost|essay|kolumne|newsletter|text)\b/],
	['project', /\b(projekt|project|open-source|open source|tool|extension|erweiterung|app|library|bibliothek|plugin)\b/],
];

const articles = new Set(['der', 'die', 'das', 'the', 'a', 'an', 'ein', 'eine', 'le', 'la', 'les']);

const quoted = /[„“"«»‚‹›]([^„“"«»‚‹›\n]{3,80})[“”"«»‘’‹›]/gu;

export function profileTerms(profile: string | undefined, myNames: string[], library: Library): ProfileTerms {
	const me = new Set(myNames.flatMap(name => words(fold(name.replace(/^@/, '')))).filter(word => word.length > 1));
	if (!profile) return {titles: [], terms: new Map(), headline: new Set(), me};
	const headlineEnd = profile.search(/\n|\.\s/);
	const headlineText = headlineEnd > 0 ? profile.slice(0, headlineEnd) : profile.slice(0, 120);
	const headline = new Set(words(fold(headlineText)));
	const titles: Title[] = [];
	for (const match of profile.matchAll(quoted)) {
		const title = match[1]!.trim();
		const before = fold(profile.slice(Math.max(0, match.index - 250), match.index));
		let kind: TitleKind = 'work';
		let nearest = -1;
		for (const [candidate, pattern] of kindWords) {
			const found = [...before.matchAll(new RegExp(pattern, 'g'))].at(-1);
			if (found && found.index > nearest) {
				nearest = found.index;
				kind = candidate;
			}
		}
		// "Das leise Netzwerk – Kontakte pflegen statt sammeln" is mostly named by its main title.
		const main = title.split(/\s[-–—:]\s|:\s/u)[0]!.trim();
		for (const variant of main !== title && main.includes(' ') ? [title, main] : [title]) {
			const folded = bare(fold(variant));
			const all = words(folded);
			const tokens = all.filter(word => word.length > 2 && !library.stopwords.has(word) && !library.isGeneric(word));
			const core = (articles.has(all[0] ?? '') ? all.slice(1) : all).join(' ');
			// The reason names the title as the message does: the main title alone when that is what matched.
			if (all.length > 0) titles.push({title: variant, kind, tokens, folded, core});
		}
	}
	const terms = new Map<string, string>();
	for (const written of profile.slice(headlineText.length).match(/[\p{L}\p{N}]+(?:[.:'-][\p{L}\p{N}]+)*/gu) ?? []) {
		const word = fold(written);
		if (word.length < 4 || /^\d+$/.test(word) || library.stopwords.has(word) || library.isGeneric(word)) continue;
		if (headline.has(word) || me.has(word) || library.yourWork.test(`your ${word}`) || library.talkWords.test(word)) continue;
		if (!terms.has(word)) terms.set(word, written);
	}
	return {titles, terms, headline, me};
}

/**
 * A title counts as named when it is there as written (without a leading
 * article), or when its distinctive words are, by stem: all of one or two (one
 * alone only if long and rare), most of three or more.
 */
export function titleMentioned(title: Title, bareText: string, tokens: Set<string>, stems: Set<string>, context: {stem: (word: string) => string; rare: (word: string) => boolean}): boolean {
	if (bareText.includes(title.folded) || (title.core.includes(' ') && bareText.includes(title.core))) return true;
	// Words every text has ("five", "say", "notes") name no title: only rare ones count.
	// A stem as short as "say" says nothing of "Saying No".
	const has = (token: string) => context.rare(token) && (tokens.has(token) || (context.stem(token).length >= 5 && stems.has(context.stem(token))));
	const present = title.tokens.filter(has).length;
	if (title.tokens.length === 0) return false;
	if (title.tokens.length === 1) return present === 1 && title.tokens[0]!.length >= 8 && context.rare(title.tokens[0]!);
	if (title.tokens.length === 2) return present === 2;
	return present >= Math.ceil(title.tokens.length * 0.6);
}

/** "Leise Netzwerke – Wie Gemeinschaften wachsen" → "leise netzwerke": one key for a work and its subtitled form. */
export function mainTitle(title: string): string {
	return bare(fold(title.split(/\s[-–—:]\s|:\s/u)[0]!));
}

export function kindLabel(kind: TitleKind): string {
	return kind === 'work' ? '' : `${kind} `;
}
