// Whether what is left of a message after templates is an individual reason:
// it names something specific about the user (a talk, a post, the book), a
// concrete shared moment, a person both know, or asks about the user's work.
// Praise that would fit anyone and the user's own headline pasted back are not.
import {words} from './fold.js';
import type {Library} from './library.js';
import type {Clause} from './message.js';
import {kindLabel, mainTitle, titleMentioned, type ProfileTerms} from './profile.js';
import type {Hit} from './rules.js';
import {bare} from './library.js';

/** `strong`: it names a work of the user's by its title, or a person the user knows: the wording cannot outweigh that. */
export type Individuality = {score: number; hits: Hit[]; headlineEcho: boolean; specificWords: number; strong: boolean};

export type IndividualContext = {
	library: Library;
	profile: ProfileTerms;
	senderTokens: Set<string>;
	senderName: string;
	/** The name of a person the user knows that the text names ("Anna Brandt told me …"), if any. */
	namesContact: (bareText: string, senderName: string) => string | undefined;
	/** A word few messages use: naming it can show someone looked. Field words every template repeats are not. */
	rare: (word: string) => boolean;
};

/** Per message: the stemmer of its language. */
export type MessageContext = IndividualContext & {stem: (word: string) => string};

const timeWords = /\b(gestern|vorgestern|heute|neulich|letzte[nr]? (woche|monat|jahr)|vergangene[nr]? (woche|monat)|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|yesterday|today|recently|last (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (morning|week))\b|\b\d+\b/u;
const quote = /["„“”«»]([^"„“”«»]{3,80})["“”«»]/u;

/** "my talk", "unser Artikel": their own work, not the user's. */
const ownPatterns = new WeakMap<Library, RegExp>();
function ownWork(folded: string, library: Library): boolean {
	let own = ownPatterns.get(library);
	if (!own) ownPatterns.set(library, own = new RegExp(`\\b(my|mein\\w*|our|unser\\w*)( \\S+)? ${library.talkWords.source}`, 'u'));
	return own.test(folded) || /\b(let'?s|let us|lass uns|to|we|can|could|should|would|will) (talk|reden|sprechen)\b/u.test(folded);
}

/** A quote of the clause, starting a little before `at` (a position in its folded form, near enough in the raw one). */
const snippet = (text: string, at = 0, max = 70) => {
	const start = at > 30 ? text.lastIndexOf(' ', at - 20) + 1 : 0;
	const line = text.slice(start).replace(/\s+/g, ' ').trim();
	return `"${start > 0 ? '…' : ''}${line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line}"`;
};
/** Where a pattern matched, unless at the very end (a question mark): then the clause is quoted from its start. */
const position = (pattern: RegExp, folded: string) => {
	const at = pattern.exec(folded)?.index ?? 0;
	return at > folded.length - 20 ? 0 : at;
};

/** Only content clauses give a reason: a title or a name inside a template clause is the template's. */
export function individuality(allClauses: Clause[], context: MessageContext): Individuality {
	const {library, profile} = context;
	const hits: Hit[] = [];
	let score = 0;
	const content = allClauses.filter(clause => clause.kind === 'content');
	const whole = bare(content.map(clause => clause.folded).join(' '));
	const wholeTokens = new Set(words(whole));

	// One work named once, even when the profile lists it twice (in the headline and as the book).
	const stems = new Set([...wholeTokens].map(context.stem));
	const named = [...new Map(profile.titles.filter(title => titleMentioned(title, whole, wholeTokens, stems, context)).map(title => [mainTitle(title.title), title])).values()];
	for (const title of named.slice(0, 2)) hits.push({rule: 'PROFILE_REFERENCE', text: `mentions your ${kindLabel(title.kind)}"${title.title}"`});
	score += Math.min(named.length, 2) * 3;

	let headlineEcho = false;
	let specific = 0;
	const terms = new Set<string>();
	let anyTime = false;
	let anyQuote = false;
	let yourWork: Clause | undefined;
	let talk: Clause | undefined;
	let asked: Clause | undefined;
	for (const clause of content) {
		const clauseWords = words(clause.folded).filter(word => word.length > 2 && !library.stopwords.has(word) && !context.senderTokens.has(word) && !profile.me.has(word));
		const meaningful = clauseWords.filter(word => !library.isGeneric(word));
		const headlineWords = meaningful.filter(word => profile.headline.has(word));
		if (headlineWords.length >= 2 && meaningful.length - headlineWords.length <= 1 && !named.length) {
			headlineEcho = true;
			continue;
		}
		const own = meaningful.filter(word => !profile.headline.has(word));
		specific += own.length;
		for (const word of own) if (profile.terms.has(word) && context.rare(word)) terms.add(word);
		if (timeWords.test(clause.folded)) anyTime = true;
		if (quote.test(clause.raw)) anyQuote = true;
		if (!yourWork && library.yourWork.test(clause.folded)) yourWork = clause;
		if (!talk && library.talkWords.test(clause.folded) && !ownWork(clause.folded, library)) talk = clause;
		if (!asked && own.length >= 2 && library.inquiry.test(clause.folded)) asked = clause;
		if (clause.shared || library.claimedMeeting.test(clause.folded)) {
			if (!hits.some(hit => hit.rule === 'SHARED_CONTEXT')) {
				hits.push({rule: 'SHARED_CONTEXT', text: `names a shared moment: ${snippet(clause.raw)} (not in your records)`});
				score += 3;
			}
		}
	}

	const work = yourWork ?? talk;
	if (work) {
		const detailed = library.aboutWords.test(work.folded) || quote.test(work.raw) || named.length > 0 || terms.size > 0;
		score += detailed ? 3 : 2;
		const at = position(yourWork === work ? library.yourWork : library.talkWords, work.folded);
		if (!named.length) hits.push({rule: 'YOUR_WORK', text: `refers to your work: ${snippet(work.raw, at)}`});
	}
	const contact = context.namesContact(whole, context.senderName);
	if (contact) {
		hits.push({rule: 'NAMES_CONTACT', text: `names ${contact}, whom you know`});
		score += 2;
	}
	if (asked) {
		score += 2;
		const verb = asked.raw.includes('?') ? 'asks you' : 'a request to you';
		hits.push({rule: 'INQUIRY', text: `${verb}: ${snippet(asked.raw, position(library.inquiry, asked.folded))}`});
	}
	if (terms.size > 0) {
		score += Math.min(terms.size, 2);
		const shown = [...terms].slice(0, 3).map(term => profile.terms.get(term) ?? term);
		if (!named.length) hits.push({rule: 'PROFILE_REFERENCE', text: `mentions ${shown.join(', ')} from your profile`});
	}
	// Details (times, quotes, many specific words) strengthen a reason, but are none by themselves:
	// a self-introduction or an unrecognised pitch can be long and full of numbers.
	const anchored = named.length > 0 || terms.size > 0 || !!work || !!contact || !!asked || hits.some(hit => hit.rule === 'SHARED_CONTEXT');
	let details = 0;
	if (anyTime) details += 1;
	if (anyQuote && !named.length) details += 1;
	if (specific >= 4) details += 1;
	if (specific >= 8) details += 1;
	score = anchored ? score + details : Math.min(score + details, 2);
	// A clause that echoes the headline ("I am a data engineer too") beside a real reason does not make it one.
	if (anchored) headlineEcho = false;
	return {score, hits, headlineEcho, specificWords: specific, strong: named.length > 0 || !!contact};
}
