// Plain-text presentation of whois, audit and vouch for people at a shell.
// Card lines come sanitised from card-text.ts; every other untrusted string passes sanitizeLine here.
import type {AuditEntry} from '../commands/audit.js';
import type {VouchResult} from '../commands/vouch.js';
import type {WhoisMatch, WhoisResult} from '../commands/whois.js';
import type {MatchKind} from '../core/search/explain.js';
import {looseWords} from '../core/people/names.js';
import {cardSections, cardTitle} from '../core/people/card-text.js';
import {sanitizeLine} from '../core/sanitize.js';

const howMatched: Record<MatchKind, string> = {
	exact: 'as written',
	alias: 'another name of theirs',
	fuzzy: 'spelled differently',
	partial: 'only in part',
};

/** The query's own words for loose ones, so the user reads what they typed. */
function typed(query: string, loose: string[]): string {
	const chunks = query.split(/\s+/);
	return loose.map(word => `“${sanitizeLine(chunks.find(chunk => looseWords(chunk).includes(word)) ?? word)}”`).join(', ');
}

/** `spelled differently: name “Bernd Brenneisen”; note “Met at BarCamp Hamburg”`. */
export function formatMatched(match: Pick<WhoisMatch, 'match' | 'matched'>): string {
	const where = match.matched.map(field => `${field.field} “${sanitizeLine(field.value)}”`).join('; ');
	return `${howMatched[match.match]}${where ? `: ${where}` : ''}`;
}

export function formatCard(match: WhoisMatch): string {
	const lines = [`${cardTitle(match.card)} · ${match.verdict}`, `  ${'match'.padEnd(10)} ${formatMatched(match)}`];
	for (const section of cardSections(match.card)) {
		section.lines.forEach((line, index) => lines.push(`  ${(index === 0 ? section.label : '').padEnd(10)} ${line}`));
	}
	return lines.join('\n');
}

export function formatWhois(query: string, {found, matches}: WhoisResult): string {
	if (matches.length === 0) return `No one in your records matches "${sanitizeLine(query)}".`;
	if (found) return matches.map(formatCard).join('\n\n');
	const lines = [`No one named "${sanitizeLine(query)}" in your records. Nearest, not the same person:`];
	for (const match of matches) {
		const only = match.matched.map(field => `${typed(query, field.words)} in ${field.field} “${sanitizeLine(field.value)}”`).join('; ');
		lines.push(`  ${cardTitle(match.card)} · ${match.verdict} — only ${only || 'loosely'}; nothing of theirs matches ${typed(query, match.missing)}`);
	}
	return lines.join('\n');
}

export function formatAudit(entries: AuditEntry[]): string {
	if (entries.length === 0) return 'Every contact you are connected with has a meeting, a dialogue, a note or your word behind it.';
	const lines = [`${entries.length} contact(s) you are connected with but could not vouch for (no meeting, no dialogue, no note):`];
	for (const entry of entries) {
		const since = entry.connections.map(c => `${c.network} since ${c.since.slice(0, 10)}`).join(', ');
		const extra = [
			entry.oneWay.length > 0 ? entry.oneWay.map(t => `${t.kind} ${t.direction} ${t.count}×`).join(', ') : '',
			entry.requests > 0 ? `${entry.requests} request(s)` : '',
		].filter(Boolean).join('; ');
		lines.push(`  ${sanitizeLine(entry.person.id).padEnd(7)} ${sanitizeLine(entry.person.name).padEnd(28)} ${since}${extra ? ` · ${extra}` : ''}`);
	}
	return lines.join('\n');
}

export function formatVouch(result: VouchResult, undo: boolean): string {
	const who = `${sanitizeLine(result.person.name)} (${sanitizeLine(result.person.id)})`;
	if (undo) return result.changed ? `No longer vouching for ${who}.` : `You were not vouching for ${who}: nothing changed.`;
	const note = result.vouched?.note ? `: ${sanitizeLine(result.vouched.note)}` : '';
	return `${result.changed ? 'Vouched' : 'Already vouched'} for ${who}${note}.`;
}
