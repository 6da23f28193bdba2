// Scores suggestions against a label file: a confusion matrix, precision and
// recall per decision, agreement (the suggestion is the expected one or an
// acceptable alternative), the critical errors, how the suggestions not marked
// unsure fared (what a user who applies them in bulk gets), and per rule how
// often its reason stood on a correct suggestion.
import {decisions, type Decision, type Suggestion} from '../model.js';

export type Label = {expect: Decision; also?: Decision[]; critical?: Decision[]; note?: string};
export type Labels = Record<string, Label>;

export type Scored = {id: string; expect: Decision; got: Decision; agreed: boolean; critical: boolean; unsure: boolean; viaAlso: boolean};

export type RulePrecision = {rule: string; fired: number; correct: number; precision: number};

export type Score = {
	labeled: number;
	/** Labels whose request is not in the database. */
	missing: string[];
	agreement: number;
	/** Agreements that count only because the suggestion is one of the label's `also`. */
	viaAlso: number;
	/** confusion[expected][suggested] */
	confusion: Record<Decision, Record<Decision, number>>;
	perDecision: Record<Decision, {precision: number; recall: number; expected: number; suggested: number}>;
	criticalErrors: string[];
	/** Suggestions not marked unsure, and the errors among them. */
	sure: {count: number; errors: number; critical: number};
	unsure: number;
	perRule: RulePrecision[];
	/** Every suggestion off the diagonal: wrong ones, and those agreed only through `also`. */
	disagreements: Scored[];
};

const zeroRow = () => Object.fromEntries(decisions.map(decision => [decision, 0])) as Record<Decision, number>;
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export type Suggested = Pick<Suggestion, 'decision' | 'unsure' | 'reasons'>;

export function score(labels: Labels, suggestionOf: (id: string) => Suggested | undefined): Score {
	const confusion = Object.fromEntries(decisions.map(decision => [decision, zeroRow()])) as Score['confusion'];
	const missing: string[] = [];
	const scored: Scored[] = [];
	const rules = new Map<string, {fired: number; correct: number}>();
	for (const [id, label] of Object.entries(labels)) {
		const suggestion = suggestionOf(id);
		if (!suggestion) {
			missing.push(id);
			continue;
		}
		const got = suggestion.decision;
		confusion[label.expect][got]++;
		const agreed = got === label.expect || (label.also ?? []).includes(got);
		scored.push({id, expect: label.expect, got, agreed, critical: (label.critical ?? []).includes(got), unsure: suggestion.unsure, viaAlso: agreed && got !== label.expect});
		for (const rule of new Set(suggestion.reasons.filter(reason => reason.weight !== 0).map(reason => reason.rule))) {
			const tally = rules.get(rule) ?? {fired: 0, correct: 0};
			tally.fired++;
			if (agreed) tally.correct++;
			rules.set(rule, tally);
		}
	}
	const perDecision = Object.fromEntries(decisions.map(decision => {
		const expected = decisions.reduce((sum, got) => sum + confusion[decision][got], 0);
		const suggested = decisions.reduce((sum, expect) => sum + confusion[expect][decision], 0);
		const hit = confusion[decision][decision];
		return [decision, {precision: ratio(hit, suggested), recall: ratio(hit, expected), expected, suggested}];
	})) as Score['perDecision'];
	const sure = scored.filter(item => !item.unsure);
	return {
		labeled: scored.length,
		missing,
		agreement: ratio(scored.filter(item => item.agreed).length, scored.length),
		viaAlso: scored.filter(item => item.viaAlso).length,
		confusion,
		perDecision,
		criticalErrors: scored.filter(item => item.critical).map(item => item.id),
		sure: {count: sure.length, errors: sure.filter(item => !item.agreed).length, critical: sure.filter(item => item.critical).length},
		unsure: scored.length - sure.length,
		perRule: [...rules].map(([rule, {fired, correct}]) => ({rule, fired, correct, precision: ratio(correct, fired)})).sort((a, b) => a.precision - b.precision || b.fired - a.fired),
		disagreements: scored.filter(item => !item.agreed || item.viaAlso),
	};
}
