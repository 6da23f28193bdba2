// The screening's rule ids in words a user reads on a chart. A rule added to
// the classifier without a label here fails the typecheck.
import type {Network} from '../model.js';
import type {RuleId} from '../classifier/rules.js';

const networkNames: Record<Network, string> = {
	linkedin: 'LinkedIn',
	xing: 'XING',
	facebook: 'Facebook',
	twitter: 'X',
	mastodon: 'Mastodon',
	instagram: 'Instagram',
	other: 'other network',
};

export function networkName(network: Network): string {
	return networkNames[network];
}

const ruleWords = {
	MET_IN_PERSON: 'met in person',
	DIALOGUE: 'real dialogue',
	CONNECTED_WITH_DIALOGUE: 'contact elsewhere, with dialogue',
	VOUCHED: 'you vouched for them',
	READY_TO_ACCEPT: 'ready to accept',
	ONE_WAY_ONLY: 'one-way contact only',
	CONNECTED_ELSEWHERE: 'contact elsewhere, no dialogue',
	NO_EVIDENCE: 'no history',
	PROFILE_REFERENCE: 'names your talk, post or project',
	YOUR_WORK: 'refers to your work',
	SHARED_CONTEXT: 'a shared moment',
	NAMES_CONTACT: 'names someone you know',
	INQUIRY: 'asks about your work',
	SPECIFIC_TEXT: 'written to you',
	EMPTY_MESSAGE: 'no text',
	NETWORK_DEFAULT_TEXT: 'network default text',
	WE_ARE_BOTH: 'we are both …',
	PLACEHOLDER_LEFT: 'template placeholder left in',
	WRONG_NAME: "someone else's name",
	HEADLINE_ECHO: 'your headline pasted back',
	GENERIC_TEXT: 'nothing specific',
	MASS_SENT: 'mass-sent',
	SALES_PITCH: 'sales pitch',
	MIXED_SCRIPT_NAME: 'name mixes alphabets',
	LOOKALIKE_NAME: 'look-alike name',
	CLONE_OF_CONTACT: 'second account of a contact',
	IMPERSONATION: 'impersonates a contact',
	PITCH_IN_NAME: 'pitch in the name',
	NAME_TWIN: "shares a contact's name",
	NEAR_NAME: "name one letter off a contact's",
	LINKED_PERSON: 'probably someone you know',
	UNSURE: 'unsure',
	PAST_DECISIONS_FOR: 'like requests you accepted',
	PAST_DECISIONS_AGAINST: 'like requests you declined',
	SAME_TEXT_DECIDED: 'a text you declined before',
} as const satisfies Record<RuleId, string>;

/** `LinkedIn default text`, `we are both …`, `mass-sent`. */
export function ruleLabel(rule: string, network?: Network): string {
	if (rule === 'NETWORK_DEFAULT_TEXT' && network) return `${networkName(network)} default text`;
	return (ruleWords as Record<string, string>)[rule] ?? rule.toLowerCase().replace(/_/g, ' ');
}
