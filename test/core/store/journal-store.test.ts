import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {decide} from '../../../source/core/actions.js';
import type {Database} from '../../../source/core/model.js';
import {serializeDatabase} from '../../../source/core/store/serialize.js';
import {DurableJsonFile, Store} from '../../../source/core/store/store.js';
import {root} from '../../helpers/cli-process.js';
import {onDisk} from '../../helpers/crash-check.js';
import {makeDatabase, writeDatabase} from '../../helpers/databases.js';
import {tempDir} from '../../helpers/temp.js';

const data = makeDatabase({requests: 400, people: 600, interactions: 3000, seed: 71});

async function dbFile(): Promise<string> {
	const file = path.join(await tempDir(), 'db.json');
	await writeDatabase(file, data);
	return file;
}

const journals = async (file: string) => (await readdir(path.dirname(file))).filter(name => name.startsWith('db.json.journal-')).sort();
const spam = (db: Database, from: number, count = 1) => decide(db, db.requests.slice(from, from + count).map(request => request.key), 'spam').data;

/** Saves the first `count` decisions in another process and kills it -9 before it can close the store. */
async function crashAfterSaving(file: string, count: number): Promise<void> {
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'helpers', 'save-then-hang.ts'), file, String(count)], {cwd: root, stdio: ['ignore', 'pipe', 'inherit']});
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('saved') && resolve());
		child.on('exit', code => reject(new Error(`exited with ${code} before saving`)));
	});
	child.kill('SIGKILL');
	await new Promise(resolve => child.on('close', resolve));
}

/** The first `count` requests are spam, the others still pending, one journal entry each. */
function expectSpamUpTo(db: Database, count: number) {
	expect(db.requests.map(request => request.status)).toEqual(data.requests.map((_, index) => (index < count ? 'spam' : 'pending')));
	expect(db.journal).toHaveLength(count);
}

describe('Store with a journal', () => {
	it('appends a decision beside the file, which readers see at once, and folds it in on close', async () => {
		const file = await dbFile();
		const before = await readFile(file);
		const store = await Store.open(file, {write: true});
		const next = spam(store.data, 0);
		await store.save(next);
		expect((await readFile(file)).equals(before)).toBe(true);
		expect(await journals(file)).toEqual(['db.json.journal-1']);
		const journal = await readFile(path.join(path.dirname(file), 'db.json.journal-1'), 'utf8');
		expect(journal.split('\n')[0]).toContain('"netinbox":"journal"');
		expect(journal.length).toBeLessThan(2000);
		expect(await onDisk(file)).toEqual(next);
		await store.close();
		expect(await journals(file)).toEqual([]);
		expect(await readFile(file, 'utf8')).toBe(serializeDatabase(next));
	});

	it('after a crash, the next writer replays the journal and folds it into the file', async () => {
		const file = await dbFile();
		await crashAfterSaving(file, 5);
		expect(await journals(file)).toEqual(['db.json.journal-1']);
		const next = await Store.open(file, {write: true});
		expectSpamUpTo(next.data, 5);
		expect(await journals(file)).toEqual([]);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(next.data);
		await next.close();
	});

	it('folds a growing journal into the file in the background while saves go on', async () => {
		const file = await dbFile();
		const store = await Store.open(file, {write: true});
		let db = store.data;
		const seen = new Set<string>();
		// Large saves (every pending request, decided again and again) make the journal pass its limit quickly.
		for (let round = 0; round < 60 && !seen.has('db.json.journal-2'); round++) {
			db = decide(db, db.requests.map(request => request.key), round % 2 ? 'ignore' : 'follower').data;
			await store.save(db);
			for (const name of await journals(file)) seen.add(name);
		}
		expect(seen).toContain('db.json.journal-2');
		db = spam(db, 3);
		await store.save(db);
		expect(await onDisk(file)).toEqual(db);
		await store.close();
		expect(await journals(file)).toEqual([]);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(db);
	});

	it('a reader never sees half of a fold: a journal folded away while it reads makes it read again', async () => {
		const file = await dbFile();
		await crashAfterSaving(file, 3);
		const journal = path.join(path.dirname(file), 'db.json.journal-1');
		const folded = (await Store.open(file)).data;
		expectSpamUpTo(folded, 3);
		// A writer folds right after this reader has read the old file: new file, journal gone.
		class ReaderRacingAFold extends DurableJsonFile {
			reads = 0;
			protected override async readText(name: string): Promise<string | undefined> {
				const text = await super.readText(name);
				if (name === file && this.reads++ === 0) {
					await writeFile(file, serializeDatabase(folded));
					await rm(journal);
				}
				return text;
			}
		}
		const reader = new ReaderRacingAFold(file);
		const read = (await reader.read())!;
		expect(reader.reads).toBe(2);
		expectSpamUpTo(read, 3);
	});

	it('backs up the database as saved, journal included', async () => {
		const file = await dbFile();
		const store = await Store.open(file, {write: true});
		const next = spam(store.data, 0);
		await store.save(next);
		const backup = await store.backup('test');
		expect(JSON.parse(await readFile(backup!, 'utf8'))).toEqual(next);
		await store.close();
	});

	it('refuses a damaged journal with its name and line, and leaves every file as it was', async () => {
		const file = await dbFile();
		await crashAfterSaving(file, 2);
		const journal = path.join(path.dirname(file), 'db.json.journal-1');
		const lines = (await readFile(journal, 'utf8')).split('\n');
		lines[1] = lines[1]!.slice(0, 30);
		await writeFile(journal, lines.join('\n'));
		const before = await readFile(file);
		for (const write of [false, true]) {
			await expect(Store.open(file, {write})).rejects.toThrow(new RegExp(`${journal}: damaged at line 2: .*move this journal away`));
		}
		expect((await readFile(file)).equals(before)).toBe(true);
		expect(await readFile(journal, 'utf8')).toBe(lines.join('\n'));
	});

	it('names the journal when it makes the database invalid', async () => {
		const file = await dbFile();
		await crashAfterSaving(file, 1);
		const journal = path.join(path.dirname(file), 'db.json.journal-1');
		await writeFile(journal, (await readFile(journal, 'utf8')).replace('"status":"spam"', '"status":"maybe"'));
		await expect(Store.open(file)).rejects.toThrow(new RegExp(`${journal}: invalid database at requests\\[0\\]\\.status`));
	});

	it('writes the whole file when the file has gone missing since it was opened', async () => {
		const file = await dbFile();
		const store = await Store.open(file, {write: true});
		await rm(file);
		const next = spam(store.data, 0);
		await store.save(next);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(next);
		expect(existsSync(path.join(path.dirname(file), 'db.json.journal-1'))).toBe(false);
		await store.close();
	});

	it('refuses journals whose database file is gone, rather than make a partial database of them', async () => {
		const file = await dbFile();
		await crashAfterSaving(file, 1);
		await rm(file);
		await expect(Store.open(file, {write: true})).rejects.toThrow(/db\.json is missing, but .*db\.json\.journal-1 beside it holds changes to it/);
		expect(await journals(file)).toEqual(['db.json.journal-1']);
	});

	it('refuses to save through a store opened for reading', async () => {
		const file = await dbFile();
		const reader = await Store.open(file);
		await expect(reader.save(spam(reader.data, 0))).rejects.toThrow(/opened for reading only: nothing was saved/);
		await reader.close();
	});
});
