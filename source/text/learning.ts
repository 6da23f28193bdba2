// Plain-text presentation of forget and eval --mine.
import {maxOf} from '../core/arrays.js';
import type {ForgetResult, MineResult} from '../commands/learning.js';
import {rules, type RuleId} from '../core/classifier/rules.js';

export function formatForget(result: ForgetResult): string {
	const which = result.since ? `made since ${result.since.slice(0, 10)}` : 'made so far';
	const left = result.learnedFrom > 0 ? `; still learning from ${result.learnedFrom} earlier` : '';
	return `forgot what was learned from ${result.forgotten} decision${result.forgotten === 1 ? '' : 's'} ${which}${left}. Your decisions themselves are kept.`;
}

export function formatMine(result: MineResult): string {
	if (!result.enabled) return 'Learning is off (netinbox settings --learning on): no decisions to score against.';
	if (result.decisions === 0) return 'No decisions of yours to score against yet: decide requests one by one, or correct a suggestion.';
	const lines = [`${result.decisions} decisions of yours (made or corrected one by one), per rule: how often you went against the suggestion it supported`, ''];
	const width = maxOf(result.rules.map(tally => tally.rule.length), 4);
	lines.push(`${'rule'.padEnd(width)}  supported  against  agreed`);
	for (const tally of result.rules) {
		lines.push(`${tally.rule.padEnd(width)}  ${String(tally.supported).padStart(9)}  ${String(tally.against).padStart(7)}  ${`${Math.round(tally.precision * 100)} %`.padStart(6)}  ${rules[tally.rule as RuleId]?.about ?? ''}`);
	}
	return lines.join('\n');
}
