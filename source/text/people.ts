// Plain-text presentation of who is who: same-person proposals, merges.
import type {MergeListEntry, MergeResult, PersonSummary, SamePair, UnmergeResult} from '../commands/people.js';
import {sanitizeLine} from '../core/sanitize.js';

const who = (person: {id: string; name: string}) => `${sanitizeLine(person.name)} (${sanitizeLine(person.id)})`;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function line(person: PersonSummary): string {
	const handles = Object.entries(person.handles).map(([network, handle]) => `${network} ${handle}`).join(', ');
	const history = person.interactions > 0 ? plural(person.interactions, 'interaction') : '';
	return `  ${sanitizeLine(person.id).padEnd(6)} ${sanitizeLine(person.name)}${[handles, history].filter(Boolean).map(part => ` · ${sanitizeLine(part)}`).join('')}`;
}

export function formatSame(pairs: SamePair[]): string {
	if (pairs.length === 0) return 'No two records look like one person. (A name alone is never enough: a short form, a shared employer, place or handle must back it.)';
	const lines = [`${plural(pairs.length, 'pair')} of records that are probably one person. Merge with netinbox people merge KEEP OTHER, or tell apart with netinbox people not-same A B.`];
	for (const pair of pairs) {
		lines.push('', line(pair.a), line(pair.b));
		for (const reason of pair.reasons) lines.push(`    · ${sanitizeLine(reason)}`);
	}
	return lines.join('\n');
}

export function formatMerge(result: MergeResult): string {
	const moved = [plural(result.interactions, 'interaction'), plural(result.requests, 'request')].join(' and ');
	return `Merged ${who(result.removed)} into ${who(result.kept)} (${result.merge}): ${moved} moved, names and handles joined. Take it back with netinbox people unmerge ${result.merge}.`;
}

export function formatUnmerge(result: UnmergeResult): string {
	return `Took back ${result.merge}: ${result.people.map(who).join(' and ')} are two records again.`;
}

export function formatNotSame(result: {a: string; b: string}): string {
	return `${result.a} and ${result.b} will not be proposed as one person again.`;
}

export function formatMerges(merges: MergeListEntry[]): string {
	if (merges.length === 0) return 'No merges yet.';
	return merges.map(merge => `${merge.id.padEnd(4)} ${merge.at.slice(0, 10)}  ${who(merge.removed)} into ${who(merge.kept)}${merge.undone ? '  (taken back)' : ''}`).join('\n');
}
