// What must hold after a netinbox process was killed at any moment.
import type {ChildProcess} from 'node:child_process';
import {existsSync, readdirSync, watch} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {expect} from 'vitest';
import {lockPath} from '../../source/core/store/lock.js';
import type {Database} from '../../source/core/model.js';
import {Store} from '../../source/core/store/store.js';

/**
 * The database loads; opening it for writing takes over the dead process's
 * lock and clears its leftovers; every backup is a complete file.
 */
export async function expectRecovered(file: string): Promise<Database> {
	const reader = await Store.open(file);
	await reader.close();
	const writer = await Store.open(file, {write: true, command: 'after the crash'});
	await writer.close();
	const directory = path.dirname(file);
	expect(existsSync(lockPath(file))).toBe(false);
	expect((await readdir(directory)).filter(name => name.endsWith('.tmp') || name.endsWith('.stale'))).toEqual([]);
	const backups = path.join(directory, 'backups');
	if (existsSync(backups)) {
		for (const name of await readdir(backups)) {
			expect(name.startsWith('.'), `leftover ${name}`).toBe(false);
			JSON.parse(await readFile(path.join(backups, name), 'utf8'));
		}
	}
	return reader.data;
}

/** The database as a process that opens it for reading sees it now: the file and any journal beside it. */
export async function onDisk(file: string): Promise<Database> {
	const reader = await Store.open(file);
	await reader.close();
	return reader.data;
}

/** Sleeps until `run` finishes or `ms` pass, whichever is first. */
export function delay(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}

/**
 * Waits until `child` has begun writing `file` (its temp file or a journal exists), then
 * `afterMs` more: a kill then lands inside the write, or just after it. Resolves
 * early if the child ends first.
 */
export async function whenWriting(child: ChildProcess, file: string, afterMs: number, {journal = true} = {}): Promise<boolean> {
	const prefixes = [`.${path.basename(file)}.${child.pid}.`, ...(journal ? [`${path.basename(file)}.journal-`] : [])];
	const matches = (name: string) => prefixes.some(prefix => name.startsWith(prefix));
	// inotify tells at once when the temp file appears, without a busy poll competing with the child for the CPU.
	const watcher = watch(path.dirname(file));
	const writing = await new Promise<boolean>(resolve => {
		watcher.on('change', (_type, name) => {
			if (matches(String(name))) resolve(true);
		});
		child.once('exit', () => resolve(false));
		if (child.exitCode !== null || child.signalCode !== null) resolve(false);
		if (readdirSync(path.dirname(file)).some(matches)) resolve(true);
	});
	watcher.close();
	if (writing && afterMs > 0) await delay(afterMs);
	return writing;
}
