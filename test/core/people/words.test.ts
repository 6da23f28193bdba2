// What a person reads about a history and a database: counts with the right
// nouns, and no "0 in / 0 out".
import {describe, expect, it} from 'vitest';
import {stats} from '../../../source/commands/stats.js';
import type {Interaction} from '../../../source/core/model.js';
import {directionCounts, historyParts} from '../../../source/core/people/history.js';
import {formatStats} from '../../../source/text.js';
import {databaseFrom} from '../../helpers/db.js';
import {sampleDocument} from '../../helpers/generic.js';

const call = (direction: Interaction['direction'], channel: Interaction['channel'] = 'phone'): Interaction =>
	({id: `i-${Math.random()}`, person: 'p', at: '2026-01-01T10:00:00Z', channel, kind: channel === 'phone' ? 'call' : 'message', direction});

describe('how a history reads', () => {
	it.each([
		[{in: 14, out: 9, both: 0}, '14 in / 9 out'],
		[{in: 3, out: 0, both: 0}, '3 in only'],
		[{in: 0, out: 2, both: 0}, '2 out only'],
		[{in: 0, out: 0, both: 1}, '1 both ways'],
		[{in: 4, out: 0, both: 1}, '4 in / 1 both ways'],
		[{in: 1, out: 1, both: 2}, '1 in / 1 out / 2 both ways'],
	])('%j reads %s', (tally, text) => {
		expect(directionCounts(tally)).toBe(text);
	});

	it('says a single call without the directions it did not take', () => {
		expect(historyParts([call('both')])).toEqual(['phone 1 both ways']);
		expect(historyParts([call('in', 'email'), call('in', 'email')])).toEqual(['email 2 in only']);
	});
});

describe('how stats read', () => {
	it('counts the senders of the requests, not everyone in the records, with plural rules', () => {
		const document = sampleDocument();
		document.people.push({id: 'p-100', name: 'Only Known'});
		const db = databaseFrom(document);
		const result = stats(db);
		expect(result.senders).toBe(3);
		expect(result.people).toBe(4);
		expect(formatStats(result).split('\n')[0]).toBe(`3 requests from 3 people; 4 people and ${db.interactions.length} interactions in your records`);
		const one = databaseFrom({format: 'netinbox/v1', people: [{id: 'a', name: 'A'}], interactions: [], requests: [{id: 'r', network: 'xing', from: 'a', receivedAt: '2026-01-01T00:00:00Z', message: null}]});
		expect(formatStats(stats(one)).split('\n')[0]).toBe('1 request from 1 person; 1 person and 0 interactions in your records');
	});
});
