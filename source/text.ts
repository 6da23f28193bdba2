// Plain-text presentation of command results for people at a shell.
// Every untrusted string passes sanitizeLine before it is printed.
import type {ImportResult} from './commands/import.js';
import type {DuplicateSuggestion, PersonSummary} from './commands/people.js';
import type {Stats} from './commands/stats.js';
import type {Change} from './core/actions.js';
import type {Problem} from './core/importers/types.js';
import {requestStatuses} from './core/model.js';
import {counted} from './core/plural.js';
import {sanitizeLine} from './core/sanitize.js';

export function formatProblem(problem: Problem): string {
	const count = (problem.count ?? 1) > 1 ? ` (${problem.count} records)` : '';
	return `${sanitizeLine(problem.file)}${problem.where ? `: ${sanitizeLine(problem.where)}` : ''}: ${sanitizeLine(problem.message)}${count}`;
}

export function formatImport(result: ImportResult, dryRun: boolean): string {
	const row = (label: string, kind: ImportResult['people']) =>
		`  ${label.padEnd(13)}${String(kind.added).padStart(7)} added ${String(kind.updated).padStart(7)} updated ${String(kind.unchanged).padStart(7)} unchanged ${String(kind.skipped).padStart(7)} skipped`;
	const lines = [
		...filesRead(result),
		`${dryRun ? 'Would import' : 'Imported'} (${result.format}):`,
		row('people', result.people),
		row('requests', result.requests),
		row('interactions', result.interactions),
	];
	if (result.problems.length > 0) {
		lines.push(`Skipped ${result.problems.reduce((sum, problem) => sum + (problem.count ?? 1), 0)} record(s):`);
		for (const problem of result.problems.slice(0, 50)) lines.push(`  ${formatProblem(problem)}`);
		if (result.problems.length > 50) lines.push(`  … and ${result.problems.length - 50} more (see --json)`);
	}
	if (result.warnings.length > 0) {
		lines.push(`Warnings (${result.warnings.length}):`);
		for (const warning of result.warnings.slice(0, 20)) lines.push(`  ${formatProblem(warning)}`);
		if (result.warnings.length > 20) lines.push(`  … and ${result.warnings.length - 20} more (see --json)`);
	}
	if (dryRun) lines.push('Dry run: nothing was written.');
	else if (!result.written) lines.push('Nothing changed.');
	return lines.join('\n');
}

function filesRead(result: ImportResult): string[] {
	const byFormat = new Map<string, Map<string, number>>();
	for (const file of result.files) {
		const roles = byFormat.get(file.format) ?? new Map<string, number>();
		roles.set(file.role, (roles.get(file.role) ?? 0) + 1);
		byFormat.set(file.format, roles);
	}
	return [...byFormat].map(([format, roles]) =>
		`Read ${format}: ${[...roles].map(([role, count]) => (count > 1 ? `${count} ${role} files` : role)).join(', ')}`);
}

function networksOf(person: PersonSummary): string {
	const parts = person.sources.map(source => {
		const since = person.connectedOn[source as keyof PersonSummary['connectedOn']];
		return since ? `${source} (contact since ${since})` : source;
	});
	return parts.join(', ');
}

export function formatPeople(people: PersonSummary[]): string {
	if (people.length === 0) return 'No people yet. Import an export: netinbox import auto PATH';
	// Someone known only by an account id is shown with the link that names them.
	return people.map(person => `${person.id.padEnd(6)} ${sanitizeLine(person.name)}  · ${networksOf(person)}${person.placeholderName && person.profileUrl ? ` · ${sanitizeLine(person.profileUrl)}` : ''}`).join('\n');
}

export function formatDuplicates(groups: DuplicateSuggestion[]): string {
	if (groups.length === 0) return 'No two people share a name.';
	const lines = [`${groups.length} name(s) shared by people who were not merged. A name alone never merges; the same handle, profile URL or account id does.`];
	for (const group of groups) {
		lines.push('', sanitizeLine(group.name));
		for (const person of group.people) {
			const handles = Object.entries(person.handles).map(([network, handle]) => `${network} ${handle}`).join(', ');
			const extra = [handles, person.requests.length ? `requests: ${person.requests.join(', ')}` : '', person.interactions ? `${person.interactions} interactions` : '']
				.filter(Boolean).join(' · ');
			lines.push(`  ${person.id.padEnd(6)} ${sanitizeLine(person.name)}  · ${networksOf(person)}${extra ? ` · ${sanitizeLine(extra)}` : ''}`);
		}
	}
	return lines.join('\n');
}

export function formatChanges(verb: string, changes: Change[]): string {
	if (changes.length === 0) return `${verb}: nothing changed (already in that state).`;
	return changes.map(change => `${verb} ${sanitizeLine(change.request)}: ${change.from} → ${change.to}`).join('\n');
}

export function formatStats(result: Stats): string {
	const header = `${''.padEnd(10)}${requestStatuses.map(status => status.padStart(9)).join('')}`;
	const row = (label: string, counts: Record<string, number>) =>
		`${label.padEnd(10)}${requestStatuses.map(status => String(counts[status] ?? 0).padStart(9)).join('')}`;
	return [
		`${counted(result.requests, 'request')} from ${counted(result.senders, 'person', 'people')}; ${counted(result.people, 'person', 'people')} and ${counted(result.interactions, 'interaction')} in your records`,
		'',
		header,
		row('all', result.byStatus),
		'',
		'by network',
		...Object.entries(result.byNetwork).map(([network, counts]) => row(network, counts)),
		'',
		'by month received',
		...Object.entries(result.byMonth).map(([month, counts]) => row(month, counts)),
	].join('\n');
}
