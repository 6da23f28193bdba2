// What must hold after a netinbox process was killed at any moment.
import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {expect} from 'vitest';
import {lockPath} from '../../source/core/lock.js';
import type {Database} from '../../source/core/model.js';
import {Store} from '../../source/core/store.js';

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

/** Sleeps until `run` finishes or `ms` pass, whichever is first. */
export function delay(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}
