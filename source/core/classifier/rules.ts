// The rules as data: a stable id, a weight (> 0 speaks for knowing the sender,
// < 0 against) and what the rule is about. Detectors only say that a rule fired
// and with what evidence; weight and group come from here.

export type RuleGroup = 'evidence' | 'individual' | 'template' | 'spam' | 'info';

export type RuleDefinition = {weight: number; group: RuleGroup; about: string};

export const rules = {
	MET_IN_PERSON: {weight: 5, group: 'evidence', about: 'a meeting in the history, or a note that says you met'},
	DIALOGUE: {weight: 4, group: 'evidence', about: 'at least two exchanges in each direction (replies, messages, comments, emails, calls)'},
	CONNECTED_WITH_DIALOGUE: {weight: 2.5, group: 'evidence', about: 'already a contact on another network, with a real dialogue'},
	VOUCHED: {weight: 4, group: 'evidence', about: 'you said you would recommend them'},
	READY_TO_ACCEPT: {weight: 1, group: 'evidence', about: 'deferred to follower, real contact since'},
	ONE_WAY_ONLY: {weight: 0, group: 'info', about: 'they follow, like, mention or write; you never really answered'},
	CONNECTED_ELSEWHERE: {weight: 0, group: 'info', about: 'a contact on another network without dialogue: not evidence'},
	NO_EVIDENCE: {weight: 0, group: 'info', about: 'no meeting or dialogue on record'},
	PROFILE_REFERENCE: {weight: 2, group: 'individual', about: 'names a talk, post, book or project from your profile'},
	YOUR_WORK: {weight: 1.5, group: 'individual', about: 'refers to something specific you did or wrote'},
	SHARED_CONTEXT: {weight: 2, group: 'individual', about: 'a concrete shared moment: a conversation, a session, a thread'},
	NAMES_CONTACT: {weight: 1.5, group: 'individual', about: 'names a person you know'},
	INQUIRY: {weight: 1.5, group: 'individual', about: 'asks you something about your own work'},
	SPECIFIC_TEXT: {weight: 1, group: 'individual', about: 'the text model reads it as written to you, not as a template or a pitch'},
	EMPTY_MESSAGE: {weight: -1, group: 'template', about: 'no text at all'},
	NETWORK_DEFAULT_TEXT: {weight: -1.5, group: 'template', about: "the network's own suggested text"},
	WE_ARE_BOTH: {weight: -1.5, group: 'template', about: '"we are both …": true of thousands of people'},
	PLACEHOLDER_LEFT: {weight: -2, group: 'template', about: 'a template placeholder or an impersonal salutation'},
	WRONG_NAME: {weight: -2, group: 'template', about: 'the salutation names someone else'},
	HEADLINE_ECHO: {weight: -1.5, group: 'template', about: 'your own headline pasted back'},
	GENERIC_TEXT: {weight: -1, group: 'template', about: 'says nothing specific about you'},
	MASS_SENT: {weight: -3, group: 'spam', about: 'the same or nearly the same text from several senders'},
	SALES_PITCH: {weight: -3, group: 'spam', about: 'a sales, recruiting or investment pitch, or links, on first contact'},
	MIXED_SCRIPT_NAME: {weight: -4, group: 'spam', about: 'a name that mixes alphabets'},
	LOOKALIKE_NAME: {weight: -4, group: 'spam', about: "look-alike characters imitating your name or a contact's"},
	CLONE_OF_CONTACT: {weight: -4, group: 'spam', about: 'a second account under the name of an existing contact on that network'},
	IMPERSONATION: {weight: -4, group: 'spam', about: 'the name of someone you know with their headline, or claiming a new account'},
	PITCH_IN_NAME: {weight: -0.5, group: 'info', about: 'a pitchy headline or account name (not enough for spam alone)'},
	NAME_TWIN: {weight: 0, group: 'info', about: 'shares the name of a contact but is clearly someone else'},
	NEAR_NAME: {weight: -0.5, group: 'info', about: "a name or handle one letter off a contact's or your own: a typo or an imitation; unsure"},
	LINKED_PERSON: {weight: 2, group: 'evidence', about: 'probably a person you know under another name: same surname, a known short form, and a second match'},
	UNSURE: {weight: 0, group: 'info', about: 'why the suggestion is marked unsure'},
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof rules;

export type Hit = {rule: RuleId; text: string};

export function reason(hit: Hit): {rule: string; text: string; weight: number} {
	return {rule: hit.rule, text: hit.text, weight: rules[hit.rule].weight};
}
