// Everything the message of one request says, as rule hits: templates,
// placeholders, a salutation for someone else, an individual reason, a pitch.
import type {Network} from '../model.js';
import {fold, words} from './fold.js';
import type {IndividualContext} from './individual.js';
import {shapeOf} from './message.js';
import {readContent} from './reading.js';
import type {TextModel} from './text-model/model.js';
import type {Hit} from './rules.js';

export type MessageFacts = {
	hits: Hit[];
	empty: boolean;
	/** Score of the individual reason; 3 or more is one. */
	individual: number;
	/** Leftover placeholder, impersonal salutation or someone else's name: a template, whatever else it says. */
	templated: boolean;
	pitch: boolean;
	pitchScore: number;
	/** Claims to be a new or second account. */
	newAccount: boolean;
	/** Whole text is a network default text. */
	networkDefault: boolean;
	/** The message folded (see fold.ts); null without one. */
	folded: string | null;
	/** A short text that reads as a template: a network's suggested text in a language the library lacks, more likely than one pasted by many. */
	shortTemplate: boolean;
	/** Why the reading of the message is not to be trusted blindly (conflicting signals, an unknown language). */
	unsure: string[];
};

export {individualThreshold} from './reading.js';

const networkNames: Record<string, string> = {
	linkedin: 'LinkedIn', xing: 'XING', facebook: 'Facebook', twitter: 'X', mastodon: 'Mastodon', instagram: 'Instagram', other: 'network',
};

export type AnalyzeContext = IndividualContext & {myName?: string; model: TextModel};

/** The user's name as people write it: typos, and short forms that keep its first letters (Dan, Steffi, Alex). */
function sameName(written: string, mine: string): boolean {
	if (written === mine) return true;
	if (written.length >= 3 && mine.length >= 3 && written.slice(0, 3) === mine.slice(0, 3)) return true;
	if (Math.abs(written.length - mine.length) > 1 || Math.min(written.length, mine.length) < 5) return false;
	let differences = 0;
	for (let i = 0, j = 0; i < written.length || j < mine.length; i++, j++) {
		if (written[i] === mine[j]) continue;
		if (++differences > 1) return false;
		if (written.length > mine.length) j--;
		else if (mine.length > written.length) i--;
	}
	return true;
}

let mineCache: {name: string; tokens: string[]} | undefined;
function myTokens(name: string): string[] {
	if (mineCache?.name !== name) mineCache = {name, tokens: words(fold(name))};
	return mineCache.tokens;
}

export function analyzeMessage(message: string | null, network: Network, senderName: string, context: AnalyzeContext): MessageFacts {
	const facts: MessageFacts = {hits: [], empty: false, individual: 0, templated: false, pitch: false, pitchScore: 0, newAccount: false, networkDefault: false, folded: null, shortTemplate: false, unsure: []};
	if (!message || message.trim() === '') {
		facts.empty = true;
		facts.hits.push({rule: 'EMPTY_MESSAGE', text: network === 'facebook' ? 'no message (Facebook cannot attach one); Facebook keeps them as a follower anyway' : 'no message'});
		return facts;
	}
	const {library} = context;
	const folded = fold(message);
	facts.folded = folded;
	for (const pattern of library.placeholders) {
		const match = pattern.exec(message);
		if (match) {
			facts.hits.push({rule: 'PLACEHOLDER_LEFT', text: `leftover placeholder "${match[0]}"`});
			facts.templated = true;
			break;
		}
	}
	if (!facts.templated) {
		const impersonal = library.impersonalSalutations.map(pattern => pattern.exec(folded)).find(Boolean);
		if (impersonal) {
			facts.hits.push({rule: 'PLACEHOLDER_LEFT', text: `impersonal salutation "${impersonal[0]}"`});
			facts.templated = true;
		}
	}
	const shape = shapeOf(message, library, senderName);
	const addressed = shape.salutation?.name;
	if (addressed && context.myName && !facts.templated) {
		const mine = myTokens(context.myName);
		const written = words(fold(addressed));
		const target = shape.salutation!.formal ? written.slice(-1) : written.slice(0, 1);
		if (mine.length > 0 && target.length > 0 && !target.some(word => mine.some(part => sameName(word, part)))) {
			facts.hits.push({rule: 'WRONG_NAME', text: `addressed to "${addressed}", not to you`});
			facts.templated = true;
		}
	}
	if (shape.wholeDefault || shape.clauses.some(clause => clause.kind === 'default')) {
		const template = shape.wholeDefault ?? shape.clauses.find(clause => clause.kind === 'default')!.template!;
		facts.hits.push({rule: 'NETWORK_DEFAULT_TEXT', text: `${networkNames[template.network] ?? template.network} default text${shape.wholeDefault ? '' : ' with a few words added'}`});
		facts.networkDefault = !!shape.wholeDefault;
	}
	const both = shape.clauses.find(clause => clause.kind === 'weAreBoth');
	if (both) facts.hits.push({rule: 'WE_ARE_BOTH', text: `"we are both" template: "${both.raw.length > 60 ? `${both.raw.slice(0, 59)}…` : both.raw}"`});

	if (shape.wholeDefault) return facts;
	readContent(facts, shape, message, folded, !!both, context);
	facts.newAccount = library.newAccount.test(folded);
	return facts;
}
