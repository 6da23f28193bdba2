// What a session did, said when the inbox closes: the decisions by kind, what
// was undone, what was logged, and what is still pending. Read from the data
// before and after, so it holds however the session ended. Pure.
import type {Database, RequestStatus} from '../core/model.js';
import {counted} from '../core/plural.js';

const words: Record<RequestStatus, string> = {accepted: 'accepted', follower: 'deferred to follower', ignored: 'ignored', spam: 'reported as spam', pending: 'back to pending'};
const order: RequestStatus[] = ['accepted', 'follower', 'ignored', 'spam', 'pending'];

export type SessionSummary = {decided: Partial<Record<RequestStatus, number>>; undone: number; logged: number; pending: number; unchanged: boolean};

export function sessionSummary(before: Database, after: Database): SessionSummary {
	const lastSeq = before.journal.reduce((max, entry) => Math.max(max, entry.seq), 0);
	const undoneBefore = new Set(before.journal.filter(entry => entry.undoneAt).map(entry => entry.seq));
	const decided: SessionSummary['decided'] = {};
	let undone = 0;
	for (const entry of after.journal) {
		if (entry.undoneAt && !undoneBefore.has(entry.seq)) undone++;
		else if (entry.seq > lastSeq && !entry.undoneAt) decided[entry.to] = (decided[entry.to] ?? 0) + 1;
	}
	const known = new Set(before.interactions.map(interaction => interaction.id));
	const logged = after.interactions.filter(interaction => interaction.logged && !known.has(interaction.id)).length;
	const pending = after.requests.filter(request => request.status === 'pending').length;
	return {decided, undone, logged, pending, unchanged: Object.keys(decided).length === 0 && undone === 0 && logged === 0};
}

/** `This session: accepted 3, ignored 10; 1 undone; 2 interactions logged. Still pending: 77.` */
export function formatSession(summary: SessionSummary): string {
	const decided = order.filter(status => summary.decided[status]).map(status => `${words[status]} ${summary.decided[status]}`).join(', ');
	const parts = [
		decided || 'nothing decided',
		summary.undone > 0 ? `${summary.undone} undone` : '',
		summary.logged > 0 ? `${counted(summary.logged, 'interaction')} logged` : '',
	].filter(Boolean);
	return `This session: ${parts.join('; ')}. Still pending: ${summary.pending}.`;
}
