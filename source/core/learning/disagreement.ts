// Where the user disagrees: per rule, how often a suggestion the rule spoke
// for was decided otherwise. A reason for knowing the sender (weight > 0)
// supports accept and follower; a reason against supports ignore and spam.
import type {Decision, Suggestion} from '../model.js';

export type RuleTally = {rule: string; supported: number; against: number; precision: number};

/** A rule's precision is shown beside its reason once the user went against it this often … */
const shownFromAgainst = 3;
/** … and it was right less often than this. */
const shownBelow = 0.75;

const welcoming = (decision: Decision) => decision === 'accept' || decision === 'follower';

export class Disagreement {
	private readonly tallies = new Map<string, {supported: number; against: number}>();

	add(suggested: Pick<Suggestion, 'decision' | 'reasons'>, decided: Decision, by = 1): void {
		const direction = welcoming(suggested.decision) ? 1 : -1;
		for (const rule of new Set(suggested.reasons.filter(reason => reason.weight * direction > 0).map(reason => reason.rule))) {
			const tally = this.tallies.get(rule) ?? {supported: 0, against: 0};
			tally.supported += by;
			if (decided !== suggested.decision) tally.against += by;
			if (tally.supported > 0) this.tallies.set(rule, tally);
			else this.tallies.delete(rule);
		}
	}

	remove(suggested: Pick<Suggestion, 'decision' | 'reasons'>, decided: Decision): void {
		this.add(suggested, decided, -1);
	}

	/** Every rule that supported a decided suggestion, the most contradicted first. */
	all(): RuleTally[] {
		return [...this.tallies]
			.map(([rule, {supported, against}]) => ({rule, supported, against, precision: Math.round(((supported - against) / supported) * 1000) / 1000}))
			.sort((a, b) => b.against - a.against || a.precision - b.precision || a.rule.localeCompare(b.rule));
	}

	/** What to say beside the rule's reason, when the user has often disagreed with it. */
	note(rule: string): string | undefined {
		const tally = this.tallies.get(rule);
		if (!tally || tally.against < shownFromAgainst) return undefined;
		const agreed = tally.supported - tally.against;
		if (agreed / tally.supported >= shownBelow) return undefined;
		return `you agreed ${agreed} of ${tally.supported} times`;
	}
}
