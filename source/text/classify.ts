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
	const lines = [
		`${sanitizeLine(result.file)}: ${result.labeled} labeled requests`,
		`agreement ${percent(result.agreement)}, critical errors ${result.criticalErrors.length}`,
		'',
		`expected \\ suggested ${decisions.map(decision => decision.padStart(9)).join('')}`,
		...decisions.map(expect => `${expect.padEnd(21)}${decisions.map(got => String(result.confusion[expect][got]).padStart(9)).join('')}`),
		'',
		`${''.padEnd(10)}${'precision'.padStart(10)}${'recall'.padStart(10)}`,
		...decisions.map(decision => `${decision.padEnd(10)}${percent(result.perDecision[decision].precision).padStart(10)}${percent(result.perDecision[decision].recall).padStart(10)}`),
	];
	if (result.criticalErrors.length > 0) lines.push('', `critical errors: ${result.criticalErrors.map(sanitizeLine).join(', ')}`);
	if (result.disagreements.length > 0) {
		lines.push('', 'disagreements:');
		for (const item of result.disagreements) lines.push(`  ${sanitizeLine(item.id)}: expected ${item.expect}, suggested ${item.got}${item.critical ? ' (critical)' : ''}`);
	}
	if (result.missing.length > 0) lines.push('', `not in the database: ${result.missing.slice(0, 20).map(sanitizeLine).join(', ')}${result.missing.length > 20 ? ' …' : ''}`);
	return lines.join('\n');
}
