import {describe, expect, it} from 'vitest';
import {applyStatuses, undo} from '../../source/core/actions.js';
import {logInteraction} from '../../source/core/people/edits.js';
import {formatSession, sessionSummary} from '../../source/ui/session-summary.js';
import {databaseFrom} from '../helpers/db.js';

describe('the summary of a session', () => {
	const start = databaseFrom();
	const [a, b, c] = start.requests.map(request => request.key);
	// An earlier session's decision, undone in this one.
	const before = applyStatuses(start, [{key: a!, to: 'spam'}]).data;

	it.each([
		['nothing', (db: typeof before) => db, 'This session: nothing decided. Still pending: 2.'],
		['decisions by kind', (db: typeof before) => applyStatuses(db, [{key: b!, to: 'accepted'}, {key: c!, to: 'ignored'}]).data, 'This session: accepted 1, ignored 1. Still pending: 0.'],
		['an undo of an earlier decision', (db: typeof before) => undo(db).data, 'This session: nothing decided; 1 undone. Still pending: 3.'],
		['a decision made and undone', (db: typeof before) => undo(applyStatuses(db, [{key: b!, to: 'follower'}]).data).data, 'This session: nothing decided; 1 undone. Still pending: 2.'],
		['a logged meeting', (db: typeof before) => logInteraction(db, {person: db.people[0]!.id, kind: 'meeting', direction: 'both', channel: 'in-person', at: '2026-11-20'}).data, 'This session: nothing decided; 1 interaction logged. Still pending: 2.'],
	])('%s', (_name, session, text) => {
		expect(formatSession(sessionSummary(before, session(before)))).toBe(text);
	});
});
