// Row text, dates and labels as pure functions: tested without rendering.
import stringWidth from 'string-width';
import type {ContactRequest, Interaction, Network, RequestStatus, Suggestion} from '../core/model.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {LineTone} from './detail/lines.js';

export {counted, plural} from '../core/plural.js';

/** `LinkedIn`, `X`, `other network`: one table for the list, the detail and the stats. */
export {networkName as networkLabel} from '../core/stats/labels.js';

/** `now`, `5h`, `3d`, `2w`, `4mo`, `2y`: how long ago, in the fewest characters. */
export function age(iso: string, now: Date): string {
	const minutes = Math.max(0, (now.getTime() - Date.parse(iso)) / 60_000);
	if (minutes < 60) return 'now';
	const hours = minutes / 60;
	if (hours < 24) return `${Math.floor(hours)}h`;
	const days = hours / 24;
	if (days < 14) return `${Math.floor(days)}d`;
	if (days < 61) return `${Math.floor(days / 7)}w`;
	if (days < 730) return `${Math.floor(days / 30.44)}mo`;
	return `${Math.floor(days / 365.25)}y`;
}

/** The start of a message for a list row; `(no message)` when there is none. */
export function messagePreview(request: ContactRequest): string {
	const text = sanitizeLine(request.message).trim();
	return text || '(no message)';
}

export function interactionLine(interaction: Interaction): string {
	const arrow = interaction.direction === 'in' ? '←' : interaction.direction === 'out' ? '→' : '↔';
	const text = sanitizeLine(interaction.text);
	return `${interaction.at.slice(0, 10)} ${arrow} ${interaction.channel} ${interaction.kind}${text ? `: ${text}` : ''}`;
}

const networkCodes: Record<Network, string> = {
	linkedin: 'LI',
	xing: 'XI',
	facebook: 'FB',
	twitter: 'X',
	mastodon: 'MA',
	instagram: 'IG',
	other: 'OT',
};

/** Two letters for the list column. */
export function networkCode(network: Network): string {
	return networkCodes[network];
}

/** `accept`, `spam?` when unsure, `ready` for a follower ready to accept. */
export function chipText(suggestion: Suggestion | undefined, ready: boolean): string {
	if (!suggestion) return '—';
	if (ready) return 'ready';
	return suggestion.unsure ? `${suggestion.decision}?` : suggestion.decision;
}

/** What a decided request's row says: past tense, so it never reads as a suggestion. */
const statusWords: Record<RequestStatus, {text: string; long: string; tone: LineTone}> = {
	pending: {text: 'pending', long: 'pending', tone: 'muted'},
	accepted: {text: 'accepted', long: 'accepted', tone: 'accept'},
	follower: {text: 'deferred', long: 'deferred to follower', tone: 'follower'},
	ignored: {text: 'ignored', long: 'ignored', tone: 'ignore'},
	spam: {text: 'reported', long: 'reported as spam', tone: 'spam'},
};

export type RowChip = {text: string; long: string; tone: LineTone; decided: boolean};

/**
 * The chip of a list row: the suggestion (`accept`, `spam?` when unsure) while a request
 * is pending, the status in past tense (`accepted`, `deferred`, `reported`) once it is
 * decided, `ready` for a deferred follower ready to accept. Word and colour agree.
 */
export function rowChip(request: Pick<ContactRequest, 'status'>, suggestion: Suggestion | undefined, ready: boolean): RowChip {
	if (ready) return {text: 'ready', long: 'deferred to follower, ready to accept', tone: 'accept', decided: true};
	if (request.status !== 'pending') return {...statusWords[request.status], decided: true};
	const text = chipText(suggestion, false);
	return {text, long: text, tone: suggestion ? suggestion.decision : 'muted', decided: false};
}

const pastTense: Record<RequestStatus, string> = {
	pending: 'back to pending',
	accepted: 'accepted',
	follower: 'deferred to follower',
	ignored: 'ignored',
	spam: 'reported as spam',
};

/** `accepted Anna Müller`, `ignored 12 requests`. */
export function describeChanges(changes: ReadonlyArray<{to: RequestStatus}>, nameOf: () => string): string {
	if (changes.length === 0) return 'nothing changed';
	const statuses = new Set(changes.map(change => change.to));
	if (changes.length === 1) return `${pastTense[changes[0]!.to]} ${nameOf()}`;
	if (statuses.size === 1) return `${pastTense[changes[0]!.to]} ${changes.length} requests`;
	return `decided ${changes.length} requests`;
}

/** `accept 12 · follower 5 · ignore 30 · spam 2`. */
export function planSummary(items: ReadonlyArray<{to: RequestStatus}>): string {
	const order: RequestStatus[] = ['accepted', 'follower', 'ignored', 'spam', 'pending'];
	const words: Record<RequestStatus, string> = {accepted: 'accept', follower: 'follower', ignored: 'ignore', spam: 'spam', pending: 'pending'};
	const counts = new Map<RequestStatus, number>();
	for (const item of items) counts.set(item.to, (counts.get(item.to) ?? 0) + 1);
	return order.filter(status => counts.has(status)).map(status => `${words[status]} ${counts.get(status)}`).join(' · ');
}

const graphemes = new Intl.Segmenter();

/** Exactly `width` terminal columns: cut with an ellipsis, or padded. Wide characters (emoji, CJK) take two. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	const total = stringWidth(text);
	if (total <= width) return text + ' '.repeat(width - total);
	let out = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		const cells = stringWidth(segment);
		if (used + cells > width - 1) break;
		out += segment;
		used += cells;
	}
	return out + '…' + ' '.repeat(width - 1 - used);
}
