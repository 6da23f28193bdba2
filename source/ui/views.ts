// Which requests each view lists, in which order, and how many: pure functions
// over the database and the suggestions.
import {networks, type ContactRequest, type Database, type Decision, type Network, type Suggestion} from '../core/model.js';
import {openTodoKeys} from '../core/todo/todo.js';

// Asked and To do come last, and the header shows them only when they hold something.
export const views = ['pending', 'ready', 'followers', 'decided', 'all', 'asked', 'todo'] as const;
export const optionalViews: ReadonlySet<string> = new Set(['asked', 'todo']);
export type View = (typeof views)[number];

export const viewLabels: Record<View, string> = {
	pending: 'Pending',
	ready: 'Ready to accept',
	asked: 'Asked',
	followers: 'Followers',
	decided: 'Decided',
	todo: 'To do',
	all: 'All',
};

/** `unsure`: the suggestions marked unsure, whatever they suggest. */
export type Filters = {network: Network | 'all'; suggestion: Decision | 'all' | 'unsure'};
export const noFilters: Filters = {network: 'all', suggestion: 'all'};

/** A deferred follower whose sender is now in real dialogue: the classifier suggests accept again. */
export function isReady(request: ContactRequest, suggestion: Suggestion | undefined): boolean {
	return request.status === 'follower' && suggestion?.readyToAccept === true;
}

/** `todo`: the open to-dos, computed once per listing (they depend on the people too). */
export function inView(view: View, request: ContactRequest, suggestion: Suggestion | undefined, todo?: ReadonlySet<string>): boolean {
	switch (view) {
		case 'asked':
			return request.status === 'pending' && request.askedAt !== undefined;
		case 'todo':
			return todo?.has(request.key) ?? false;
		case 'pending':
			return request.status === 'pending';
		case 'ready':
			return isReady(request, suggestion);
		case 'followers':
			return request.status === 'follower';
		case 'decided':
			return request.status !== 'pending';
		case 'all':
			return true;
	}
}

export function passes(filters: Filters, request: ContactRequest, suggestion: Suggestion | undefined): boolean {
	return (filters.network === 'all' || request.network === filters.network)
		&& (filters.suggestion === 'all' || (filters.suggestion === 'unsure' ? suggestion?.unsure === true : suggestion?.decision === filters.suggestion));
}

/** Positions of the requests, newest first. Computed once: a session changes statuses, not dates. */
export function newestFirst(db: Database): number[] {
	return db.requests
		.map((request, index) => ({at: request.receivedAt, index}))
		.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
		.map(entry => entry.index);
}

/** Request keys of a view, newest first. */
export function rowsFor(db: Database, suggestions: Map<string, Suggestion>, view: View, filters: Filters, order = newestFirst(db)): string[] {
	const rows: string[] = [];
	const todo = view === 'todo' ? openTodoKeys(db) : undefined;
	for (const index of order) {
		const request = db.requests[index]!;
		const suggestion = suggestions.get(request.key);
		if (inView(view, request, suggestion, todo) && passes(filters, request, suggestion)) rows.push(request.key);
	}
	return rows;
}

export function viewCounts(db: Database, suggestions: Map<string, Suggestion>): Record<View, number> {
	const counts: Record<View, number> = {pending: 0, ready: 0, asked: 0, followers: 0, decided: 0, todo: 0, all: 0};
	const todo = openTodoKeys(db);
	for (const request of db.requests) {
		const suggestion = suggestions.get(request.key);
		for (const view of views) if (inView(view, request, suggestion, todo)) counts[view]++;
	}
	return counts;
}

export function nextOf<T>(list: readonly T[], current: T, step = 1): T {
	const index = list.indexOf(current);
	return list[(index + step + list.length) % list.length]!;
}

export const networkFilters: ReadonlyArray<Filters['network']> = ['all', ...networks];
// Unsure first: those are the ones that want a person's look.
export const suggestionFilters: ReadonlyArray<Filters['suggestion']> = ['all', 'unsure', 'accept', 'follower', 'ignore', 'spam'];
