// The learned layer on a suggestion, with its guards: learning adds its
// reasons and may tip a suggestion, but never decides alone (a tipped
// suggestion is marked unsure, so bulk apply skips it), never overrules a
// sure suggestion, never outweighs a meeting or a real dialogue, never turns a
// known person into spam, never welcomes what the rules call spam, and never
// overrules a name made to look like someone else's.
import {day} from '../classifier/fold.js';
import {reason, type Hit} from '../classifier/rules.js';
import type {Decision, Network, Strictness, Suggestion} from '../model.js';
import type {Learning} from './index.js';
import {leaningOf, leanings, type Leaning, type Opinion} from './personal.js';

export type LearnContext = {
	network: Network;
	strictness: Strictness;
	/** A meeting, a real dialogue or a vouch on record. */
	strong: boolean;
	/** Any history, connection or link to someone the user knows. */
	known: boolean;
	followerNetwork: boolean;
};

const disguise = new Set(['MIXED_SCRIPT_NAME', 'LOOKALIKE_NAME', 'CLONE_OF_CONTACT', 'IMPERSONATION']);
/** Similar decided texts it takes, without the same text, to tip a suggestion. */
const minSimilar = 2;
const said: Record<Leaning, string> = {welcome: 'accepted', ignore: 'ignored', spam: 'reported as spam'};

export function withLearning(base: Suggestion, opinion: Opinion | undefined, learning: Learning, context: LearnContext): Suggestion {
	const reasons = base.reasons.map(item => {
		const note = learning.disagreement.note(item.rule);
		return note ? {...item, text: `${item.text} (${note})`} : item;
	});
	if (!opinion) return {...base, reasons};
	const hits = reasonsOf(opinion);
	let {decision, unsure, confidence} = base;
	const tipped = tip(base, opinion, context);
	if (tipped) {
		decision = tipped.decision;
		confidence = tipped.confidence;
		unsure = true;
		hits.push({rule: 'UNSURE', text: `unsure: your past decisions say ${decision}, the rules said ${base.decision}`});
	}
	const learned = hits.map(reason);
	return {...base, decision, confidence, unsure, reasons: [...reasons.filter(item => !(tipped && item.rule === 'UNSURE')), ...learned].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))};
}

/** The suggestion the user's decisions lead to, when they outweigh the rules and the guards allow it. */
function tip(base: Suggestion, opinion: Opinion, context: LearnContext): {decision: Decision; confidence: number} | undefined {
	// The rules' sure suggestions stand: learning weighs in where they hesitate.
	if (!base.unsure || context.strong || base.readyToAccept || base.reasons.some(item => disguise.has(item.rule))) return undefined;
	const own = leaningOf(base.decision);
	const mixed = (leaning: Leaning) => (1 - opinion.share) * (leaning === own ? base.confidence : (1 - base.confidence) / 2) + opinion.share * opinion.distribution[leaning];
	const best = leanings.reduce((a, b) => (mixed(b) > mixed(a) ? b : a));
	if (best === own || (best === 'spam' && (context.known || !opinion.same))) return undefined;
	// One step at a time: what the rules call spam is never welcomed on the user's say-so, nor the reverse.
	if ((own === 'spam' && best === 'welcome') || (own === 'welcome' && best === 'spam')) return undefined;
	// Word counts alone are too weak a witness: the same text, or several like it decided that way.
	if (!opinion.same && !(opinion.similar[best] >= minSimilar && leanings.every(other => other === best || opinion.similar[other] < opinion.similar[best]))) return undefined;
	if (context.strictness === 'strict' && own === 'spam' && best === 'ignore') return undefined;
	const decision: Decision = best === 'welcome' ? (context.followerNetwork && context.strictness !== 'lenient' ? 'follower' : 'accept') : best === 'ignore' && context.strictness === 'strict' ? 'spam' : best;
	return {decision, confidence: Math.round(mixed(best) * 100) / 100};
}

function reasonsOf(opinion: Opinion): Hit[] {
	const hits: Hit[] = [];
	const {same} = opinion;
	if (same && same.item.decision !== 'accept' && same.item.decision !== 'follower') {
		const from = same.item.sender ? ` from ${same.item.sender}` : '';
		hits.push({rule: 'SAME_TEXT_DECIDED', text: `you ${same.item.decision === 'spam' ? 'reported' : 'ignored'} a near-identical text${from} on ${day(same.item.at)}`});
	}
	const ranked = [...leanings].sort((a, b) => opinion.similar[b] - opinion.similar[a]);
	const top = ranked[0]!;
	if (opinion.similar[top] >= 2 && opinion.similar[top] > opinion.similar[ranked[1]!]) {
		const others = ranked.slice(1).filter(leaning => opinion.similar[leaning] > 0).map(leaning => `${opinion.similar[leaning]} ${said[leaning]}`);
		const text = `your past decisions: ${opinion.similar[top]} similar requests ${said[top]}${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
		hits.push({rule: top === 'welcome' ? 'PAST_DECISIONS_FOR' : 'PAST_DECISIONS_AGAINST', text});
	}
	return hits;
}
