// A full disk and a read-only directory, made for real: a small tmpfs that is
// filled up or remounted read-only, and a directory another user may not write.
import {spawn} from 'node:child_process';
import {chmod, chown, cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {statfsSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {decide} from '../../source/core/actions.js';
import {serializeDatabase} from '../../source/core/store/serialize.js';
import {Store} from '../../source/core/store/store.js';
import {generateDatabase} from '../bench/generate.js';
import {assertBuilt, cliPath, runCli, type CliRun} from '../helpers/cli-process.js';
import {onDisk} from '../helpers/crash-check.js';
import {content, makeDatabase, writeDatabase, writeGeneric} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';
import {mountTmpfs, tmpfsUnavailable, type Tmpfs} from '../helpers/tmpfs.js';

const unavailable = await tmpfsUnavailable();
if (unavailable) console.warn(`disk fault tests skipped: a tmpfs is needed (${unavailable}); run them as root`);

const old = makeDatabase({requests: 30, people: 60, interactions: 200, seed: 41});
const bigger = generateDatabase({requests: 300, people: 600, interactions: 2500, seed: 42});
const page = 4096;

const mounts: Tmpfs[] = [];
afterEach(async () => {
	await Promise.all(mounts.splice(0).map(mount => mount.unmount()));
});

async function diskWith(data = old): Promise<{mount: Tmpfs; file: string; before: Buffer}> {
	const mount = await mountTmpfs(4 * 1024 * 1024);
	mounts.push(mount);
	const file = path.join(mount.directory, 'db.json');
	await writeDatabase(file, data);
	return {mount, file, before: await readFile(file)};
}

/** Fills the disk until only `bytes` (rounded to pages) are free; returns the filler to delete later. */
async function fillUntilFree(directory: string, bytes: number): Promise<string> {
	const {bavail, bsize} = statfsSync(directory);
	const filler = path.join(directory, 'filler');
	await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - Math.ceil(bytes / page) * page)));
	return filler;
}

async function expectNoLeftovers(directory: string) {
	expect((await readdir(directory)).filter(name => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
}

describe.skipIf(unavailable)('a full disk during a save', () => {
	beforeAll(assertBuilt);

	it('fails with a clear error, keeps the old file and the data in memory, and saves on retry once there is space', async () => {
		const {mount, file, before} = await diskWith();
		const store = await Store.open(file, {write: true});
		const changed = decide(store.data, store.data.requests.slice(0, 5).map(request => request.key), 'spam').data;
		const large = {...changed, interactions: [...changed.interactions, ...makeDatabase({requests: 0, people: 300, interactions: 3000, seed: 43}).interactions]};
		const filler = await fillUntilFree(mount.directory, serializeDatabase(large).length / 2);
		await expect(store.save(large)).rejects.toThrow(new RegExp(`could not save ${file}: .*no space left on device.*previous file is intact`));
		expect((await readFile(file)).equals(before)).toBe(true);
		expect(store.data).toEqual({...large, id: store.data.id});
		expect(store.unsaved).toBe(true);
		// Nothing half-written beside the file either: a reader sees the old database.
		expect(content(await onDisk(file))).toEqual(content(old));
		expect((await readdir(mount.directory)).filter(name => name.endsWith('.tmp'))).toEqual([]);

		await rm(filler);
		await store.retry();
		expect(store.unsaved).toBe(false);
		await store.close();
		expect(content(JSON.parse(await readFile(file, 'utf8')))).toEqual(content(large));
	});

	it('keeps the journal readable when the disk fills up as it is started, and saves once there is space', async () => {
		const {mount, file} = await diskWith();
		const store = await Store.open(file, {write: true});
		const filler = await fillUntilFree(mount.directory, 0);
		const changed = decide(store.data, [store.data.requests[0]!.key], 'ignore').data;
		await expect(store.save(changed)).rejects.toThrow(/no space left on device/);
		expect(content(await onDisk(file))).toEqual(content(old));
		await rm(filler);
		await store.retry();
		expect(content(await onDisk(file))).toEqual(content(changed));
		await store.close();
		expect(content(JSON.parse(await readFile(file, 'utf8')))).toEqual(content(changed));
	});

	it('makes import fail with a clear error and leaves the old file; it works once there is space', async () => {
		const {mount, file, before} = await diskWith();
		const source = path.join(await tempDir(), 'contacts.json');
		await writeGeneric(source, bigger);
		// Room for the backup of the old file, not for the new one.
		const filler = await fillUntilFree(mount.directory, before.length + 4 * page + JSON.stringify(bigger).length / 4);
		const failed = await runCli(['import', 'generic', source, '--db', file]);
		expect(failed.code).toBe(1);
		expect(failed.stderr).toMatch(new RegExp(`^netinbox: could not save ${file}: ENOSPC: no space left on device`));
		expect(failed.stdout).toBe('');
		expect((await readFile(file)).equals(before)).toBe(true);
		await expectNoLeftovers(mount.directory);

		await rm(filler);
		const retried = await runCli(['import', 'generic', source, '--db', file]);
		expect(retried.code, retried.stderr).toBe(0);
		expect(retried.stdout).toMatch(/^Imported \(generic\)/m);
		expect(JSON.parse(await readFile(file, 'utf8')).requests.length).toBeGreaterThan(old.requests.length + bigger.requests.length / 2);
	});

	it('refuses to start a change when not even the lock fits', async () => {
		const {mount, file, before} = await diskWith();
		await fillUntilFree(mount.directory, 0);
		const decided = await runCli(['decide', old.requests[0]!.key, '--as', 'spam', '--db', file]);
		expect(decided.code).toBe(1);
		expect(decided.stderr).toMatch(/^netinbox: cannot open .*db\.json for writing: ENOSPC: no space left on device.*Nothing was changed/);
		expect((await readFile(file)).equals(before)).toBe(true);
	});
});

describe.skipIf(unavailable)('a read-only directory', () => {
	beforeAll(assertBuilt);

	it('fails a save with a clear error, keeps the data in memory, and saves on retry once writable again', async () => {
		const {mount, file, before} = await diskWith();
		const store = await Store.open(file, {write: true});
		const changed = decide(store.data, [store.data.requests[0]!.key], 'accept').data;
		mount.remount('ro');
		await expect(store.save(changed)).rejects.toThrow(new RegExp(`could not save ${file}: .*read-only file system`));
		expect((await readFile(file)).equals(before)).toBe(true);
		expect(store.unsaved).toBe(true);
		expect(content(await onDisk(file))).toEqual(content(old));
		mount.remount('rw');
		await store.retry();
		await store.close();
		expect(content(JSON.parse(await readFile(file, 'utf8')))).toEqual(content(changed));
	});

	it('refuses a command that writes, with a clear error; commands that only read still work', async () => {
		const {mount, file, before} = await diskWith();
		mount.remount('ro');
		const decided = await runCli(['decide', old.requests[0]!.key, '--as', 'spam', '--db', file]);
		expect(decided.code).toBe(1);
		expect(decided.stderr).toMatch(/^netinbox: cannot open .*db\.json for writing: EROFS: read-only file system.*Nothing was changed/);
		const stats = await runCli(['stats', '--json', '--db', file]);
		expect(stats.code, stats.stderr).toBe(0);
		expect(JSON.parse(stats.stdout).requests).toBe(old.requests.length);
		expect((await readFile(file)).equals(before)).toBe(true);
	});
});

const isRoot = process.getuid?.() === 0;
describe.skipIf(!isRoot)('a directory the user may not write (chmod 0555, run as nobody)', () => {
	beforeAll(assertBuilt);

	function runAsNobody(args: string[], cli: string): Promise<CliRun> {
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, [cli, ...args], {uid: 65534, gid: 65534, env: {PATH: process.env.PATH, HOME: '/nonexistent', NODE_ENV: 'production'}});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			child.on('error', reject);
			child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}));
		});
	}

	it('refuses a command that writes, with a clear error, and leaves the file untouched', async () => {
		const work = await tempDir();
		await chmod(work, 0o755);
		// The bundle (entry and chunks) is self-contained: a copy the other user can read.
		const cli = path.join(work, 'dist', 'cli.js');
		await cp(path.dirname(cliPath), path.dirname(cli), {recursive: true});
		await chmodTree(path.dirname(cli));
		const directory = path.join(work, 'readonly');
		await mkdir(directory);
		const file = path.join(directory, 'db.json');
		await writeDatabase(file, old);
		await rm(path.join(directory, 'backups'), {recursive: true, force: true});
		await chown(file, 65534, 65534);
		await chmod(directory, 0o555);
		const before = await readFile(file);
		const decided = await runAsNobody(['decide', old.requests[0]!.key, '--as', 'spam', '--db', file], cli);
		expect(decided.code).toBe(1);
		expect(decided.stderr).toMatch(/^netinbox: cannot open .*db\.json for writing: EACCES: permission denied.*Nothing was changed/);
		const stats = await runAsNobody(['stats', '--db', file], cli);
		expect(stats.code, stats.stderr).toBe(0);
		expect((await readFile(file)).equals(before)).toBe(true);
		await chmod(directory, 0o755);
	});
});

/** Folders 0755, files 0644: readable by every user. */
async function chmodTree(directory: string): Promise<void> {
	await chmod(directory, 0o755);
	for (const entry of await readdir(directory, {withFileTypes: true})) {
		const full = path.join(directory, entry.name);
		if (entry.isDirectory()) await chmodTree(full);
		else await chmod(full, 0o644);
	}
}

describe('a database too large to be read back', () => {
	it('is never written: the save fails with the limit and what to do, the old file stays, nothing is left beside it', async () => {
		const directory = await tempDir();
		const file = path.join(directory, 'db.json');
		await writeDatabase(file, old);
		const before = await readFile(file);
		const limit = before.length * 3;
		const store = await Store.open(file, {write: true, maxFileBytes: limit});
		const huge = {...store.data, interactions: [...store.data.interactions, ...makeDatabase({requests: 0, people: 300, interactions: 5000, seed: 44}).interactions]};
		expect(serializeDatabase(huge).length).toBeGreaterThan(limit);
		await expect(store.save(huge)).rejects.toThrow(new RegExp(`could not save ${file}: the database would be larger than the \\d+ MB netinbox can read back, so it was not written; the previous file is intact\\. Import less at a time`));
		expect((await readFile(file)).equals(before)).toBe(true);
		expect((await readdir(directory)).filter(name => name.endsWith('.tmp'))).toEqual([]);
		await store.close().catch(() => undefined);
		expect(content(await onDisk(file))).toEqual(content(old));

		// A whole-file write (a new database) stops the same way, before a file exists.
		const fresh = path.join(directory, 'new.json');
		const other = await Store.open(fresh, {write: true, maxFileBytes: limit});
		await expect(other.save(huge)).rejects.toThrow(/the database would be larger than the \d+ MB netinbox can read back/);
		await other.close().catch(() => undefined);
		expect((await readdir(directory)).filter(name => name.startsWith('new.json') || name.startsWith('.new.json'))).toEqual([]);
	});
});
