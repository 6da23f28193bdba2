// The policy's decision table: evidence first, then spam signals, then whether
// the message is an individual reason; per network; strictness last.
import type {Decision, Network, Strictness} from '../model.js';
import type {MessageFacts} from './analyze.js';
import {individualThreshold} from './analyze.js';
import type {Evidence} from './evidence.js';
import type {Hit, RuleId} from './rules.js';

/** Networks where an unconfirmed request already lets the sender follow: the mild "yes" is follower. */
export const followerNetworks: ReadonlySet<Network> = new Set(['facebook', 'twitter', 'mastodon', 'instagram']);

const impersonation: ReadonlySet<RuleId> = new Set(['MIXED_SCRIPT_NAME', 'LOOKALIKE_NAME', 'CLONE_OF_CONTACT', 'IMPERSONATION']);
/** Names made to look like someone else's: whatever the history says, never accepted. */
const disguised: ReadonlySet<RuleId> = new Set(['MIXED_SCRIPT_NAME', 'LOOKALIKE_NAME']);

/** `unsure`: why a person should look before this suggestion is applied; empty when it can be trusted. */
export type Verdict = {decision: Decision; confidence: number; note?: Hit; unsure: string[]};

export function verdict(network: Network, evidence: Evidence, message: MessageFacts, identity: Hit[], massSent: boolean, strictness: Strictness): Verdict {
	const result = decide(network, evidence, message, identity, massSent, strictness);
	const unsure = [...message.unsure];
	if (identity.some(hit => hit.rule === 'NEAR_NAME') && result.decision !== 'spam') unsure.push('the name may imitate someone you know');
	// With a meeting or a dialogue on record the message no longer decides.
	return {...result, unsure: evidence.strong && !identity.some(hit => hit.rule === 'NEAR_NAME') ? [] : unsure};
}

function decide(network: Network, evidence: Evidence, message: MessageFacts, identity: Hit[], massSent: boolean, strictness: Strictness): Omit<Verdict, 'unsure'> {
	const impersonating = identity.some(hit => impersonation.has(hit.rule));
	const spamSignal = impersonating || message.pitch || massSent;
	if (evidence.strong) {
		// Their history is real, but the name is not to be trusted: never accept it.
		if (identity.some(hit => disguised.has(hit.rule))) return {decision: 'spam', confidence: 0.6};
		// A history of its own makes a second account under a contact's name the person themselves, most likely.
		if (impersonating) return {decision: 'accept', confidence: 0.55};
		const base = evidence.hits.some(hit => hit.rule === 'MET_IN_PERSON') ? 0.95 : 0.9;
		return {decision: 'accept', confidence: spamSignal ? base - 0.2 : base};
	}
	if (impersonating) return {decision: 'spam', confidence: 0.95};
	if (message.pitch) return {decision: 'spam', confidence: Math.min(0.95, 0.6 + message.pitchScore * 0.07)};
	if (massSent) return {decision: 'spam', confidence: 0.8};
	const individual = message.individual >= individualThreshold && !message.templated;
	if (individual) {
		const confidence = Math.min(0.9, 0.45 + message.individual * 0.07);
		if (strictness === 'lenient' || !followerNetworks.has(network)) {
			return {decision: 'accept', confidence, note: {rule: 'NO_EVIDENCE', text: `no meeting or dialogue yet; ${strictness === 'lenient' ? 'lenient: an individual reason is enough' : `an individual reason is enough on ${network}`}`}};
		}
		return {decision: 'follower', confidence, note: {rule: 'NO_EVIDENCE', text: `no meeting or dialogue yet: as a follower they can read along on ${network}`}};
	}
	let confidence = 0.85;
	if (!message.empty && !message.templated && !message.networkDefault && !message.hits.some(hit => hit.rule === 'WE_ARE_BOTH' || hit.rule === 'HEADLINE_ECHO')) {
		confidence = message.individual >= 2 ? 0.55 : message.individual >= 1 ? 0.65 : 0.8;
	}
	return strictness === 'strict'
		? {decision: 'spam', confidence, note: {rule: 'NO_EVIDENCE', text: 'strict: a request without a reason is reported as contact spam'}}
		: {decision: 'ignore', confidence};
}
