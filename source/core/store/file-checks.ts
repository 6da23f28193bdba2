// What the store checks about the files it is given before it trusts them:
// the real path behind a symlink, who owns them, whether the user made them
// read-only, and directories that only the user may enter.
import {chmod, lstat, mkdir, readlink, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {NetinboxError, messages} from '../errors.js';

const uid = () => process.getuid?.();

/**
 * The file a path names, with every symlink resolved (also a dangling one, whose
 * target is to be created). Lock, journals and backups are keyed on it, so two
 * names for one database share one lock, and a save replaces the target, not the link.
 */
export async function realFile(file: string): Promise<string> {
	let current = path.resolve(file);
	for (let hops = 0; hops < 40; hops++) {
		const directory = await realpath(path.dirname(current)).catch(() => path.dirname(current));
		current = path.join(directory, path.basename(current));
		let target: string;
		try {
			target = await readlink(current);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EINVAL' || code === 'ENOENT') return current;
			throw new NetinboxError(messages.unreadableFile(current, (error as Error).message));
		}
		current = path.resolve(path.dirname(current), target);
	}
	throw new NetinboxError(messages.unreadableFile(file, 'too many symbolic links'));
}

/** Creates `directory` and any missing parents as 0700, whatever the umask. */
export async function makePrivateDirectory(directory: string): Promise<void> {
	const first = await mkdir(directory, {recursive: true, mode: 0o700});
	if (first === undefined) return;
	for (let created = directory; ; created = path.dirname(created)) {
		await chmod(created, 0o700);
		if (created === first || path.dirname(created) === created) break;
	}
}

/** Makes an existing directory of ours (backups/) private again, if it is not. */
export async function keepPrivate(directory: string): Promise<void> {
	const info = await stat(directory);
	if ((info.mode & 0o077) !== 0 && info.uid === uid()) await chmod(directory, 0o700);
}

/** Refuses a file another user owns: it may have been planted in a shared directory. */
export async function checkOwner(file: string, what: string): Promise<void> {
	const me = uid();
	if (me === undefined) return;
	let info;
	try {
		info = await lstat(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (info.uid !== me) throw new NetinboxError(messages.foreignOwner(file, what, info.uid));
}

/** Refuses to write over a database the user made read-only (no write bit for its owner). */
export async function checkWritable(file: string): Promise<void> {
	let info;
	try {
		info = await stat(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if ((info.mode & 0o200) === 0) throw new NetinboxError(messages.readOnlyFile(file, (info.mode & 0o777).toString(8).padStart(4, '0')));
}
