// The real CLI in a real terminal: what a user sees and what ends up on disk.
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';
import {eventTimeout} from '../helpers/patience.js';

type Exported = {requests: Array<{id: string; status: string}>; journal: unknown[]};

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

async function setup(document = sampleDocument()) {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const file = await writeDocument(directory, document);
	expect((await runCli(['import', 'generic', file, '--db', db])).code).toBe(0);
	const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
	return {db, env};
}

function open(db: string, env: Record<string, string>) {
	const session = new TmuxSession(['--db', db], env);
	sessions.push(session);
	return session;
}

async function exported(db: string): Promise<Exported> {
	const result = await runCli(['export', '--json', '--db', db]);
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as Exported;
}

/** Decisions are saved in the background: wait until the file on disk shows them. */
async function expectStatuses(db: string, expected: Record<string, string>) {
	await vi.waitFor(async () => {
		const statuses = Object.fromEntries((await exported(db)).requests.map(r => [r.id, r.status]));
		expect(statuses).toEqual(expected);
	}, {timeout: eventTimeout, interval: 100});
}

describe.skipIf(!hasTmux())('the inbox in a real terminal', () => {
	it('moves, decides, applies the suggestions, undoes, quits and reopens with everything saved', async () => {
		const {db, env} = await setup();
		let tui = open(db, env);
		await tui.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');

		tui.send('j');
		await tui.waitFor(s => s.includes('2/3'), 'the cursor on the second request');
		tui.send('a');
		await tui.waitFor(s => s.includes('accepted Jonas Weber'), 'the accept message');
		await expectStatuses(db, {'r-001': 'pending', 'r-002': 'accepted', 'r-003': 'pending'});

		tui.send('g', 'Space', 'Space');
		await tui.waitFor(s => s.includes('2 marked'), 'two marks');
		tui.send('A');
		await tui.waitFor(s => s.includes('y apply'), 'the plan');
		tui.send('y');
		await tui.waitFor(s => s.includes('Pending 0'), 'an empty pending view');
		const applied = await exported(db);
		expect(applied.journal).toHaveLength(3);

		tui.send('u');
		await tui.waitFor(s => s.includes('[Pending 2]'), 'the batch undone');
		await expectStatuses(db, {'r-001': 'pending', 'r-002': 'accepted', 'r-003': 'pending'});

		tui.send('q');
		const end = await tui.waitFor(s => s.includes('EXITED rc=0'), 'a clean exit');
		// What the session did, said as it closes.
		expect(end).toContain('This session: accepted 1; 2 undone. Still pending: 2.');
		tui.kill();

		tui = open(db, env);
		await tui.waitFor(s => s.includes('[Pending 2]') && s.includes('Decided 1'), 'the reopened inbox');
		tui.send('u');
		await tui.waitFor(s => s.includes('[Pending 3]'), 'undo after a restart');
		await expectStatuses(db, {'r-001': 'pending', 'r-002': 'pending', 'r-003': 'pending'});
		tui.send('C-c');
		await tui.waitFor(s => s.includes('EXITED rc=0'), 'ctrl+c quits cleanly');
	});

	it('shows escape sequences in names and messages inert and leaves the window title alone', async () => {
		const document = sampleDocument();
		document.people[1]!.name = 'Jonas\u001b]0;PWNED-TITLE\u0007 \u001b]2;PWNED2\u001b\\Weber';
		document.requests[1]!.message = 'copy\u001b]52;c;cm0gLXJmIH4=\u0007 \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001b[2J\u001b[H\u001b[5Aup Trusted\rEvil \u202eesrever';
		document.people[2]!.name = 'Carla \u001b[31mRed\u001b[0m Schmidt';
		const {db, env} = await setup(document);
		const tui = open(db, env);
		await tui.waitFor(s => s.includes('[Pending 3]'), 'the first frame');
		const before = tui.title();
		tui.send('j');
		const screen = await tui.waitFor(s => s.includes('2/3') && s.includes('␛]52'), 'the payload request in detail');
		expect(screen).toContain('Jonas␛]0;PWNED-TITLE␇');
		expect(screen).toContain('copy␛]52;c;cm0gLXJmIH4=␇');
		expect(screen).toContain('␛]8;;https://evil.example␛\\link␛]8;;␛\\ ␛[2J␛[H␛[5Aup');
		expect(screen).toContain('Trusted␍Evil esrever');
		expect(screen).toContain('Carla ␛[31mRed␛[0m');
		// The header is still at the top: no cursor move or clear took effect.
		expect(screen.split('\n')[0]).toContain('[Pending 3]');
		expect(tui.title()).toBe(before);
		expect(tui.title()).not.toMatch(/PWNED/);
	});

	it('opens the demo inbox from a copy in the data directory that keeps decisions until reset', async () => {
		const directory = await tempDir();
		const env = {XDG_DATA_HOME: path.join(directory, 'data'), XDG_CONFIG_HOME: path.join(directory, 'config')};
		const demoDb = path.join(directory, 'data', 'netinbox', 'demo.json');
		let tui = new TmuxSession(['--demo'], env);
		sessions.push(tui);
		const first = await tui.waitFor(s => /\[Pending (\d+)\]/.test(s), 'the demo inbox');
		const pending = Number(/\[Pending (\d+)\]/.exec(first)![1]);
		expect(pending).toBeGreaterThanOrEqual(60);
		tui.send('i');
		await tui.waitFor(s => s.includes(`[Pending ${pending - 1}]`), 'one request ignored');
		tui.send('q');
		await tui.waitFor(s => s.includes('EXITED rc=0'), 'a clean exit');
		expect((await exported(demoDb)).requests.filter(r => r.status === 'ignored')).toHaveLength(1);
		tui.kill();
		tui = new TmuxSession(['--demo', '--reset'], env);
		sessions.push(tui);
		await tui.waitFor(s => s.includes(`[Pending ${pending}]`), 'a fresh demo inbox');
	});

	it('works without colour', async () => {
		const {db, env} = await setup();
		const tui = open(db, {...env, NO_COLOR: '1'});
		const screen = await tui.waitFor(s => s.includes('[Pending 3]'), 'the first frame');
		expect(screen).toMatch(/›\[ \] LI Carla Schmidt/);
	});

	it('follows keys.json in its hints and reports a command it does not know when it starts', async () => {
		const {db, env} = await setup();
		await mkdir(path.join(env.XDG_CONFIG_HOME, 'netinbox'), {recursive: true});
		await writeFile(path.join(env.XDG_CONFIG_HOME, 'netinbox', 'keys.json'), JSON.stringify({'request.spam': ['z'], 'request.spamm': ['y']}));
		const tui = new TmuxSession(['--db', db], env, {columns: 200, rows: 30});
		sessions.push(tui);
		const screen = await tui.waitFor(s => s.includes('[Pending 3]') && s.includes('z spam'), 'the inbox with the rebound key');
		expect(screen).not.toContain('s spam');
		expect(screen).toContain('unknown command "request.spamm"');
		tui.send('z');
		await tui.waitFor(s => s.includes('reported as spam Carla Schmidt'), 'z reports spam');
	});

	it.each(['TERM', 'HUP'])('ends cleanly on SIG%s: journal folded, lock released, terminal restored, exit 0', async signal => {
		const {db, env} = await setup();
		const tui = open(db, env);
		await tui.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');
		tui.send('a');
		await tui.waitFor(s => s.includes('accepted Carla Schmidt'), 'a decision');
		// The decision is in the journal beside the file, not yet in the file.
		await vi.waitFor(async () => expect((await readdir(path.dirname(db))).some(name => name.includes('.journal-'))).toBe(true), {timeout: eventTimeout});
		const holder = JSON.parse(await readFile(`${db}.lock`, 'utf8')) as {pid: number};
		process.kill(holder.pid, `SIG${signal}`);
		const screen = await tui.waitFor(s => s.includes('EXITED rc='), 'the inbox ending');
		expect(screen).toContain('EXITED rc=0');
		expect(tui.cursorVisible()).toBe(true);
		const left = await readdir(path.dirname(db));
		expect(left.filter(name => name.includes('.journal-') || name.endsWith('.lock'))).toEqual([]);
		const onDisk = JSON.parse(await readFile(db, 'utf8')) as Exported;
		expect(onDisk.requests.find(r => r.id === 'r-003')!.status).toBe('accepted');
	});

	it('folds the journal and releases the lock when its terminal is closed', async () => {
		const {db, env} = await setup();
		const tui = open(db, env);
		await tui.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');
		tui.send('i');
		await tui.waitFor(s => s.includes('ignored Carla Schmidt'), 'a decision');
		tui.kill();
		await vi.waitFor(async () => {
			const left = await readdir(path.dirname(db));
			expect(left.filter(name => name.includes('.journal-') || name.endsWith('.lock'))).toEqual([]);
		}, {timeout: eventTimeout, interval: 100});
		const onDisk = JSON.parse(await readFile(db, 'utf8')) as Exported;
		expect(onDisk.requests.find(r => r.id === 'r-003')!.status).toBe('ignored');
	});
});
