// The real CLI in a real terminal, started a second time: it draws the last
// session's snapshot and takes the suggestions it kept, but never a snapshot
// of a database that has changed since.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

async function setup() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const file = await writeDocument(directory, sampleDocument());
	expect((await runCli(['import', 'generic', file, '--db', db])).code).toBe(0);
	const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
	return {db, env};
}

function open(db: string, env: Record<string, string>) {
	const session = new TmuxSession(['--db', db], env);
	sessions.push(session);
	return session;
}

async function session(db: string, env: Record<string, string>, keys: string[]) {
	const tui = open(db, env);
	for (const key of keys) tui.send(key);
	tui.send('q');
	const screen = await tui.waitFor(s => s.includes('EXITED rc=0'), 'a clean exit');
	tui.kill();
	return screen;
}

async function statuses(db: string): Promise<Record<string, string>> {
	const result = await runCli(['export', '--json', '--db', db]);
	return Object.fromEntries((JSON.parse(result.stdout) as {requests: Array<{id: string; status: string}>}).requests.map(r => [r.id, r.status]));
}

describe.skipIf(!hasTmux())('starting again', () => {
	it('keeps a snapshot and the suggestions for the next start, and loses no key typed at once', async () => {
		const {db, env} = await setup();
		await session(db, env, []);
		expect(existsSync(`${db}.inbox`)).toBe(true);
		expect(existsSync(`${db}.suggestions`)).toBe(true);

		// Typed before anything is drawn: move to the second request, ignore it.
		await session(db, env, ['j', 'i']);
		expect(await statuses(db)).toEqual({'r-001': 'pending', 'r-002': 'ignored', 'r-003': 'pending'});

		const tui = open(db, env);
		const screen = await tui.waitFor(s => s.includes('[Pending 2]') && s.includes('1/2') && !s.includes('loading…'), 'the inbox after the decision');
		expect(screen).toMatch(/›\[ \] LI Carla Schmidt +ignore/);
	});

	it('does not show a snapshot of a database changed since', async () => {
		const {db, env} = await setup();
		await session(db, env, []);
		expect((await runCli(['decide', 'r-003', '--as', 'spam', '--db', db])).code).toBe(0);
		const tui = open(db, env);
		const screen = await tui.waitFor(s => s.includes('[Pending 2]'), 'the inbox');
		expect(screen).not.toContain('Carla Schmidt');
		expect(screen).not.toContain('Pending 3');
	});
});
