// The detail pane's lines about acting on a request: where the profile is, how
// it stands with the site (Mastodon), whether the sender was asked, the to-do.
import {pushState} from '../core/mastodon/push.js';
import type {ContactRequest, Person, Settings, Suggestion} from '../core/model.js';
import {profileUrl} from '../core/networks/urls.js';
import {actionText} from '../core/networks/actions.js';
import {isOpenTodo} from '../core/todo/todo.js';
import {sanitizeLine} from '../core/sanitize.js';
import {age} from './format.js';

const ago = (iso: string, now: Date) => {
	const span = age(iso, now);
	return span === 'now' ? 'just now' : `${span} ago`;
};

const stepWords: Record<string, string> = {authorize: 'authorized', reject: 'rejected', follow: 'followed back', report: 'reported', block: 'blocked'};

export function actingLines(request: ContactRequest, person: Person | undefined, settings: Settings, suggestion: Suggestion | undefined, now: Date): string[] {
	const lines: string[] = [];
	const url = profileUrl(person, request.network);
	if (url) lines.push(`profile: ${sanitizeLine(url)}`);
	const remote = request.remote;
	if (remote) {
		const host = new URL(remote.instance).host;
		const state = pushState(request, settings);
		if (state?.state === 'queued') lines.push(`${host}: queued for the next sync (${state.steps.join(', ')})`);
		else if (state?.state === 'failed') lines.push(`${host}: push failed, still queued: ${sanitizeLine(state.error)}`);
		else if (state?.state === 'pushed') lines.push(`${host}: ${state.steps.map(step => stepWords[step] ?? step).join(', ')}${state.at ? ` ${ago(state.at, now)}` : ''}`);
		if (remote.goneAt && request.status === 'pending') lines.push(`${host}: no longer pending there (withdrawn, or answered elsewhere)`);
	}
	if (request.askedAt && request.status === 'pending') {
		const answered = suggestion?.reasons[0]?.rule === 'ANSWERED';
		lines.push(answered ? 'asked why: answered (first reason below)' : `asked why ${ago(request.askedAt, now)}, no answer yet`);
	}
	if (request.doneAt) lines.push(`to-do done ${ago(request.doneAt, now)}`);
	else if (request.status !== 'pending' && isOpenTodo(request, person)) lines.push(`to do: ${sanitizeLine(actionText(request.network, request.status, person?.name ?? request.id))} (x when done)`);
	return lines;
}

/** `asked 3d ago · `, `answered · ` before the message in the list. */
export function askedPrefix(request: ContactRequest, suggestion: Suggestion | undefined, now: Date): string {
	if (!request.askedAt || request.status !== 'pending') return '';
	return suggestion?.reasons[0]?.rule === 'ANSWERED' ? 'answered · ' : `asked ${ago(request.askedAt, now)} · `;
}
