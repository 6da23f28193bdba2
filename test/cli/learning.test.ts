// What was learned, through the real CLI in separate processes: it is in the
// database (it survives every restart), in export --json, scored by eval --mine,
// dropped by forget, and switched off by settings --learning off.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

describe('learning from the command line', () => {
	it('learns from decisions made one by one, shows them, scores the rules against them, forgets them', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		const cli = (...args: string[]) => runCli([...args, '--db', db]);
		await cli('import', 'generic', await writeDocument(directory, sampleDocument()));
		const learned = async () => (JSON.parse((await cli('export', '--json')).stdout) as {learning: {enabled: boolean; decisions: Array<{request: string; decision: string}>; forgotten: unknown[]}}).learning;

		// Two requests at once are a bulk decision: not learned from.
		expect((await cli('decide', 'r-002', 'r-003', '--as', 'ignore')).code).toBe(0);
		expect((await learned()).decisions).toEqual([]);
		expect((await cli('decide', 'r-002', '--as', 'accept')).code).toBe(0);
		expect((await learned()).decisions).toEqual([{request: 'linkedin:r-002', decision: 'accept', at: expect.any(String)}]);

		const mine = await cli('eval', '--mine', '--json');
		expect(mine.code).toBe(0);
		const rules = (JSON.parse(mine.stdout) as {decisions: number; rules: Array<{rule: string; supported: number; against: number}>});
		expect(rules.decisions).toBe(1);
		expect(rules.rules.find(tally => tally.rule === 'PROFILE_REFERENCE')).toMatchObject({supported: 1, against: 0});
		expect((await cli('eval', '--mine')).stdout).toContain('how often you went against the suggestion it supported');

		const off = await cli('settings', '--learning', 'off');
		expect(off.stdout).toContain('learning: off');
		expect(await learned()).toMatchObject({enabled: false, decisions: []});
		expect((await cli('eval', '--mine')).stdout).toContain('Learning is off');
		await cli('settings', '--learning', 'on');
		expect((await learned()).decisions).toHaveLength(1);

		const forgot = await cli('forget');
		expect(forgot.code).toBe(0);
		expect(forgot.stdout).toContain('forgot what was learned from 1 decision made so far');
		expect(await learned()).toMatchObject({enabled: true, decisions: []});
		expect((await learned()).forgotten).toHaveLength(1);
		// The decision itself stays.
		const rows = JSON.parse((await cli('classify', '--all', '--json')).stdout) as Array<{id: string; status: string}>;
		expect(rows.find(row => row.id === 'r-002')!.status).toBe('accepted');
	}, 120_000);

	it('refuses a bad value with a usage error and changes nothing', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await runCli(['import', 'generic', await writeDocument(directory, sampleDocument()), '--db', db]);
		const bad = await runCli(['settings', '--learning', 'maybe', '--db', db]);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--learning must be on or off (got "maybe")');
		const since = await runCli(['forget', '--since', 'yesterday-ish', '--db', db]);
		expect(since.code).toBe(2);
		expect(since.stderr).toContain('--since needs a date like 2026-09-01 or a month like 2026-09');
		const both = await runCli(['eval', 'labels.json', '--mine', '--db', db]);
		expect(both.code).toBe(2);
		expect((await runCli(['export', '--json', '--db', db])).stdout).toContain('"forgotten": []');
	}, 60_000);
});
