// The files beside a database, as a careless or hostile neighbour leaves them:
// a symlinked path, a journal from another database or another user, a
// read-only file, shared backup folders, a permissive umask.
import {spawnSync} from 'node:child_process';
import {chmod, chown, copyFile, lstat, mkdir, readdir, readFile, readlink, stat, symlink} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {decide} from '../../source/core/actions.js';
import {Store} from '../../source/core/store/store.js';
import {assertBuilt, cliPath, runCli} from '../helpers/cli-process.js';
import {content, makeDatabase, writeDatabase} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';

const data = makeDatabase({requests: 20, people: 40, interactions: 100, seed: 61});
const first = data.requests[0]!;
const isRoot = process.getuid?.() === 0;

async function database(name = 'db.json'): Promise<string> {
	const file = path.join(await tempDir(), name);
	await writeDatabase(file, data);
	return file;
}

const statusOf = async (file: string, id = first.id) =>
	(JSON.parse((await runCli(['export', '--json', '--db', file])).stdout) as typeof data).requests.find(request => request.id === id)?.status;

describe('a database path that is a symlink', () => {
	beforeAll(assertBuilt);

	it('writes through to the real file, keeps the link, and shares one lock with the real path', async () => {
		const real = await database('real.json');
		const link = path.join(await tempDir(), 'db.json');
		await symlink(real, link);
		const decided = await runCli(['decide', first.id, '--as', 'spam', '--db', link]);
		expect(decided.code, decided.stderr).toBe(0);
		expect((await lstat(link)).isSymbolicLink()).toBe(true);
		expect(await readlink(link)).toBe(real);
		expect((JSON.parse(await readFile(real, 'utf8')) as typeof data).requests[0]!.status).toBe('spam');
		expect(await readdir(path.dirname(link))).toEqual(['db.json']);

		const holder = await Store.open(link, {write: true, command: 'holder'});
		try {
			await expect(Store.open(real, {write: true})).rejects.toThrow(/is in use by netinbox process/);
			const other = await runCli(['decide', first.id, '--as', 'ignore', '--db', real]);
			expect(other.code).toBe(1);
			expect(other.stderr).toMatch(/real\.json is in use by netinbox process \d+ \(holder\)/);
		} finally {
			await holder.close();
		}
	});

	it('creates the target of a dangling link instead of replacing the link', async () => {
		const directory = await tempDir();
		const target = path.join(directory, 'elsewhere', 'target.json');
		await mkdir(path.dirname(target));
		const link = path.join(directory, 'db.json');
		await symlink(target, link);
		const set = await runCli(['settings', '--strictness', 'strict', '--db', link]);
		expect(set.code, set.stderr).toBe(0);
		expect((await lstat(link)).isSymbolicLink()).toBe(true);
		expect(JSON.parse(await readFile(target, 'utf8')).settings).toEqual({strictness: 'strict'});
	});
});

describe('journals beside a database', () => {
	beforeAll(assertBuilt);

	/** A store that saved one decision into its journal and holds it open (as a crash would leave it). */
	async function withJournal(file: string): Promise<{store: Store; journal: string}> {
		const store = await Store.open(file, {write: true});
		await store.save(decide(store.data, [first.key], 'spam').data);
		const journals = (await readdir(path.dirname(file))).filter(name => name.includes('.journal-'));
		expect(journals).toHaveLength(1);
		return {store, journal: path.join(path.dirname(file), journals[0]!)};
	}

	it('refuses a journal copied from another database, with its name, and changes nothing', async () => {
		const a = await database();
		const b = await database();
		const {store, journal} = await withJournal(a);
		try {
			const planted = path.join(path.dirname(b), 'db.json.journal-1');
			await copyFile(journal, planted);
			const before = await readFile(b);
			const shown = await runCli(['stats', '--db', b]);
			expect(shown.code).toBe(1);
			expect(shown.stderr).toContain(`${planted} was not written for ${b}`);
			expect((await readFile(b)).equals(before)).toBe(true);
			expect(await readFile(planted)).toEqual(await readFile(journal));
		} finally {
			await store.close();
		}
	});

	it('replays its own journal after a crash', async () => {
		const file = await database();
		const {store} = await withJournal(file);
		expect(await statusOf(file)).toBe('spam');
		await store.close();
	});

	it.skipIf(!isRoot)('refuses a journal another user owns, even one written for this database', async () => {
		const file = await database();
		const {store, journal} = await withJournal(file);
		const copy = `${journal}.copy`;
		await copyFile(journal, copy);
		await store.close();
		// Another user puts a journal of their making in its place (the id is in the readable file).
		const planted = journal;
		await copyFile(copy, planted);
		await chown(planted, 65534, 65534);
		const shown = await runCli(['export', '--json', '--db', file]);
		expect(shown.code).toBe(1);
		expect(shown.stderr).toContain(`${planted}: this journal belongs to another user (uid 65534)`);
	});
});

describe('a database the user made read-only', () => {
	beforeAll(assertBuilt);

	it('is never replaced: a change is refused, with the reason, and reading still works', async () => {
		const file = await database();
		await chmod(file, 0o400);
		const before = await readFile(file);
		const decided = await runCli(['decide', first.id, '--as', 'spam', '--db', file]);
		expect(decided.code).toBe(1);
		expect(decided.stderr).toContain(`${file} is read-only (mode 0400): netinbox does not replace a file you made read-only`);
		expect(decided.stderr).toContain(`chmod u+w ${file}`);
		expect((await readFile(file)).equals(before)).toBe(true);
		expect((await stat(file)).mode & 0o777).toBe(0o400);
		expect(await statusOf(file)).toBe('pending');
	});
});

describe('directories and backups', () => {
	beforeAll(assertBuilt);

	it('creates the database folders 0700 and the file 0600 even with umask 000', async () => {
		const top = path.join(await tempDir(), 'new');
		const file = path.join(top, 'deeper', 'db.json');
		const run = spawnSync('sh', ['-c', `umask 000; exec "${process.execPath}" "${cliPath}" settings --strictness strict --db "${file}"`], {encoding: 'utf8', env: {...process.env, NODE_ENV: 'production'}});
		expect(run.status, run.stderr).toBe(0);
		expect((await stat(top)).mode & 0o777).toBe(0o700);
		expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
	});

	it('keeps backups 0600 in a 0700 folder, even when the folder and the file were readable by others', async () => {
		const file = await database();
		const backups = path.join(path.dirname(file), 'backups');
		await mkdir(backups, {recursive: true});
		await chmod(backups, 0o755);
		await chmod(file, 0o644);
		const store = await Store.open(file, {write: true});
		const backup = await store.backup('before-import');
		await store.close();
		expect(backup).toBeDefined();
		expect((await stat(backups)).mode & 0o777).toBe(0o700);
		expect((await stat(backup!)).mode & 0o777).toBe(0o600);
		expect(content(JSON.parse(await readFile(backup!, 'utf8')))).toEqual(content(data));
	});

	it('rotates only its own backups: a.json never removes those of a.b.json, nor the other way round', async () => {
		const directory = await tempDir();
		const a = path.join(directory, 'a.json');
		const ab = path.join(directory, 'a.b.json');
		await writeDatabase(a, data);
		await writeDatabase(ab, data);
		const storeAB = await Store.open(ab, {write: true});
		for (let i = 0; i < 12; i++) await storeAB.backup(`n${String(i).padStart(2, '0')}`);
		await storeAB.close();
		const storeA = await Store.open(a, {write: true});
		const kept = await storeA.backup('first');
		await storeA.close();
		const names = await readdir(path.join(directory, 'backups'));
		expect(names).toContain(path.basename(kept!));
		expect(names).toHaveLength(11);
	});
});
