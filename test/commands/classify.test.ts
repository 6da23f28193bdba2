// classify and eval through the real CLI (dist/cli.js, built by `npm test`), on a real database file.
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
let dir: string;
let db: string;
let env: NodeJS.ProcessEnv;

async function cli(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	try {
		const {stdout, stderr} = await run('node', ['dist/cli.js', '--db', db, ...args], {env});
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

const corpus = {
	format: 'netinbox/v1',
	me: {name: 'Steve Keller', profile: 'Community Lead, Hamburg. Talk: „Netzwerken mit Sinn“.'},
	people: [
		{id: 'a', name: 'Anna Brandt'},
		{id: 'b', name: 'Birgit Lange'},
		{id: 'c', name: 'Chris Taylor'},
		{id: 'd', name: 'Dora Weiss'},
	],
	interactions: [{person: 'a', at: '2025-03-04T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both', text: 'BarCamp Hamburg'}],
	requests: [
		{id: 'r-1', network: 'xing', from: 'a', receivedAt: '2026-10-01T10:00:00Z'},
		{id: 'r-2', network: 'xing', from: 'b', receivedAt: '2026-10-02T10:00:00Z', message: 'Wir sind beide Mitglied in der Gruppe Social Media Hamburg.'},
		{id: 'r-3', network: 'linkedin', from: 'c', receivedAt: '2026-10-03T10:00:00Z', message: 'Greetings from the Hanse Netzwerk Verbund, please connect.'},
		{id: 'r-4', network: 'mastodon', from: 'd', receivedAt: '2026-10-04T10:00:00Z', message: 'Habe deinen Talk „Netzwerken mit Sinn“ gesehen, großartig!'},
	],
};

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-classify-'));
	db = path.join(dir, 'db.json');
	env = {...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data')};
	await writeFile(path.join(dir, 'corpus.json'), JSON.stringify(corpus));
	expect((await cli('import', 'generic', path.join(dir, 'corpus.json'))).code).toBe(0);
});
afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('netinbox classify', () => {
	it('prints suggestions with reasons as JSON, keyed by import id', async () => {
		const {code, stdout} = await cli('classify', '--json');
		expect(code).toBe(0);
		const rows = JSON.parse(stdout) as {id: string; network: string; status: string; from: {name: string}; suggestion: string; confidence: number; reasons: {rule: string; text: string; weight: number}[]}[];
		expect(rows.map(row => [row.id, row.suggestion])).toEqual([['r-1', 'accept'], ['r-2', 'ignore'], ['r-3', 'ignore'], ['r-4', 'follower']]);
		expect(rows[0]).toMatchObject({network: 'xing', status: 'pending', from: {name: 'Anna Brandt'}});
		expect(rows[0]!.reasons[0]).toEqual({rule: 'MET_IN_PERSON', text: 'met in person 2025-03-04 (BarCamp Hamburg)', weight: 5});
		for (const row of rows) expect(row.reasons.length).toBeGreaterThan(0);
	});

	it('prints text for people, and only pending requests unless --all', async () => {
		expect((await cli('decide', 'r-2', '--as', 'ignore')).code).toBe(0);
		const {stdout} = await cli('classify');
		expect(stdout).toContain('r-1  xing      accept');
		expect(stdout).toContain('+ met in person 2025-03-04 (BarCamp Hamburg)');
		expect(stdout).not.toContain('r-2 ');
		const all = await cli('classify', '--all');
		expect(all.stdout).toContain('r-2  xing      ignore');
	});

	it('reads extra default texts from templates.json in the config directory', async () => {
		await mkdir(path.join(dir, 'config', 'netinbox'), {recursive: true});
		await writeFile(path.join(dir, 'config', 'netinbox', 'templates.json'), JSON.stringify({defaultTexts: {linkedin: ['Greetings from the Hanse Netzwerk Verbund, please connect.']}}));
		const rows = JSON.parse((await cli('classify', '--json')).stdout) as {id: string; reasons: {rule: string}[]}[];
		expect(rows.find(row => row.id === 'r-3')!.reasons.map(reason => reason.rule)).toContain('NETWORK_DEFAULT_TEXT');
		await writeFile(path.join(dir, 'config', 'netinbox', 'templates.json'), '{not json');
		const broken = await cli('classify');
		expect(broken.code).toBe(1);
		expect(broken.stderr).toContain('templates.json: cannot use these templates');
		await rm(path.join(dir, 'config', 'netinbox', 'templates.json'));
	});
});

describe('netinbox eval', () => {
	it('scores against a label file: agreement, confusion, critical errors', async () => {
		const labels = path.join(dir, 'labels.json');
		await writeFile(labels, JSON.stringify({labels: {
			'r-1': {expect: 'accept', critical: ['ignore', 'spam']},
			'r-2': {expect: 'ignore'},
			'r-3': {expect: 'spam', also: ['ignore']},
			'r-4': {expect: 'accept', critical: ['follower']},
		}}));
		const {code, stdout} = await cli('eval', labels, '--json');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.agreement).toBe(0.75);
		expect(result.criticalErrors).toEqual(['r-4']);
		expect(result.confusion.accept.follower).toBe(1);
		expect(result.perDecision.ignore).toMatchObject({precision: 0.5, recall: 1});
		const text = await cli('eval', labels);
		expect(text.stdout).toContain('agreement 75.0 % (1 of them only through an acceptable alternative), critical errors 1');
		expect(text.stdout).toContain('r-4: expected accept, suggested follower (critical)');
	});

	it('exits 1 when the label file is missing or not a label file', async () => {
		const missing = await cli('eval', path.join(dir, 'nope.json'));
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('cannot read');
		await writeFile(path.join(dir, 'bad.json'), JSON.stringify({labels: {'r-1': {expect: 'maybe'}}}));
		const bad = await cli('eval', path.join(dir, 'bad.json'));
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('not a label file');
		expect((await cli('eval')).code).toBe(2);
	});
});
