// Whole-file replacement that survives a crash or power cut at any moment:
// write a temp file beside the target, fsync it, rename it over the target,
// then fsync the directory so the rename itself is on disk.
import {randomBytes} from 'node:crypto';
import {open, rename, unlink} from 'node:fs/promises';
import path from 'node:path';

export async function writeFileDurably(file: string, content: string): Promise<void> {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const handle = await open(temporary, 'wx', 0o600);
	try {
		await handle.writeFile(content, 'utf8');
		await handle.sync();
	} catch (error) {
		await handle.close();
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
	await handle.close();
	try {
		await rename(temporary, file);
	} catch (error) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
	await syncDirectory(path.dirname(file));
}

export async function syncDirectory(directory: string): Promise<void> {
	const handle = await open(directory, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
