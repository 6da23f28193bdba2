// Plain-text presentation of classify and eval for people at a shell.
import type {ClassifiedRequest} from '../commands/classify.js';
import type {EvalResult} from '../commands/eval.js';
import {decisions} from '../core/model.js';
import {sanitizeLine} from '../core/sanitize.js';

const sign = (weight: number) => (weight > 0 ? '+' : weight < 0 ? '−' : '·');

export function formatClassified(rows: ClassifiedRequest[]): string {
	if (rows.length === 0) return 'No pending requests.';
	const lines: string[] = [];
	for (const row of rows) {
		const tags = [row.unsure ? 'unsure' : '', row.readyToAccept ? 'ready to accept' : ''].filter(Boolean).join(', ');
		lines.push(`${sanitizeLine(row.id)}  ${row.network.padEnd(9)} ${row.suggestion.padEnd(8)} ${row.confidence.toFixed(2)}${tags ? ` (${tags})` : ''}  ${sanitizeLine(row.from.name)}`);
		for (const reason of row.reasons) lines.push(`    ${sign(reason.weight)} ${sanitizeLine(reason.text)}`);
	}
	const counts = decisions.map(decision => `${rows.filter(row => row.suggestion === decision).length} ${decision}`).join(', ');
	lines.push('', `${rows.length} requests: ${counts}; ${rows.filter(row => row.unsure).length} unsure`);
	return lines.join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

export function formatEval(result: EvalResult): string {
	const also = result.viaAlso > 0 ? ` (${result.viaAlso} of them only through an acceptable alternative)` : '';
	const lines = [
		`${sanitizeLine(result.file)}: ${result.labeled} labeled requests`,
		`agreement ${percent(result.agreement)}${also}, critical errors ${result.criticalErrors.length}`,
		`not marked unsure: ${result.sure.count}, of them ${result.sure.errors} wrong and ${result.sure.critical} critical; ${result.unsure} marked unsure`,
		'',
		`expected \\ suggested ${decisions.map(decision => decision.padStart(9)).join('')}`,
		...decisions.map(expect => `${expect.padEnd(21)}${decisions.map(got => String(result.confusion[expect][got]).padStart(9)).join('')}`),
		'',
		`${''.padEnd(10)}${'precision'.padStart(10)}${'recall'.padStart(10)}`,
		...decisions.map(decision => `${decision.padEnd(10)}${percent(result.perDecision[decision].precision).padStart(10)}${percent(result.perDecision[decision].recall).padStart(10)}`),
		'',
		'per rule: how often its reason stood on a correct suggestion',
		...result.perRule.map(rule => `  ${rule.rule.padEnd(24)}${percent(rule.precision).padStart(8)}  (${rule.correct} of ${rule.fired})`),
	];
	if (result.criticalErrors.length > 0) lines.push('', `critical errors: ${result.criticalErrors.map(sanitizeLine).join(', ')}`);
	if (result.disagreements.length > 0) {
		lines.push('', 'off the diagonal:');
		for (const item of result.disagreements) {
			const notes = [item.viaAlso ? 'acceptable alternative' : '', item.critical ? 'critical' : '', item.unsure ? 'unsure' : ''].filter(Boolean).join(', ');
			lines.push(`  ${sanitizeLine(item.id)}: expected ${item.expect}, suggested ${item.got}${notes ? ` (${notes})` : ''}`);
		}
	}
	if (result.missing.length > 0) lines.push('', `not in the database: ${result.missing.slice(0, 20).map(sanitizeLine).join(', ')}${result.missing.length > 20 ? ' …' : ''}`);
	return lines.join('\n');
}
