// When the database cannot be saved on closing (a full disk, a read-only one), the
// data in memory is written to a rescue file, and the user is told where it is.
// Beside the database first (that is where they will look), then the data
// directory, then the home directory: each may be on another disk with room.
import {mkdir, open, unlink} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {NetinboxError, SaveError, messages} from '../errors.js';
import type {Database} from '../model.js';
import {dataDir} from '../paths.js';
import {serializeInChunks} from './serialize.js';
import {writeAll} from './durable-file.js';

export function rescueDirectories(file: string): string[] {
	return [...new Set([path.dirname(file), dataDir(), os.homedir()])];
}

async function writeRescue(target: string, data: Database): Promise<void> {
	const handle = await open(target, 'wx', 0o600);
	try {
		for (const piece of serializeInChunks(data)) await writeAll(handle, Buffer.from(piece, 'utf8'));
		await handle.sync();
	} catch (error) {
		await handle.close();
		await unlink(target).catch(() => undefined);
		throw error;
	}
	await handle.close();
}

/**
 * Writes `data` to a new rescue file and returns the error to show: it names the
 * file, or says that no place would take it.
 */
export async function rescueUnsaved(file: string, data: Database, failure: Error, directories = rescueDirectories(file)): Promise<NetinboxError> {
	const detail = failure instanceof SaveError ? failure.detail : failure.message;
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const tried: string[] = [];
	for (const directory of directories) {
		const target = path.join(directory, `${path.basename(file, '.json')}.unsaved-${stamp}.json`);
		try {
			await mkdir(directory, {recursive: true, mode: 0o700});
			await writeRescue(target, data);
			return new NetinboxError(messages.rescued(file, detail, target));
		} catch (error) {
			tried.push(`${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
	}
	return new NetinboxError(messages.notRescued(file, detail, tried));
}
