// The personal layer: what the user decided for texts like this one, as a
// distribution over welcome (accept or follower) / ignore / spam: the personal
// counts, and the decided texts most like it (a near-identical one weighs
// most). Its share grows with the number of decisions learned from, up to a
// cap, so a handful of decisions cannot outvote the rules.
import type {Decision} from '../model.js';
import {nearIdenticalFrom, type Resemblance} from './memory.js';

export type Leaning = 'welcome' | 'ignore' | 'spam';
export const leanings: readonly Leaning[] = ['welcome', 'ignore', 'spam'];

export type Opinion = {
	/** 0…1, sums to 1. */
	distribution: Record<Leaning, number>;
	/** How much the opinion counts against the rules' own confidence. */
	share: number;
	/** Similar decided texts per leaning. */
	similar: Record<Leaning, number>;
	/** The most similar decided text, when it is the same text. */
	same?: Resemblance;
};

const shareCap = 0.5;
/** With this many decisions the share is half its cap. */
const halfShareAt = 40;

export const leaningOf = (decision: Decision): Leaning => (decision === 'accept' || decision === 'follower' ? 'welcome' : decision);

export function opinionOf(found: Resemblance[], counts: Record<Leaning, number> | undefined, decisions: number): Opinion | undefined {
	const similar: Record<Leaning, number> = {welcome: 0, ignore: 0, spam: 0};
	for (const {item} of found) similar[leaningOf(item.decision)]++;
	const same = found[0] && found[0].similarity >= nearIdenticalFrom ? found[0] : undefined;
	let distribution = counts;
	if (same) {
		// The same text decided before speaks louder than the counts of its words.
		const leaning = leaningOf(same.item.decision);
		distribution = {welcome: 0.05, ignore: 0.05, spam: 0.05};
		distribution[leaning] = 0.9;
	}
	if (!distribution) return undefined;
	// The same text needs no crowd of decisions behind it; the counts do.
	const share = same ? shareCap : (shareCap * decisions) / (decisions + halfShareAt);
	return {distribution, share, similar, ...(same ? {same} : {})};
}
