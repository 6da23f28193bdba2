// Real files in temp folders, real stores, real zip archives: what the importers meet in use.
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {afterEach} from 'vitest';
import {runImport, type ImportOptions, type ImportResult} from '../../../source/commands/import.js';
import type {Database} from '../../../source/core/model.js';
import {Store} from '../../../source/core/store/store.js';

export const samples = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'exports');

const made: string[] = [];
afterEach(async () => {
	await Promise.all(made.splice(0).map(dir => rm(dir, {recursive: true, force: true})));
});

export async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-import-'));
	made.push(dir);
	return dir;
}

/** A copy of one sample export (or all of them) in a fresh temp folder. */
export async function copySample(name?: string): Promise<string> {
	const dir = path.join(await tempDir(), name ?? 'exports');
	await cp(name ? path.join(samples, name) : samples, dir, {recursive: true});
	return dir;
}

/** Writes files (path → text or bytes) under a fresh temp folder; returns the folder. */
export async function writeFiles(files: Record<string, string | Uint8Array>, base?: string): Promise<string> {
	const dir = base ?? (await tempDir());
	for (const [name, content] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(dir, name)), {recursive: true});
		await writeFile(path.join(dir, name), content);
	}
	return dir;
}

async function filesUnder(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
	const out: Record<string, Uint8Array> = {};
	for (const entry of await readdir(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		const name = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) Object.assign(out, await filesUnder(full, name));
		else out[name] = new Uint8Array(await readFile(full));
	}
	return out;
}

/** Zips a folder's contents (optionally under a top folder inside the archive) and returns the zip's bytes. */
export async function zipFolder(dir: string, top?: string): Promise<Uint8Array> {
	return zipSync(await filesUnder(dir, top));
}

export async function importInto(db: string, format: string, paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
	const store = await Store.open(db, {write: true, command: 'test'});
	try {
		return await runImport(store, format, paths, options);
	} finally {
		await store.close();
	}
}

export async function readDb(db: string): Promise<Database> {
	const store = await Store.open(db);
	try {
		return store.data;
	} finally {
		await store.close();
	}
}

export function personNamed(data: Database, name: string) {
	const found = data.people.filter(person => person.name === name);
	if (found.length !== 1) throw new Error(`expected one person named ${name}, found ${found.length}`);
	return found[0]!;
}

/** added + updated counts: zero means the import changed nothing. */
export function changes(result: ImportResult): number {
	return [result.people, result.requests, result.interactions].reduce((sum, kind) => sum + kind.added + kind.updated, 0);
}
