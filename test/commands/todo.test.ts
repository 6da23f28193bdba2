// The to-do list through the real CLI, on a LinkedIn export as a user has one.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt} from '../helpers/cli-process.js';
import {runCli} from '../helpers/cli.js';
import {tempDir} from '../helpers/temp.js';

beforeAll(() => assertBuilt());

const header = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl';
const invitation = (name: string, slug: string, message = '') =>
	`${name},Steve Keller,"11/20/26, 9:00 AM",${message},INCOMING,https://www.linkedin.com/in/${slug},https://www.linkedin.com/in/steve-keller`;
const connections = (rows: string[]) => ['Notes:', '"the usual notes"', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n');

async function setup() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
	const cli = (...args: string[]) => runCli([...args, '--db', db], {env});
	const write = async (name: string, text: string) => {
		const file = path.join(directory, name);
		await writeFile(file, text);
		return file;
	};
	const first = await write('Invitations.csv', [header, invitation('Jana Wagner', 'jana-wagner'), invitation('Tom Berger', 'tom-berger'), invitation('Ute Vogel', 'ute-vogel', 'Book a call with me')].join('\n'));
	expect((await cli('import', 'linkedin', first)).code).toBe(0);
	const ids = JSON.parse((await cli('export', '--json')).stdout).requests.map((request: {id: string}) => request.id) as string[];
	return {cli, write, ids};
}

type Row = {id: string; network: string; action: string; url?: string; decision: string; done?: unknown};
const list = async (cli: (...args: string[]) => Promise<{stdout: string}>, ...args: string[]) => JSON.parse((await cli(...['todo', '--json', ...args])).stdout) as Row[];

describe('netinbox todo', () => {
	it('turns each decision into a step on the site with its link; undo takes it back', async () => {
		const {cli, ids} = await setup();
		const [jana, tom, ute] = ids as [string, string, string];
		expect(await list(cli)).toEqual([]);
		await cli('decide', jana, '--as', 'accept');
		await cli('decide', tom, '--as', 'ignore');
		await cli('decide', ute, '--as', 'spam');
		const rows = await list(cli);
		expect(rows.map(row => row.action)).toEqual([
			'accept Jana Wagner on LinkedIn',
			'ignore Tom Berger\'s invitation on LinkedIn',
			'ignore Ute Vogel\'s invitation on LinkedIn and report it as spam',
		]);
		expect(rows[0]!.url).toBe('https://www.linkedin.com/in/jana-wagner');
		expect(await list(cli, '--network', 'xing')).toEqual([]);
		const text = await cli('todo');
		expect(text.stdout).toContain('LinkedIn (3 to do)');
		expect(text.stdout).toContain('[ ] accept Jana Wagner on LinkedIn');
		const csv = (await cli('todo', '--csv')).stdout.split('\r\n');
		expect(csv[0]).toBe('network,id,name,decision,decided,action,url,done');
		expect(csv[3]).toMatch(/^linkedin,.*,Ute Vogel,spam,.*,ignore Ute Vogel's invitation on LinkedIn and report it as spam,https:\/\/www\.linkedin\.com\/in\/ute-vogel,$/);
		await cli('undo');
		expect((await list(cli)).map(row => row.id)).toEqual([jana, tom]);
		const bad = await cli('todo', '--network', 'myspace');
		expect(bad.code).toBe(2);
	});

	it('is done by a tick, and by itself when a later export shows it', async () => {
		const {cli, write, ids} = await setup();
		const [jana, tom, ute] = ids as [string, string, string];
		await cli('decide', jana, '--as', 'accept');
		await cli('decide', tom, '--as', 'ignore');
		await cli('decide', ute, '--as', 'ignore');
		expect((await cli('todo', 'done', ute)).code).toBe(0);
		expect((await list(cli)).map(row => row.id)).toEqual([jana, tom]);
		expect((await cli('todo', 'done', ute)).code).toBe(2);
		// The next export: Jana is a connection, Tom's invitation is gone, nothing else pending.
		const later = await write('Invitations.csv', [header, invitation('Jana Wagner', 'jana-wagner')].join('\n'));
		const connected = await write('Connections.csv', connections(['Jana,Wagner,https://www.linkedin.com/in/jana-wagner,,,,20 Nov 2026']));
		const imported = await cli('import', 'linkedin', later, connected);
		expect(imported.code, imported.stderr).toBe(0);
		expect(await list(cli)).toEqual([]);
		const all = await list(cli, '--all');
		expect(all.map(row => row.id).sort()).toEqual([jana, tom, ute].sort());
		expect(all.every(row => row.done)).toBe(true);
	});
});
