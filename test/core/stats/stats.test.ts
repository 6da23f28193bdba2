import {describe, expect, it} from 'vitest';
import {Classifier} from '../../../source/core/classifier/index.js';
import {networkStats, type Stats} from '../../../source/core/stats/index.js';
import {chartMonths, monthsBetween} from '../../../source/core/stats/months.js';
import {median} from '../../../source/core/stats/requests.js';
import {audit} from '../../../source/commands/audit.js';
import {emptyDatabase, type Database} from '../../../source/core/model.js';
import {statsDatabase, statsNow} from '../../helpers/stats.js';

function withSuggestions(db: Database, options: {since?: string; network?: 'linkedin'} = {}): Stats {
	const classifier = Classifier.build(db, {now: statsNow});
	const suggestions = new Map(db.requests.map(request => [request.key, classifier.suggest(request)]));
	return networkStats(db, {now: statsNow, suggestions, sameText: key => classifier.sameText(key), ...options});
}

describe('networkStats on a hand-counted network', () => {
	const db = statsDatabase();
	const stats = withSuggestions(db);

	it('counts requests by status, network and month as before', () => {
		expect(stats.requests).toBe(7);
		expect(stats.people).toBe(11);
		expect(stats.interactions).toBe(4);
		expect(stats.byStatus).toEqual({pending: 3, accepted: 2, follower: 0, ignored: 1, spam: 1});
		expect(stats.byNetwork.linkedin).toEqual({pending: 1, accepted: 2, follower: 0, ignored: 0, spam: 1});
		expect(Object.keys(stats.byMonth)).toEqual(['2026-12', '2026-11', '2026-10', '2026-01', '2025-11']);
	});

	it('charts the last twelve months, the current one partial, months without requests included', () => {
		expect(stats.perMonth.map(row => row.month)).toEqual(monthsBetween('2026-01', '2026-12'));
		const row = (month: string) => stats.perMonth.find(entry => entry.month === month)!;
		expect(row('2026-01')).toEqual({month: '2026-01', partial: false, total: 1, byNetwork: {linkedin: 1}});
		expect(row('2026-06')).toEqual({month: '2026-06', partial: false, total: 0, byNetwork: {}});
		expect(row('2026-11').byNetwork).toEqual({linkedin: 1, xing: 1});
		expect(row('2026-12')).toEqual({month: '2026-12', partial: true, total: 2, byNetwork: {linkedin: 2}});
		// The Instagram request of November 2025 is older than the chart: counted, not drawn.
		expect(stats.perMonth.reduce((sum, entry) => sum + entry.total, 0)).toBe(6);
	});

	it('counts the decisions and the median wait', () => {
		expect(stats.decisions).toEqual({pending: 3, accept: 2, follower: 0, ignore: 1, spam: 1});
		// Decided after 5, 10, 7 and 2 days; pending for 35, 9 and 385.
		expect(stats.waiting).toEqual({medianDaysToDecide: 6, decidedWithDate: 4, medianDaysPending: 35});
	});

	it('counts connections per network and who could be vouched for, as audit does', () => {
		expect(stats.contacts).toEqual({
			people: 7,
			couldVouch: 3,
			byNetwork: {linkedin: {connections: 5, couldVouch: 2}, xing: {connections: 2, couldVouch: 2}, facebook: {connections: 1, couldVouch: 0}},
		});
		expect(stats.contacts.people - stats.contacts.couldVouch).toBe(audit(db).length);
	});

	it('counts the reasons in words, the mass-sent text and the overrides', () => {
		const screening = stats.screening!;
		expect(screening.classified).toBe(7);
		const count = (label: string) => screening.reasons.find(reason => reason.label === label)?.count;
		expect(count('mass-sent')).toBe(3);
		expect(count('LinkedIn default text')).toBe(1);
		expect(count('no text')).toBe(2);
		expect(screening.reasons.some(reason => reason.rule === 'NO_EVIDENCE' || reason.rule === 'UNSURE')).toBe(false);
		expect(screening.reasons.map(reason => reason.count)).toEqual([...screening.reasons.map(reason => reason.count)].sort((a, b) => b - a));
		expect(screening.massSent).toHaveLength(1);
		expect(screening.massSent[0]).toMatchObject({requests: 3, senders: 3, networks: ['linkedin', 'xing'], text: 'Ich bin immer auf der Suche nach spannenden …'});
		// r5, the LinkedIn default text, was accepted against the suggestion to ignore it.
		expect(screening.overrides.accept).toEqual({decided: 2, overrode: 1, suggested: {ignore: 1}});
		expect(screening.overrides.spam).toEqual({decided: 1, overrode: 0, suggested: {}});
		expect(screening.overrides.ignore).toEqual({decided: 1, overrode: 0, suggested: {}});
	});

	it('narrows to a network and a start date', () => {
		const linkedin = withSuggestions(db, {network: 'linkedin', since: '2026-11-01'});
		expect(linkedin.requests).toBe(3);
		expect(linkedin.filters).toEqual({network: 'linkedin', since: '2026-11-01'});
		expect(linkedin.perMonth.map(row => [row.month, row.total])).toEqual([['2026-11', 1], ['2026-12', 2]]);
		expect(linkedin.contacts).toEqual({people: 5, couldVouch: 2, byNetwork: {linkedin: {connections: 5, couldVouch: 2}}});
		expect(linkedin.screening!.reasons.find(reason => reason.label === 'no text')).toBeUndefined();
	});

	it('has nothing to chart on an empty database, and no screening without suggestions', () => {
		const empty = networkStats(emptyDatabase(), {now: statsNow});
		expect(empty.perMonth).toEqual([]);
		expect(empty.waiting).toEqual({medianDaysToDecide: null, decidedWithDate: 0, medianDaysPending: null});
		expect(empty.contacts).toEqual({people: 0, couldVouch: 0, byNetwork: {}});
		expect(empty.screening).toBeUndefined();
	});
});

describe('months and medians', () => {
	it.each([
		['2026-08-03', '2026-12-10', undefined, ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']],
		['2020-01-01', '2026-03-10', undefined, monthsBetween('2025-04', '2026-03')],
		['2020-01-01', '2026-03-10', '2025-12-24', ['2025-12', '2026-01', '2026-02', '2026-03']],
		[undefined, '2026-03-10', undefined, []],
	])('first request %s, now %s, since %s', (first, now, since, expected) => {
		expect(chartMonths(first, new Date(now), since)).toEqual(expected);
	});

	it.each([[[], null], [[3], 3], [[4, 1, 2], 2], [[1, 2, 3, 10], 2.5], [[0.04, 0.05], 0]])('median of %j is %s', (values, expected) => {
		expect(median(values)).toBe(expected);
	});
});
