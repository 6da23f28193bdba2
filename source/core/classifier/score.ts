// Scores suggestions against a label file: a confusion matrix, precision and
// recall per decision, agreement (the suggestion is the expected one or an
// acceptable alternative) and the critical errors.
import {decisions, type Decision} from '../model.js';

export type Label = {expect: Decision; also?: Decision[]; critical?: Decision[]; note?: string};
export type Labels = Record<string, Label>;

export type Scored = {id: string; expect: Decision; got: Decision; agreed: boolean; critical: boolean};

export type Score = {
	labeled: number;
	/** Labels whose request is not in the database. */
	missing: string[];
	agreement: number;
	/** confusion[expected][suggested] */
	confusion: Record<Decision, Record<Decision, number>>;
	perDecision: Record<Decision, {precision: number; recall: number; expected: number; suggested: number}>;
	criticalErrors: string[];
	disagreements: Scored[];
};

const zeroRow = () => Object.fromEntries(decisions.map(decision => [decision, 0])) as Record<Decision, number>;
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function score(labels: Labels, suggestionOf: (id: string) => Decision | undefined): Score {
	const confusion = Object.fromEntries(decisions.map(decision => [decision, zeroRow()])) as Score['confusion'];
	const missing: string[] = [];
	const scored: Scored[] = [];
	for (const [id, label] of Object.entries(labels)) {
		const got = suggestionOf(id);
		if (!got) {
			missing.push(id);
			continue;
		}
		confusion[label.expect][got]++;
		scored.push({
			id,
			expect: label.expect,
			got,
			agreed: got === label.expect || (label.also ?? []).includes(got),
			critical: (label.critical ?? []).includes(got),
		});
	}
	const perDecision = Object.fromEntries(decisions.map(decision => {
		const expected = decisions.reduce((sum, got) => sum + confusion[decision][got], 0);
		const suggested = decisions.reduce((sum, expect) => sum + confusion[expect][decision], 0);
		const hit = confusion[decision][decision];
		return [decision, {precision: ratio(hit, suggested), recall: ratio(hit, expected), expected, suggested}];
	})) as Score['perDecision'];
	return {
		labeled: scored.length,
		missing,
		agreement: ratio(scored.filter(item => item.agreed).length, scored.length),
		confusion,
		perDecision,
		criticalErrors: scored.filter(item => item.critical).map(item => item.id),
		disagreements: scored.filter(item => !item.agreed),
	};
}
