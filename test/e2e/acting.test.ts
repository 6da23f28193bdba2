// Acting on decisions from the inbox in a real terminal: the sync at start
// against a local Mastodon server, opening profiles, reply drafts, to-dos.
import {chmod, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {assertBuilt} from '../helpers/cli-process.js';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {account, FakeMastodon} from '../helpers/mastodon-server.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

beforeAll(() => assertBuilt());

const sessions: TmuxSession[] = [];
let server: FakeMastodon | undefined;
afterEach(async () => {
	for (const session of sessions.splice(0)) session.kill();
	await server?.stop();
	server = undefined;
});

type Request = {id: string; status: string; askedAt?: string; doneAt?: string; remote?: {done?: string[]}};

async function setup() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	expect((await runCli(['import', 'generic', await writeDocument(directory, sampleDocument()), '--db', db])).code).toBe(0);
	const opened = path.join(directory, 'opened.txt');
	const browser = path.join(directory, 'browser.sh');
	await writeFile(browser, `#!/bin/sh\necho "$@" >> '${opened}'\n`);
	await chmod(browser, 0o755);
	const env: Record<string, string> = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data'), BROWSER: browser};
	const requests = async () => (JSON.parse((await runCli(['export', '--json', '--db', db])).stdout) as {requests: Request[]}).requests;
	const openedUrls = async () => (await readFile(opened, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean);
	const tui = (args: string[] = [], extra: Record<string, string> = {}) => {
		const session = new TmuxSession(['--db', db, ...args], {...env, ...extra});
		sessions.push(session);
		return session;
	};
	return {db, env, requests, openedUrls, tui};
}

describe.skipIf(!hasTmux())('acting on decisions in the inbox', {timeout: 90_000}, () => {
	it('syncs at start after the first frame, pushes a decision made earlier, and shows the state per request', async () => {
		const {db, env, requests, tui} = await setup();
		server = await new FakeMastodon().start();
		server.requests = [account('101', 'lena', 'social.example', 'Lena Vogt'), account('102', 'max', 'social.example', 'Max Brandt')];
		expect((await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env})).code).toBe(0);
		expect((await runCli(['sync', '--db', db], {env})).code).toBe(0);
		expect((await runCli(['decide', 'lena@social.example', '--as', 'accept', '--db', db], {env})).code).toBe(0);

		const session = tui();
		await session.waitFor(s => s.includes('synced with 127.0.0.1') && s.includes('2 pending there, 2 steps pushed'), 'the sync at start');
		expect(server.authorized).toEqual(['101']);
		expect(server.followed).toEqual(['101']);
		session.send('Tab', 'Tab', 'Tab');
		await session.waitFor(s => s.includes('[Decided 1]') && s.includes('authorized, followed back'), 'the pushed state in the detail pane');
		session.send('u');
		await session.waitFor(s => s.includes('undid: back to pending Lena Vogt') && s.includes('127.0.0.1') && s.includes('keeps it: done there already'), 'the undo that cannot reach the site');
		session.send('q');
		await session.waitFor(s => s.includes('EXITED rc=0'), 'quitting');
		expect((await requests()).find(r => r.id === 'lena@social.example')!.remote!.done).toEqual(['authorize', 'follow']);

		const calls = server.calls.length;
		const offline = tui(['--no-sync']);
		await offline.waitFor(s => s.includes('[Pending'), 'the first frame');
		offline.send('j');
		await offline.waitFor(s => s.includes('2/'), 'a key answered');
		offline.send('q');
		await offline.waitFor(s => s.includes('EXITED rc=0'), 'quitting');
		expect(server.calls.length).toBe(calls);
	});

	it('quits at once while a sync waits on a slow server, and writes nothing after', async () => {
		const {env, requests, tui} = await setup();
		server = await new FakeMastodon().start();
		expect((await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env})).code).toBe(0);
		server.requests = [account('101', 'lena', 'social.example', 'Lena Vogt')];
		server.delayMs = 60_000;
		const session = tui();
		await session.waitFor(s => s.includes('syncing with 127.0.0.1'), 'the sync under way');
		session.send('j');
		await session.waitFor(s => s.includes('2/3'), 'a key answered while the sync waits');
		session.send('q');
		await session.waitFor(s => s.includes('EXITED rc=0'), 'quitting without waiting for the server', 10_000);
		expect((await requests()).map(r => r.id)).not.toContain('lena@social.example');
	});

	it('opens the profile and the requests page through $BROWSER, or shows the address over SSH', async () => {
		const {openedUrls, tui} = await setup();
		const session = tui(['--no-sync']);
		await session.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');
		session.send('o');
		await session.waitFor(s => s.includes('opened Carla Schmidt\'s profile'), 'the opened message');
		session.send('O');
		await session.waitFor(s => s.includes('opened the LinkedIn requests page'), 'the requests page');
		expect(await openedUrls()).toEqual(['https://www.linkedin.com/in/carla-schmidt/', 'https://www.linkedin.com/mynetwork/invitation-manager/']);
		session.send('q');
		await session.waitFor(s => s.includes('EXITED rc=0'), 'quitting');

		const remote = tui(['--no-sync'], {BROWSER: '', SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'});
		await remote.waitFor(s => s.includes('[Pending 3]'), 'the first frame');
		remote.send('o');
		await remote.waitFor(s => s.includes('open this address (over SSH): https://www.linkedin.com/in/carla-schmidt/'), 'the address to copy');
	});

	it('drafts a reply, copies it through OSC 52, opens where to send it, and marks the request asked', async () => {
		const {requests, openedUrls, tui} = await setup();
		const session = tui(['--no-sync'], {DISPLAY: '', WAYLAND_DISPLAY: ''});
		session.setOption('set-clipboard', 'on');
		await session.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');
		session.send('r');
		await session.waitFor(s => s.includes('Reply to Carla Schmidt') && s.includes('Hello Carla,'), 'the draft');
		session.send('Enter');
		session.type('PS: we met at the BarCamp?');
		await session.waitFor(s => s.includes('PS: we met at the BarCamp?'), 'the edit');
		session.send('C-s');
		await session.waitFor(s => s.includes('Carla Schmidt marked asked; reply copied (terminal, OSC 52)'), 'the copy');
		await vi.waitFor(() => expect(session.buffer()).toMatch(/^Hello Carla,\n[\s\S]*What do you have in mind[\s\S]*\nPS: we met at the BarCamp\?$/), {timeout: 10_000});
		expect(await openedUrls()).toEqual(['https://www.linkedin.com/mynetwork/invitation-manager/']);
		await session.waitFor(s => /asked (just now|\w+ ago) ·/.test(s), 'the row saying asked');
		await vi.waitFor(async () => expect((await requests()).find(r => r.id === 'r-003')!.askedAt).toBeDefined(), {timeout: 10_000});
		expect((await requests()).find(r => r.id === 'r-003')!.status).toBe('pending');
	});

	it('lists to-dos in their view and ticks them off with x', async () => {
		const {requests, tui} = await setup();
		const session = tui(['--no-sync']);
		await session.waitFor(s => s.includes('[Pending 3]') && s.includes('1/3'), 'the first frame');
		session.send('i');
		await session.waitFor(s => s.includes('ignored Carla Schmidt') && s.includes('To do 1'), 'the to-do in the header');
		session.send('BTab');
		await session.waitFor(s => s.includes('[To do 1]') && s.includes('to do: ignore Carla Schmidt'), 'the To do view');
		session.send('x');
		await session.waitFor(s => s.includes('done: Carla Schmidt') && s.includes('[To do 0]'), 'the tick');
		await vi.waitFor(async () => expect((await requests()).find(r => r.id === 'r-003')!.doneAt).toBeDefined(), {timeout: 10_000});
	});
});
