// The guards of the learned layer, on the real function: learning tips only an
// unsure suggestion, marks what it tipped unsure, and never moves a meeting or
// dialogue, a disguised name, or a known person into spam.
import {describe, expect, it} from 'vitest';
import {withLearning, type LearnContext} from '../../../source/core/learning/apply.js';
import {Learning, type Opinion} from '../../../source/core/learning/index.js';
import type {Suggestion} from '../../../source/core/model.js';

const stranger: LearnContext = {network: 'linkedin', strictness: 'default', strong: false, known: false, followerNetwork: false};

const unsureIgnore: Suggestion = {
	decision: 'ignore', confidence: 0.55, unsure: true, readyToAccept: false,
	reasons: [{rule: 'GENERIC_TEXT', text: 'says nothing specific about you', weight: -1}, {rule: 'UNSURE', text: 'unsure: a language the text model was not trained on', weight: 0}],
};

const sameText = (decision: 'accept' | 'ignore' | 'spam', sender = 'Lea Brandt'): Opinion => {
	const leaning = decision === 'accept' ? 'welcome' : decision;
	return {
		distribution: {welcome: 0.05, ignore: 0.05, spam: 0.05, [leaning]: 0.9},
		share: 0.4,
		similar: {welcome: 0, ignore: 0, spam: 0, [leaning]: 1},
		same: {item: {key: 'linkedin:r-1', decision, at: '2026-10-03T09:00:00Z', sender, vector: new Map()}, similarity: 0.93},
	};
};

const rules = (suggestion: Suggestion) => suggestion.reasons.map(reason => reason.rule);

describe('the learned layer', () => {
	it('tips an unsure suggestion toward the same text decided before, marks it unsure and says why', () => {
		const tipped = withLearning(unsureIgnore, sameText('accept'), new Learning(), stranger);
		expect(tipped.decision).toBe('accept');
		expect(tipped.unsure).toBe(true);
		expect(tipped.reasons.find(reason => reason.rule === 'UNSURE')!.text).toBe('unsure: your past decisions say accept, the rules said ignore');
		// On a network where the mild yes is follower, welcome means follower.
		expect(withLearning(unsureIgnore, sameText('accept'), new Learning(), {...stranger, network: 'mastodon', followerNetwork: true}).decision).toBe('follower');
	});

	it('names the near-identical text the user reported, with its sender and day', () => {
		const result = withLearning(unsureIgnore, sameText('spam'), new Learning(), stranger);
		expect(result.reasons.find(reason => reason.rule === 'SAME_TEXT_DECIDED')!.text).toBe('you reported a near-identical text from Lea Brandt on 2026-10-03');
		expect(result.decision).toBe('spam');
	});

	it('leaves a sure suggestion as the rules made it, adding only its reasons', () => {
		const sure = {...unsureIgnore, confidence: 0.85, unsure: false, reasons: unsureIgnore.reasons.slice(0, 1)};
		const result = withLearning(sure, sameText('accept'), new Learning(), stranger);
		expect(result.decision).toBe('ignore');
		expect(result.unsure).toBe(false);
	});

	it('never outweighs a meeting or a dialogue', () => {
		const met: Suggestion = {decision: 'accept', confidence: 0.55, unsure: true, readyToAccept: false, reasons: [{rule: 'MET_IN_PERSON', text: 'met in person 2025-03-04', weight: 5}]};
		const result = withLearning(met, sameText('spam'), new Learning(), {...stranger, strong: true, known: true});
		expect(result.decision).toBe('accept');
		expect(rules(result)).toContain('SAME_TEXT_DECIDED');
	});

	it('never turns a known person into spam, nor a stranger on word counts alone', () => {
		expect(withLearning(unsureIgnore, sameText('spam'), new Learning(), {...stranger, known: true}).decision).toBe('ignore');
		const counts: Opinion = {distribution: {welcome: 0, ignore: 0.01, spam: 0.99}, share: 0.5, similar: {welcome: 0, ignore: 0, spam: 6}};
		expect(withLearning(unsureIgnore, counts, new Learning(), stranger).decision).toBe('ignore');
	});

	it('never welcomes what the rules call spam, nor reports what they welcome', () => {
		const spam: Suggestion = {decision: 'spam', confidence: 0.55, unsure: true, readyToAccept: false, reasons: [{rule: 'SALES_PITCH', text: 'a pitch', weight: -3}]};
		expect(withLearning(spam, sameText('accept'), new Learning(), stranger).decision).toBe('spam');
		expect(withLearning(spam, sameText('ignore'), new Learning(), stranger).decision).toBe('ignore');
		const welcome: Suggestion = {decision: 'accept', confidence: 0.55, unsure: true, readyToAccept: false, reasons: [{rule: 'INQUIRY', text: 'asks you something', weight: 1.5}]};
		expect(withLearning(welcome, sameText('spam'), new Learning(), stranger).decision).toBe('accept');
	});

	it('never overrules a name made to look like someone else\'s', () => {
		const disguised: Suggestion = {decision: 'spam', confidence: 0.5, unsure: true, readyToAccept: false, reasons: [{rule: 'LOOKALIKE_NAME', text: 'look-alike letters', weight: -4}]};
		expect(withLearning(disguised, sameText('accept'), new Learning(), stranger).decision).toBe('spam');
	});

	it('tips on similar texts only when several agree and outnumber the rest', () => {
		const several = (similar: Opinion['similar']): Opinion => ({distribution: {welcome: 0.9, ignore: 0.05, spam: 0.05}, share: 0.5, similar});
		expect(withLearning(unsureIgnore, several({welcome: 3, ignore: 0, spam: 0}), new Learning(), stranger).decision).toBe('accept');
		expect(withLearning(unsureIgnore, several({welcome: 1, ignore: 0, spam: 0}), new Learning(), stranger).decision).toBe('ignore');
		expect(withLearning(unsureIgnore, several({welcome: 3, ignore: 3, spam: 0}), new Learning(), stranger).decision).toBe('ignore');
	});

	it('shows a rule\'s precision beside its reason once the user went against it often', () => {
		const learning = new Learning();
		const suggested = {decision: 'ignore' as const, reasons: [{rule: 'GENERIC_TEXT', text: 'says nothing specific about you', weight: -1}]};
		for (let i = 0; i < 2; i++) learning.disagreement.add(suggested, 'ignore');
		for (let i = 0; i < 2; i++) learning.disagreement.add(suggested, 'accept');
		expect(withLearning(unsureIgnore, undefined, learning, stranger).reasons[0]!.text).toBe('says nothing specific about you');
		learning.disagreement.add(suggested, 'follower');
		expect(withLearning(unsureIgnore, undefined, learning, stranger).reasons[0]!.text).toBe('says nothing specific about you (you agreed 2 of 5 times)');
		expect(learning.disagreement.all()).toEqual([{rule: 'GENERIC_TEXT', supported: 5, against: 3, precision: 0.4}]);
	});
});
