// What `A` would do to the requests in view: the plan, who it touches, and
// when there is nothing to do, why — in words that are true for the view.
// Pure: tested without rendering.
import {statusOfDecision, type ContactRequest, type RequestStatus, type Suggestion} from '../core/model.js';
import {counted} from '../core/plural.js';
import type {PlanItem} from './state.js';
import {wrapText} from './wrap.js';

export type Plan = {
	items: PlanItem[];
	/** Suggestions too unsure to apply in bulk. */
	unsure: number;
	/** Requests already decided (not pending, not a deferred follower). */
	decided: number;
	/** Requests whose status already is their suggestion. */
	same: number;
	/** Requests without a suggestion yet. */
	unsuggested: number;
};

export function buildPlan(keys: string[], request: (key: string) => ContactRequest | undefined, suggestion: (key: string) => Suggestion | undefined): Plan {
	const plan: Plan = {items: [], unsure: 0, decided: 0, same: 0, unsuggested: 0};
	for (const key of keys) {
		const found = request(key);
		if (!found) continue;
		if (found.status !== 'pending' && found.status !== 'follower') {
			plan.decided++;
			continue;
		}
		const suggested = suggestion(key);
		if (!suggested) {
			plan.unsuggested++;
			continue;
		}
		const to = statusOfDecision[suggested.decision];
		if (to === found.status) plan.same++;
		// An unsure suggestion is never applied in bulk: it wants a person's look.
		else if (suggested.unsure) plan.unsure++;
		else plan.items.push({key, to});
	}
	return plan;
}

/** Why nothing is applied, counting what the view holds. `unsureKey`: the key of the unsure filter. */
export function nothingToApply(plan: Plan, unsureKey: string): string {
	const parts = [
		plan.decided > 0 ? `${counted(plan.decided, 'request')} ${plan.decided === 1 ? 'is' : 'are'} decided already` : '',
		plan.same > 0 ? `${plan.same} already ${plan.same === 1 ? 'has its' : 'have their'} suggestion` : '',
		plan.unsure > 0 ? `${plan.unsure} ${plan.unsure === 1 ? 'is' : 'are'} unsure: decide ${plan.unsure === 1 ? 'it' : 'them'} yourself (${unsureKey} shows them)` : '',
		plan.unsuggested > 0 ? `${plan.unsuggested} ${plan.unsuggested === 1 ? 'has' : 'have'} no suggestion yet` : '',
	].filter(Boolean);
	return `nothing to apply: ${parts.length > 0 ? parts.join('; ') : 'no requests in this view'}`;
}

const order: RequestStatus[] = ['accepted', 'follower', 'ignored', 'spam', 'pending'];
const verbs: Record<RequestStatus, string> = {accepted: 'accept', follower: 'follower', ignored: 'ignore', spam: 'spam', pending: 'back to pending'};

/** First names of the first `count` people, then `+ N more`. */
export function firstNames(names: string[], count = 3): string {
	const first = names.slice(0, count).map(name => name.split(/\s+/).find(part => !/^(dr|prof)\.?$/i.test(part)) ?? name);
	return `${first.join(', ')}${names.length > count ? ` + ${names.length - count} more` : ''}`;
}

/** `accept 12 (Anna, Jonas, Carla + 9 more) · ignore 3 (…)`: the plan in one line. */
export function planTitle(items: PlanItem[], nameOf: (key: string) => string, count = 2): string {
	return order
		.map(status => ({status, names: items.filter(item => item.to === status).map(item => nameOf(item.key))}))
		.filter(group => group.names.length > 0)
		.map(group => `${verbs[group.status]} ${group.names.length} (${firstNames(group.names, count)})`)
		.join(' · ');
}

export type PlanLine = {text: string; heading: boolean};

/** Every person the plan touches, grouped by what happens to their request, cut to `width`. */
export function planLines(items: PlanItem[], nameOf: (key: string) => string, width: number): PlanLine[] {
	const lines: PlanLine[] = [];
	for (const status of order) {
		const names = items.filter(item => item.to === status).map(item => nameOf(item.key));
		if (names.length === 0) continue;
		if (lines.length > 0) lines.push({text: '', heading: false});
		lines.push({text: `${verbs[status]} ${names.length}`, heading: true});
		for (const line of wrapText(names.join(', '), width - 2)) lines.push({text: `  ${line}`, heading: false});
	}
	return lines;
}
