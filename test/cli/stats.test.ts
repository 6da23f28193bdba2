// `netinbox stats` as a user runs it: JSON, numbers for a pipe, CSV, and the
// panels in a real terminal showing the same figures as --json.
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {statsDbFile} from '../helpers/stats-db.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

type Json = {
	requests: number;
	byStatus: Record<string, number>;
	byNetwork: Record<string, Record<string, number>>;
	byMonth: Record<string, Record<string, number>>;
	perMonth: Array<{month: string; total: number; byNetwork: Record<string, number>}>;
	decisions: Record<string, number>;
	waiting: {medianDaysToDecide: number; decidedWithDate: number};
	contacts: {people: number; couldVouch: number; byNetwork: Record<string, {connections: number; couldVouch: number}>};
	screening: {reasons: Array<{label: string; count: number}>; massSent: Array<{senders: number}>; overrides: Record<string, {decided: number; overrode: number}>};
};

async function json(args: string[]): Promise<Json> {
	const result = await runCli(['stats', '--json', ...args]);
	expect(result.code, result.stderr).toBe(0);
	return JSON.parse(result.stdout) as Json;
}

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

describe('netinbox stats', () => {
	it('prints every figure as JSON, the fields it always had included', async () => {
		const {db} = await statsDbFile();
		const stats = await json(['--db', db]);
		expect(stats.requests).toBe(7);
		expect(stats.byStatus).toEqual({pending: 3, accepted: 2, follower: 0, ignored: 1, spam: 1});
		expect(stats.byMonth['2025-11']).toMatchObject({pending: 1});
		expect(stats.decisions).toEqual({pending: 3, accept: 2, follower: 0, ignore: 1, spam: 1});
		expect(stats.waiting).toMatchObject({medianDaysToDecide: 6, decidedWithDate: 4});
		expect(stats.contacts).toMatchObject({people: 7, couldVouch: 3});
		expect(stats.screening.reasons.find(reason => reason.label === 'mass-sent')?.count).toBe(3);
		expect(stats.screening.massSent[0]?.senders).toBe(3);
		expect(stats.screening.overrides.accept).toMatchObject({decided: 2, overrode: 1});
	});

	it('narrows to a network and a month', async () => {
		const {db} = await statsDbFile();
		const stats = await json(['--db', db, '--network', 'linkedin', '--since', '2026-11']);
		expect(stats.requests).toBe(3);
		expect(Object.keys(stats.byNetwork)).toEqual(['linkedin']);
		expect(stats.perMonth[0]).toMatchObject({month: '2026-11', total: 1});
		expect(stats.contacts).toMatchObject({people: 5, couldVouch: 2});
	});

	it('gives a pipe the numbers alone, without bars or colour', async () => {
		const {db} = await statsDbFile();
		const result = await runCli(['stats', '--db', db], {env: {FORCE_COLOR: '1'}});
		expect(result.code).toBe(0);
		// The senders of the requests, not everyone in the records.
		expect(result.stdout).toContain('7 requests from 7 people; 11 people and 4 interactions in your records');
		expect(result.stdout).toContain('connections: 7, could vouch for 3');
		expect(result.stdout).toMatch(/ {6}3 {2}mass-sent/);
		expect(result.stdout).not.toMatch(/[█░\u001B]/);
	});

	it('writes one CSV row per month and network, zeros included, summing to the chart', async () => {
		const {db} = await statsDbFile();
		// From a fixed month, so the rows do not depend on today's date.
		const result = await runCli(['stats', '--csv', '--since', '2026-01', '--db', db]);
		expect(result.code).toBe(0);
		const [header, ...rows] = result.stdout.trim().split('\n');
		expect(header).toBe('month,network,requests,partial');
		const stats = await json(['--since', '2026-01', '--db', db]);
		const networks = new Set(stats.perMonth.flatMap(month => Object.keys(month.byNetwork)));
		expect(rows).toHaveLength(stats.perMonth.length * networks.size);
		const sum = rows.reduce((total, row) => total + Number(row.split(',')[2]), 0);
		expect(sum).toBe(stats.perMonth.reduce((total, month) => total + month.total, 0));
		expect(rows).toContain('2026-01,linkedin,1,no');
		expect(rows).toContain('2026-01,xing,0,no');
	});

	it.each([
		[['--since', '2026-13'], '--since needs a date like 2026-09-01'],
		[['--since', 'yesterday'], '--since needs a date'],
		[['--network', 'myspace'], '--network must be one of linkedin'],
		[['--csv', '--json'], '--csv and --json are two formats'],
	])('refuses %j with exit 2', async (args, message) => {
		const {db} = await statsDbFile();
		const result = await runCli(['stats', '--db', db, ...args]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
	});
});

describe.skipIf(!hasTmux())('netinbox stats in a terminal', () => {
	it('draws the panels with the figures of --json, in colour unless NO_COLOR', async () => {
		const {db, env} = await statsDbFile();
		const stats = await json(['--db', db]);
		for (const noColor of [false, true]) {
			const session = new TmuxSession(['stats', '--db', db], {...env, ...(noColor ? {NO_COLOR: '1'} : {})}, {columns: 80, rows: 80});
			sessions.push(session);
			const screen = await session.waitFor(s => s.includes('EXITED rc=0'), 'the panels');
			expect(screen).toContain(`what became of the ${stats.requests} requests received`);
			expect(screen).toMatch(new RegExp(`everyone +█+░+ +${stats.contacts.couldVouch} of ${stats.contacts.people} `));
			expect(screen).toMatch(new RegExp(`accept +█+░+ ${stats.screening.overrides.accept!.overrode} of ${stats.screening.overrides.accept!.decided} `));
			expect(screen).toContain(`decided after a median of ${stats.waiting.medianDaysToDecide} days`);
			expect(screen).toMatch(/− mass-sent +█+ +3\n/);
			for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
			// Colour codes (30–37, 90–97) only when colour is wanted; bold and dim stay either way.
			const colours = /\u001B\[[0-9;]*(?:3[0-7]|9[0-7])m/;
			if (noColor) expect(session.screen(true)).not.toMatch(colours);
			else expect(session.screen(true)).toMatch(colours);
			session.kill();
		}
	});
});
