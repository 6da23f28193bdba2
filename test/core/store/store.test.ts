import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {link, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {decide} from '../../../source/core/actions.js';
import {LockedError, NetinboxError} from '../../../source/core/errors.js';
import {lockPath} from '../../../source/core/store/lock.js';
import {emptyDatabase, type Database} from '../../../source/core/model.js';
import {Store} from '../../../source/core/store/store.js';
import {assertBuilt, cliPath, startCli} from '../../helpers/cli-process.js';
import {whenWriting} from '../../helpers/crash-check.js';
import {content, makeDatabase, writeDatabase} from '../../helpers/databases.js';
import {tempDir} from '../../helpers/temp.js';

const small = makeDatabase({requests: 40, people: 80, interactions: 300, seed: 3});

async function dbFile(data: Database = small): Promise<string> {
	const file = path.join(await tempDir(), 'db.json');
	await writeDatabase(file, data);
	return file;
}

/** The pid of a process that has exited: its lock is stale. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
	return Number(child.stdout.toString());
}

const withDecision = (data: Database, index = 0) => decide(data, [data.requests[index]!.key], 'spam').data;

/** The database as any process reading the file (and its journal) now sees it. */
async function onDisk(file: string): Promise<Database> {
	const reader = await Store.open(file);
	await reader.close();
	return reader.data;
}

describe('Store: saving', () => {
	it('creates a new database file readable only by its owner', async () => {
		const file = path.join(await tempDir(), 'nested', 'db.json');
		await writeDatabase(file, small);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		const store = await Store.open(file);
		expect(content(store.data)).toEqual(content(small));
		await store.close();
	});

	it('replaces the file instead of writing into it: the old file is never half-overwritten', async () => {
		const file = await dbFile();
		const before = await readFile(file);
		const oldLink = path.join(path.dirname(file), 'old-link.json');
		await link(file, oldLink);
		const store = await Store.open(file, {write: true});
		await store.save(withDecision(store.data));
		await store.close();
		expect((await readFile(oldLink)).equals(before)).toBe(true);
		expect((await stat(file)).ino).not.toBe((await stat(oldLink)).ino);
		expect(JSON.parse(await readFile(file, 'utf8')).requests[0].status).toBe('spam');
	});

	it('collapses quick saves and ends with the newest data on disk', async () => {
		const file = await dbFile();
		const store = await Store.open(file, {write: true});
		let data = store.data;
		const saves: Array<Promise<void>> = [];
		for (let index = 0; index < 10; index++) {
			data = withDecision(data, index);
			saves.push(store.save(data));
		}
		await Promise.all(saves);
		expect(store.unsaved).toBe(false);
		await store.close();
		const onDisk = JSON.parse(await readFile(file, 'utf8')) as Database;
		expect(onDisk.requests.slice(0, 10).map(request => request.status)).toEqual(Array(10).fill('spam'));
	});
});

describe('Store: a save that fails', () => {
	it('keeps the data in memory, reports the file, and writes it on retry', async () => {
		const file = await dbFile();
		const directory = path.dirname(file);
		const store = await Store.open(file, {write: true});
		const changed = withDecision(store.data);
		await rm(directory, {recursive: true});
		const failure = await store.save(changed).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(NetinboxError);
		expect((failure as Error).message).toContain(`could not save ${file}`);
		expect(store.data).toEqual({...changed, id: store.data.id});
		expect(store.unsaved).toBe(true);
		await mkdir(directory);
		await store.retry();
		expect(store.unsaved).toBe(false);
		expect(content(await onDisk(file))).toEqual(content(changed));
		await store.close();
		expect(content(JSON.parse(await readFile(file, 'utf8')))).toEqual(content(changed));
	});

	it('does not lose a save that was queued behind the failing one', async () => {
		const file = await dbFile();
		const directory = path.dirname(file);
		const store = await Store.open(file, {write: true});
		await rm(directory, {recursive: true});
		const first = store.save(withDecision(store.data, 0));
		const second = store.save(withDecision(store.data, 1));
		await expect(first).rejects.toThrow(/could not save/);
		await expect(second).rejects.toThrow(/could not save/);
		await mkdir(directory);
		const third = withDecision(store.data, 2);
		await store.save(third);
		expect(await onDisk(file)).toEqual(third);
		await store.close();
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(third);
	});

	it('writes what is still unsaved when it is closed', async () => {
		const file = await dbFile();
		const directory = path.dirname(file);
		const store = await Store.open(file, {write: true});
		const changed = withDecision(store.data);
		await rm(directory, {recursive: true});
		await expect(store.save(changed)).rejects.toThrow(/could not save/);
		await mkdir(directory);
		await store.close();
		expect(content(JSON.parse(await readFile(file, 'utf8')))).toEqual(content(changed));
	});
});

describe('Store: crashes', () => {
	beforeAll(assertBuilt);

	it('a crash between writing the temp file and renaming it leaves the old file, and the next open cleans up', async () => {
		// Big enough that writing and syncing the temp file takes a while, so a kill lands in that window.
		const file = await dbFile(makeDatabase({requests: 1500, people: 3000, interactions: 30_000, seed: 4}));
		const directory = path.dirname(file);
		const before = await readFile(file);
		let caughtBetween = false;
		for (let attempt = 0; attempt < 10 && !caughtBetween; attempt++) {
			const {child, done} = startCli(['decide', 'r-1', 'r-2', '--as', attempt % 2 ? 'ignore' : 'spam', '--db', file]);
			const writing = await whenWriting(child, file, 0, {journal: false});
			child.kill('SIGKILL');
			await done;
			const after = await readFile(file);
			const temporary = readdirSync(directory).find(name => name.startsWith(`.db.json.${child.pid}.`));
			if (writing && temporary) {
				caughtBetween = true;
				// Buffer.equals: a deep toEqual over megabytes takes minutes.
				expect(after.equals(before)).toBe(true);
			} else {
				// The rename won the race: then the file is the complete new one.
				expect(JSON.parse(after.toString('utf8')).version).toBe(1);
			}
		}
		expect(caughtBetween).toBe(true);
		const store = await Store.open(file, {write: true});
		expect(store.data.requests.length).toBe(1500);
		await store.close();
		expect((await readdir(directory)).filter(name => name.endsWith('.tmp'))).toEqual([]);
	});

	const strace = spawnSync('strace', ['-V']).status === 0;
	it.skipIf(!strace)('syncs the temp file before the rename and the directory after it (needs strace)', async () => {
		const file = await dbFile();
		const log = path.join(path.dirname(file), 'strace.log');
		const traced = spawnSync('strace', ['-f', '-qq', '-e', 'trace=openat,fsync,fdatasync,rename,renameat,renameat2', '-o', log,
			process.execPath, cliPath, 'decide', 'r-1', '--as', 'spam', '--db', file]);
		expect(traced.status, traced.stderr.toString()).toBe(0);
		const lines = (await readFile(log, 'utf8')).split('\n');
		const find = (from: number, pattern: RegExp) => {
			const index = lines.findIndex((line, at) => at > from && pattern.test(line));
			expect(index, `${pattern} after line ${from}`).toBeGreaterThan(from);
			return index;
		};
		const openTemporary = find(-1, /openat\(.*\.db\.json\.\d+\.[0-9a-f]{8}\.tmp", O_WRONLY\|O_CREAT\|O_EXCL.* = \d+$/);
		const temporaryFd = /= (\d+)$/.exec(lines[openTemporary]!)![1];
		const syncTemporary = find(openTemporary, new RegExp(`f(data)?sync\\(${temporaryFd}\\) += 0`));
		const rename = find(syncTemporary, /rename(at2?)?\(.*\.tmp", .*db\.json"/);
		const openDirectory = find(rename, new RegExp(`openat\\(AT_FDCWD, "${path.dirname(file)}", O_RDONLY.* = \\d+$`));
		const directoryFd = /= (\d+)$/.exec(lines[openDirectory]!)![1];
		find(openDirectory, new RegExp(`f(data)?sync\\(${directoryFd}\\) += 0`));
	});
});

describe('Store: the lock', () => {
	it('refuses a second writer and names the holder; readers need no lock', async () => {
		const file = await dbFile();
		const first = await Store.open(file, {write: true, command: 'netinbox decide'});
		const second = await Store.open(file, {write: true}).catch((error: unknown) => error);
		expect(second).toBeInstanceOf(LockedError);
		expect((second as Error).message).toContain(`in use by netinbox process ${process.pid} (netinbox decide)`);
		const reader = await Store.open(file);
		expect(reader.data.requests.length).toBe(small.requests.length);
		await reader.close();
		await first.close();
		expect(existsSync(lockPath(file))).toBe(false);
		await (await Store.open(file, {write: true})).close();
	});

	it('takes over the lock of a process that is gone, and a damaged lock file', async () => {
		const file = await dbFile();
		for (const content of [JSON.stringify({pid: deadPid(), host: (await import('node:os')).hostname(), since: 'then'}), '', '{"pi']) {
			await writeFile(lockPath(file), content);
			const store = await Store.open(file, {write: true, command: 'next'});
			expect(JSON.parse(await readFile(lockPath(file), 'utf8')).pid).toBe(process.pid);
			await store.close();
		}
	});

	it('removes what crashed processes left behind: temp files and unfinished locks', async () => {
		const file = await dbFile();
		const directory = path.dirname(file);
		const dead = deadPid();
		const leftovers = [`.db.json.${dead}.0badf00d.tmp`, `db.json.lock.${dead}.tmp`, `db.json.lock.${dead}.stale`];
		for (const name of leftovers) await writeFile(path.join(directory, name), '{"half": ');
		const mine = `.db.json.${process.pid}.0badf00d.tmp`;
		await writeFile(path.join(directory, mine), 'a save of a live process');
		const store = await Store.open(file, {write: true});
		await store.close();
		const names = await readdir(directory);
		for (const name of leftovers) expect(names).not.toContain(name);
		expect(names).toContain(mine);
	});
});

describe('Store: a damaged file', () => {
	async function expectRefused(content: string, message: RegExp) {
		const directory = await tempDir();
		const file = path.join(directory, 'db.json');
		await writeFile(file, content);
		for (const write of [false, true]) {
			await expect(Store.open(file, {write})).rejects.toThrow(message);
		}
		expect(await readFile(file, 'utf8')).toBe(content);
		expect((await readdir(directory)).sort()).toEqual(['db.json']);
	}

	it('refuses invalid JSON, names line and column, and leaves the file untouched', async () => {
		const text = (await readFile(await dbFile(), 'utf8')).split('\n');
		text[5] = text[5]!.replace(/,$/, '');
		// The missing comma shows where the next record starts.
		await expectRefused(text.join('\n'), /db\.json: not valid JSON at line 7, column 3: .*left untouched/);
		await expectRefused('{\n  "version": 1,\n  "me": tru\n}', /not valid JSON at line 3, column 9/);
		await expectRefused('{\n  "version": 1,\n  "people": [\n', /not valid JSON at line 4 \(end of file\)/);
	});

	it('refuses a wrong field and names its path', async () => {
		const data = structuredClone(small) as unknown as {requests: Array<Record<string, unknown>>};
		data.requests[3]!.status = 'maybe';
		await expectRefused(JSON.stringify(data), /invalid database at requests\[3\]\.status: .*left untouched/);
		await expectRefused(JSON.stringify({...small, version: 99}), /database version 99 is newer than this netinbox understands/);
	});
});

describe('Store: migration', () => {
	const versionZero = JSON.stringify({
		me: {handles: {}},
		people: [{id: 'p7', name: 'Jörg Weiß', aliases: [], handles: {}, tags: [], connectedOn: {}, sources: []}],
		requests: [],
		interactions: [],
		journal: [],
	});

	it('migrates a version-0 file after keeping a backup of it', async () => {
		const directory = await tempDir();
		const file = path.join(directory, 'db.json');
		await writeFile(file, versionZero);
		const store = await Store.open(file, {write: true});
		expect(store.migratedFrom).toBe(0);
		await store.close();
		const backups = await readdir(path.join(directory, 'backups'));
		expect(backups).toHaveLength(1);
		expect(backups[0]).toMatch(/^db\..*\.before-migration-v0\.json$/);
		expect(await readFile(path.join(directory, 'backups', backups[0]!), 'utf8')).toBe(versionZero);
		const migrated = JSON.parse(await readFile(file, 'utf8')) as Database;
		expect(migrated.version).toBe(1);
		expect(migrated.counters).toEqual({person: 7, interaction: 0, journal: 0});
	});

	it('only reads a version-0 file when opened for reading', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await writeFile(file, versionZero);
		const store = await Store.open(file);
		expect(store.data.version).toBe(1);
		await store.close();
		expect(await readFile(file, 'utf8')).toBe(versionZero);
	});
});

describe('Store: a new file', () => {
	it('starts empty and writes nothing until saved', async () => {
		const file = path.join(await tempDir(), 'db.json');
		const store = await Store.open(file, {write: true});
		expect(content(store.data)).toEqual(content(emptyDatabase()));
		await store.close();
		expect(existsSync(file)).toBe(false);
	});
});
