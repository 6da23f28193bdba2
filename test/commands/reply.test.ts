// Reply drafts through the real CLI: the template follows the message's
// language and du/Sie, the user's own templates work, and an answer that comes
// in after the ask becomes the request's first reason.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt} from '../helpers/cli-process.js';
import {runCli} from '../helpers/cli.js';
import {writeDocument, type GenericDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

beforeAll(() => assertBuilt());

function inbox(): GenericDocument {
	return {
		format: 'netinbox/v1',
		me: {name: 'Steve Keller', handles: {}},
		people: [
			{id: 'p1', name: 'Jonas Weber'},
			{id: 'p2', name: 'Mia Roth'},
			{id: 'p3', name: 'Dr. Klaus Berg'},
			{id: 'p4', name: 'Ole Hansen'},
		],
		interactions: [],
		requests: [
			{id: 'r-en', network: 'linkedin', from: 'p1', receivedAt: '2026-11-20T08:00:00Z', message: 'Hi Steve, I would like to connect with you.'},
			{id: 'r-du', network: 'xing', from: 'p2', receivedAt: '2026-11-20T08:00:00Z', message: 'Hallo Steve, ich würde mich freuen, wenn du mich in dein Netzwerk aufnimmst.'},
			{id: 'r-sie', network: 'xing', from: 'p3', receivedAt: '2026-11-20T08:00:00Z', message: 'Guten Tag Herr Keller, gerne würde ich mich mit Ihnen vernetzen.'},
			{id: 'r-none', network: 'xing', from: 'p4', receivedAt: '2026-11-20T08:00:00Z', message: null},
		],
	};
}

async function setup() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
	const cli = (...args: string[]) => runCli([...args, '--db', db], {env});
	expect((await cli('import', 'generic', await writeDocument(directory, inbox()))).code).toBe(0);
	return {directory, cli};
}

describe('netinbox reply', () => {
	it('asks why, in the language and form of the request', async () => {
		const {cli} = await setup();
		const english = await cli('reply', 'r-en');
		expect(english.code, english.stderr).toBe(0);
		expect(english.stdout).toMatch(/^Hello Jonas,\n/);
		expect(english.stdout).toContain('I connect with people I know or have talked to');
		expect(english.stdout).toContain('What do you have in mind');
		expect(english.stdout.trimEnd().endsWith('Steve Keller')).toBe(true);
		const du = JSON.parse((await cli('reply', 'r-du', '--json')).stdout) as {template: string; text: string};
		expect(du.template).toBe('de-du');
		expect(du.text).toMatch(/^Hallo Mia,/);
		expect(du.text).toContain('was du im Sinn hast');
		const sie = JSON.parse((await cli('reply', 'r-sie', '--json')).stdout) as {template: string; text: string};
		expect(sie.template).toBe('de-sie');
		expect(sie.text).toContain('Guten Tag Dr. Klaus Berg');
		expect(sie.text).toContain('was Sie im Sinn haben');
		expect(JSON.parse((await cli('reply', 'r-none', '--json')).stdout).template).toBe('de-sie');
		expect(JSON.parse((await cli('reply', 'r-en', '--template', 'de-du', '--json')).stdout).text).toMatch(/^Hallo Jonas,/);
	});

	it('fills the user\'s own templates and names the ones there are when one is missing', async () => {
		const {directory, cli} = await setup();
		const replies = path.join(directory, 'config', 'netinbox', 'replies');
		await mkdir(replies, {recursive: true});
		await writeFile(path.join(replies, 'short.md'), 'Hi {firstName}, how do we know each other on {network}? {myFirstName}\n');
		const own = await cli('reply', 'r-du', '--template', 'short');
		expect(own.stdout.trim()).toBe('Hi Mia, how do we know each other on XING? Steve');
		const missing = await cli('reply', 'r-du', '--template', 'long');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('no reply template "long"; there are en, de-du, de-sie, short');
	});

	it('marks the request asked, and the answer that comes in later is its first reason', async () => {
		const {directory, cli} = await setup();
		expect((await cli('reply', 'r-en', '--asked')).code).toBe(0);
		const asked = JSON.parse((await cli('export', '--json')).stdout).requests.find((request: {id: string}) => request.id === 'r-en');
		expect(asked.status).toBe('pending');
		expect(Date.parse(asked.askedAt)).toBeGreaterThan(Date.now() - 600_000);
		const later = inbox();
		later.interactions = [{person: 'p1', at: new Date(Date.now() + 60_000).toISOString(), channel: 'linkedin', kind: 'message', direction: 'in',
			text: 'I read your blog post on networking with purpose and would like to ask you about your talk in Köln.'}];
		expect((await cli('import', 'generic', await writeDocument(directory, later, 'later.json'))).code).toBe(0);
		const rows = JSON.parse((await cli('classify', '--json')).stdout) as Array<{id: string; reasons: Array<{text: string}>}>;
		const row = rows.find(candidate => candidate.id === 'r-en')!;
		expect(row.reasons[0]!.text).toMatch(/^answered your question \d{4}-\d{2}-\d{2}: "I read your blog post/);
		expect(rows.find(candidate => candidate.id === 'r-du')!.reasons[0]!.text).not.toMatch(/^answered/);
	});
});
