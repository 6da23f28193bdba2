// What the screening saw on the requests, and where the user decided
// otherwise than it suggested. Reads suggestions; never runs the classifier.
import {decisions, type ContactRequest, type Decision, type Network, type RequestStatus, type Suggestion} from '../model.js';
import {rules, type RuleId} from '../classifier/rules.js';
import {ruleLabel} from './labels.js';

export type ReasonCount = {rule: string; network?: Network; label: string; weight: number; count: number};

export type MassSentText = {
	/** The first words of the earliest copy, as received (sanitise before printing). */
	text: string;
	requests: number;
	senders: number;
	/** Networks it came on, most copies first. */
	networks: Network[];
	first: string;
	last: string;
};

export type Override = {
	decided: number;
	/** Decided this way although something else was suggested. */
	overrode: number;
	/** What was suggested instead, per decision. */
	suggested: Partial<Record<Decision, number>>;
};

export type Screening = {
	/** Requests with a suggestion among those counted. */
	classified: number;
	/** Reasons by how many requests carry them, most frequent first; notes (no history, unsure) left out. */
	reasons: ReasonCount[];
	massSent: MassSentText[];
	/** Per decision the user made: how often it went against the suggestion. */
	overrides: Record<Decision, Override>;
};

const decisionOf: Record<Exclude<RequestStatus, 'pending'>, Decision> = {accepted: 'accept', follower: 'follower', ignored: 'ignore', spam: 'spam'};

const counted = (rule: string) => rule in rules && rules[rule as RuleId].group !== 'info';

// A greeting and the name after it differ between copies and say nothing about the text.
const greeting = /^\s*(?:hi|hello|hallo|hey|dear|liebe[rs]?|sehr geehrte[rs]?|guten tag|moin|servus|bonjour|salut|ciao|hola|buongiorno|buenos d[ií]as)\b[^,.!?\n]{0,30}[,.!]\s*/iu;

/** The first words of a message, without its greeting. */
export function firstWords(message: string | null, count = 8): string {
	const text = message ?? '';
	const rest = text.replace(greeting, '');
	const all = (rest.trim() ? rest : text).split(/\s+/).filter(Boolean);
	return all.slice(0, count).join(' ') + (all.length > count ? ' …' : '');
}

export function screening(requests: ContactRequest[], suggestions: ReadonlyMap<string, Suggestion>, sameText: (key: string) => string[], byKey: (key: string) => ContactRequest | undefined): Screening {
	const reasons = new Map<string, ReasonCount>();
	const overrides = Object.fromEntries(decisions.map(decision => [decision, {decided: 0, overrode: 0, suggested: {}}])) as Record<Decision, Override>;
	const clusters = new Map<string, string[]>();
	// Every member of a cluster carries the reason: its members are looked up once, not once each.
	const inCluster = new Set<string>();
	let classified = 0;
	for (const request of requests) {
		const suggestion = suggestions.get(request.key);
		if (!suggestion) continue;
		classified++;
		const seen = new Set<string>();
		for (const reason of suggestion.reasons) {
			if (!counted(reason.rule)) continue;
			const network = reason.rule === 'NETWORK_DEFAULT_TEXT' ? request.network : undefined;
			const id = network ? `${reason.rule}:${network}` : reason.rule;
			if (seen.has(id)) continue;
			seen.add(id);
			const entry = reasons.get(id) ?? {rule: reason.rule, ...(network ? {network} : {}), label: ruleLabel(reason.rule, network), weight: reason.weight, count: 0};
			entry.count++;
			reasons.set(id, entry);
			if (reason.rule === 'MASS_SENT' && !inCluster.has(request.key)) {
				const members = [request.key, ...sameText(request.key)];
				for (const member of members) inCluster.add(member);
				clusters.set(request.key, members);
			}
		}
		// A follower back as ready to accept was suggested follower when it was decided.
		if (request.status === 'pending' || suggestion.readyToAccept) continue;
		const override = overrides[decisionOf[request.status]];
		override.decided++;
		if (suggestion.decision !== decisionOf[request.status]) {
			override.overrode++;
			override.suggested[suggestion.decision] = (override.suggested[suggestion.decision] ?? 0) + 1;
		}
	}
	const sorted = [...reasons.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
	return {classified, reasons: sorted, massSent: massSentTexts(clusters, byKey), overrides};
}

function massSentTexts(clusters: Map<string, string[]>, byKey: (key: string) => ContactRequest | undefined): MassSentText[] {
	const out: MassSentText[] = [];
	for (const keys of clusters.values()) {
		const members = keys.map(byKey).filter(request => request !== undefined).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
		if (members.length === 0) continue;
		const networks = new Map<Network, number>();
		for (const member of members) networks.set(member.network, (networks.get(member.network) ?? 0) + 1);
		out.push({
			text: firstWords(members[0]!.message),
			requests: members.length,
			senders: new Set(members.map(member => member.from)).size,
			networks: [...networks].sort((a, b) => b[1] - a[1]).map(([network]) => network),
			first: members[0]!.receivedAt,
			last: members.at(-1)!.receivedAt,
		});
	}
	return out.sort((a, b) => b.senders - a.senders || b.requests - a.requests || a.first.localeCompare(b.first));
}
