// Copies of a database kept in `backups/` beside it before an import or a
// migration: private (0600 in a 0700 folder), named by the database's name and
// id, the ten newest of each database kept.
import {readdir, unlink} from 'node:fs/promises';
import path from 'node:path';
import {NetinboxError, messages} from '../errors.js';
import {keepPrivate, makePrivateDirectory} from './file-checks.js';

export function backupDirectory(file: string): string {
	return path.join(path.dirname(file), 'backups');
}

/** Writes a backup of `file` through `write`; undefined when there is no file yet to keep. */
export async function intoBackups(file: string, id: string | undefined, reason: string, write: (target: string) => Promise<void>): Promise<string | undefined> {
	const directory = backupDirectory(file);
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	// Named by the database's id as well as its name: rotation never touches another database's backups.
	const prefix = `${path.basename(file, '.json')}.${id ?? 'no-id'}.`;
	const target = path.join(directory, `${prefix}${stamp}.${reason}.json`);
	try {
		await makePrivateDirectory(directory);
		await keepPrivate(directory);
		await write(target);
	} catch (error) {
		// No file yet: nothing to keep.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === file) return undefined;
		throw new NetinboxError(messages.backupFailed(file, (error as Error).message));
	}
	const old = (await readdir(directory)).filter(name => name.startsWith(prefix)).sort().slice(0, -10);
	await Promise.all(old.map(name => unlink(path.join(directory, name))));
	return target;
}
