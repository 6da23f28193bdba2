// Whole-file replacement that survives a crash or power cut at any moment:
// write a temp file beside the target, fsync it, rename it over the target,
// then fsync the directory so the rename itself is on disk.
import {randomBytes} from 'node:crypto';
import {copyFile, open, readdir, rename, unlink, type FileHandle} from 'node:fs/promises';
import path from 'node:path';
import {isAlive, lockPath} from './lock.js';

/** `.db.json.1234.9f8e7d6c.tmp`: hidden, and names the process that writes it. */
function temporaryFor(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Makes `temporary` the file `target`, or removes it when anything fails. */
async function replaceWith(temporary: string, target: string, fill: () => Promise<void>): Promise<void> {
	try {
		await fill();
		await rename(temporary, target);
	} catch (error) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
	await syncDirectory(path.dirname(target));
}

/** A write may take only part of the buffer; go on until all of it is written. */
export async function writeAll(handle: FileHandle, buffer: Buffer): Promise<void> {
	for (let offset = 0; offset < buffer.length;) offset += (await handle.write(buffer, offset)).bytesWritten;
}

/** Content given in pieces is written piece by piece, with the event loop free in between. */
export async function writeFileDurably(file: string, content: string | Iterable<string>): Promise<void> {
	const temporary = temporaryFor(file);
	await replaceWith(temporary, file, async () => {
		const handle = await open(temporary, 'wx', 0o600);
		try {
			if (typeof content === 'string') await handle.writeFile(content, 'utf8');
			else for (const piece of content) await writeAll(handle, Buffer.from(piece, 'utf8'));
			await handle.sync();
		} finally {
			await handle.close();
		}
	});
}

/** A copy that is either complete or absent, even after a crash (for backups). */
export async function copyFileDurably(source: string, target: string): Promise<void> {
	const temporary = temporaryFor(target);
	await replaceWith(temporary, target, async () => {
		await copyFile(source, temporary);
		const handle = await open(temporary, 'r+');
		try {
			// The copy takes the source's mode; a backup is the user's alone whatever that was.
			await handle.chmod(0o600);
			await handle.sync();
		} finally {
			await handle.close();
		}
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function removeDeadProcessFiles(directory: string, pattern: RegExp): Promise<void> {
	const names = await readdir(directory).catch(() => [] as string[]);
	await Promise.all(names.map(async name => {
		const pid = Number(pattern.exec(name)?.[1]);
		if (pid && pid !== process.pid && !isAlive(pid)) await unlink(path.join(directory, name)).catch(() => undefined);
	}));
}

/**
 * Removes what crashed processes left beside `file`: half-written temp files of
 * the database and of its backups, and their unfinished lock files.
 */
export async function removeCrashLeftovers(file: string, backups: string): Promise<void> {
	const directory = path.dirname(file);
	const base = escape(path.basename(file));
	await removeDeadProcessFiles(directory, new RegExp(`^\\.${base}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`));
	await removeDeadProcessFiles(directory, new RegExp(`^${escape(path.basename(lockPath(file)))}\\.(\\d+)\\.(?:tmp|stale)$`));
	await removeDeadProcessFiles(backups, /^\..*\.(\d+)\.[0-9a-f]{8}\.tmp$/);
}

export async function syncDirectory(directory: string): Promise<void> {
	const handle = await open(directory, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
