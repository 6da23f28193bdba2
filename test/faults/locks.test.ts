// Locks left behind: by a process on another machine (which cannot be checked),
// by a process whose pid a newer process now has, and the demo's reset, which
// must reset whatever an earlier run left and never pull a database from
// under a running inbox.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {hostname} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureDemoDb} from '../../source/commands/demo.js';
import {lockPath, startOf} from '../../source/core/store/lock.js';
import {Store} from '../../source/core/store/store.js';
import {assertBuilt, root, runCli} from '../helpers/cli-process.js';
import {makeDatabase, writeDatabase} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

const data = makeDatabase({requests: 10, people: 20, interactions: 40, seed: 81});
const id = data.requests[0]!.id;

async function database(): Promise<string> {
	const file = path.join(await tempDir(), 'db.json');
	await writeDatabase(file, data);
	return file;
}

/** What a crash and a lost file leave: a journal of changes beside no demo.json. */
async function journalWithoutFile(file: string): Promise<void> {
	const store = await Store.open(file, {write: true});
	await store.save({...store.data, settings: {strictness: 'strict'}});
	const journal = (await readdir(path.dirname(file))).find(name => name.includes('.journal-'))!;
	const kept = await readFile(path.join(path.dirname(file), journal));
	await store.close();
	await rm(file);
	await writeFile(path.join(path.dirname(file), journal), kept, {mode: 0o600});
}

const writeLock = (file: string, holder: object) => writeFile(lockPath(file), JSON.stringify({since: '2026-01-02T03:04:05.000Z', ...holder}), {mode: 0o600});

/** A process that holds `file` open for writing until it is killed. */
async function holder(file: string): Promise<{pid: number; stop(): Promise<void>}> {
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'helpers', 'save-then-hang.ts'), file, '0'], {cwd: root, stdio: ['ignore', 'pipe', 'inherit']});
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('saved') && resolve());
		child.on('exit', code => reject(new Error(`holder exited with ${code}`)));
	});
	return {
		pid: child.pid!,
		async stop() {
			child.kill('SIGKILL');
			await new Promise(resolve => child.on('close', resolve));
		},
	};
}

describe('a lock left by another machine', () => {
	beforeAll(assertBuilt);

	it('names the lock file and --force-unlock; with it the command takes the lock over', async () => {
		const file = await database();
		await writeLock(file, {pid: 4242, host: 'laptop-elsewhere', command: 'netinbox (inbox)'});
		const refused = await runCli(['decide', id, '--as', 'spam', '--db', file]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(`${file} is in use by netinbox process 4242 on laptop-elsewhere (netinbox (inbox))`);
		expect(refused.stderr).toContain(`--force-unlock to take over ${lockPath(file)}`);
		const forced = await runCli(['decide', id, '--as', 'spam', '--db', file, '--force-unlock']);
		expect(forced.code, forced.stderr).toBe(0);
		expect(existsSync(lockPath(file))).toBe(false);
	});
});

describe('a lock whose pid is alive on this machine', () => {
	beforeAll(assertBuilt);

	it('is stale when the process with that pid started after the lock was taken (a reused pid)', async () => {
		const file = await database();
		const start = startOf(process.pid);
		expect(start).toBeDefined();
		await writeLock(file, {pid: process.pid, host: hostname(), command: 'netinbox (inbox)', start: start! - 1});
		const decided = await runCli(['decide', id, '--as', 'spam', '--db', file]);
		expect(decided.code, decided.stderr).toBe(0);
	});

	it('is respected when it is the holder, also with --force-unlock, and the message names the lock', async () => {
		const file = await database();
		const held = await holder(file);
		try {
			for (const extra of [[], ['--force-unlock']]) {
				const refused = await runCli(['decide', id, '--as', 'spam', '--db', file, ...extra]);
				expect(refused.code).toBe(1);
				expect(refused.stderr).toContain(`is in use by netinbox process ${held.pid} (save-then-hang)`);
				expect(refused.stderr).toContain(`the lock is ${lockPath(file)}`);
			}
		} finally {
			await held.stop();
		}
	});
});

describe('netinbox --demo --reset', () => {
	beforeAll(assertBuilt);

	async function demoFile(): Promise<string> {
		const file = path.join(await tempDir(), 'netinbox', 'demo.json');
		await ensureDemoDb(false, file);
		return file;
	}

	const journalsBeside = async (file: string) => (await readdir(path.dirname(file))).filter(name => name.includes('.journal-'));

	it('resets when the demo file is gone but a journal of it was left', async () => {
		const file = await demoFile();
		await journalWithoutFile(file);
		expect(await journalsBeside(file)).not.toEqual([]);
		await ensureDemoDb(true, file);
		expect(await journalsBeside(file)).toEqual([]);
		const fresh = await Store.open(file);
		expect(fresh.data.settings.strictness).toBe('default');
		expect(fresh.data.requests.length).toBeGreaterThan(0);
	});

	it('takes over a stale lock', async () => {
		const file = await demoFile();
		await writeLock(file, {pid: 2 ** 22 + 17, host: hostname(), command: 'netinbox (inbox)'});
		await expect(ensureDemoDb(true, file)).resolves.toBe(file);
		expect(existsSync(lockPath(file))).toBe(false);
	});

	it('refuses while an inbox holds the demo, naming its process, and leaves the demo as it was', async () => {
		const file = await demoFile();
		const before = await readFile(file);
		const held = await holder(file);
		try {
			await expect(ensureDemoDb(true, file)).rejects.toThrow(new RegExp(`in use by netinbox process ${held.pid} \\(save-then-hang\\)`));
			expect((await readFile(file)).equals(before)).toBe(true);
		} finally {
			await held.stop();
		}
	});
});

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

describe.skipIf(!hasTmux())('netinbox --demo --reset in a terminal, after an unclean exit', () => {
	beforeAll(assertBuilt);

	it('opens a fresh demo although demo.json is missing and its journal is left', async () => {
		const home = await tempDir();
		const env = {XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config')};
		const file = path.join(home, 'data', 'netinbox', 'demo.json');
		expect((await runCli(['stats', '--demo'], env)).code).toBe(0);
		await journalWithoutFile(file);
		const tui = new TmuxSession(['--demo', '--reset'], env);
		sessions.push(tui);
		await tui.waitFor(screen => /\[Pending \d+\]/.test(screen), 'the first frame of the fresh demo');
		tui.send('q');
		const screen = await tui.waitFor(s => s.includes('EXITED rc='), 'the exit');
		expect(screen).toContain('EXITED rc=0');
		expect(JSON.parse(await readFile(file, 'utf8')).settings.strictness).toBe('default');
	}, 60_000);
});
