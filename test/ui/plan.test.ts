import {describe, expect, it} from 'vitest';
import type {ContactRequest, Suggestion} from '../../source/core/model.js';
import {counted} from '../../source/core/plural.js';
import {rowChip} from '../../source/ui/format.js';
import {buildPlan, firstNames, nothingToApply, planLines, planTitle} from '../../source/ui/plan.js';

const request = (key: string, status: ContactRequest['status']) => ({key, status}) as ContactRequest;
const suggestion = (decision: Suggestion['decision'], unsure = false): Suggestion => ({decision, confidence: 0.9, unsure, reasons: [], readyToAccept: false});

describe('the plan of A', () => {
	const requests = new Map([
		['a', request('a', 'accepted')],
		['b', request('b', 'ignored')],
		['c', request('c', 'follower')],
		['d', request('d', 'pending')],
		['e', request('e', 'pending')],
	]);
	const suggestions = new Map([['a', suggestion('accept')], ['b', suggestion('accept')], ['c', suggestion('follower')], ['d', suggestion('spam', true)], ['e', suggestion('ignore')]]);
	const plan = (keys: string[]) => buildPlan(keys, key => requests.get(key), key => suggestions.get(key));

	it('applies only to pending requests and deferred followers, never an unsure one', () => {
		expect(plan(['a', 'b', 'c', 'd', 'e'])).toEqual({items: [{key: 'e', to: 'ignored'}], unsure: 1, decided: 2, same: 1, unsuggested: 0});
	});

	it.each([
		[['a', 'b'], 'nothing to apply: 2 requests are decided already'],
		[['a', 'c'], 'nothing to apply: 1 request is decided already; 1 already has its suggestion'],
		[['d'], 'nothing to apply: 1 is unsure: decide it yourself (S shows them)'],
		[[], 'nothing to apply: no requests in this view'],
	])('says truly why nothing applies to %j', (keys, message) => {
		expect(nothingToApply(plan(keys), 'S')).toBe(message);
	});

	it('names who is affected by first name, then how many more', () => {
		expect(firstNames(['Anna Müller', 'Dr. Sabrina Kühn', 'Jonas Weber', 'Carla Schmidt', 'Tom'])).toBe('Anna, Sabrina, Jonas + 2 more');
		const names: Record<string, string> = {x: 'Anna Müller', y: 'Jonas Weber', z: 'Carla Schmidt'};
		expect(planTitle([{key: 'x', to: 'accepted'}, {key: 'y', to: 'accepted'}, {key: 'z', to: 'spam'}], key => names[key]!, 1)).toBe('accept 2 (Anna + 1 more) · spam 1 (Carla)');
		const lines = planLines([{key: 'x', to: 'accepted'}, {key: 'y', to: 'accepted'}, {key: 'z', to: 'spam'}], key => names[key]!, 20);
		expect(lines.map(line => line.text)).toEqual(['accept 2', '  Anna Müller, Jonas', '  Weber', '', 'spam 1', '  Carla Schmidt']);
	});
});

describe('words', () => {
	it.each([
		[1, 'mutual contact', '1 mutual contact'],
		[4, 'mutual contact', '4 mutual contacts'],
		[0, 'request', '0 requests'],
		[1, 'person', '1 person'],
		[51, 'person', '51 people'],
		[2, 'match', '2 matches'],
		[3, 'reply', '3 replies'],
	])('%i %s → %s', (count, noun, expected) => {
		expect(counted(count, noun)).toBe(expected);
	});

	it.each([
		['pending', 'spam', false, 'spam', false],
		['pending', undefined, false, '—', false],
		['accepted', 'accept', false, 'accepted', true],
		['follower', 'follower', false, 'deferred', true],
		['spam', 'spam', false, 'reported', true],
		['ignored', 'spam', false, 'ignored', true],
		['follower', 'accept', true, 'ready', true],
	] as const)('a %s request suggested %s (ready %s) shows %s', (status, decision, ready, text, decided) => {
		const chip = rowChip({status}, decision ? suggestion(decision) : undefined, ready);
		expect(chip.text).toBe(text);
		expect(chip.decided).toBe(decided);
	});

	it('colours a decided row by its status, not by the suggestion', () => {
		expect(rowChip({status: 'ignored'}, suggestion('spam'), false).tone).toBe('ignore');
		expect(rowChip({status: 'pending'}, suggestion('spam'), false).tone).toBe('spam');
	});
});
