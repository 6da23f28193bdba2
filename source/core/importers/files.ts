// Turns what the user named (files, folders, zip archives, folders of archives)
// into one flat list of export files, each readable on demand.
import {lstat, open, readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {NetinboxError, messages} from '../errors.js';
import {decodeText} from './decode.js';
import type {ExportFile} from './types.js';
import {maxEntryBytes, openZip, type ZipArchive} from './zip.js';
import {pushAll} from '../arrays.js';

export type FileSet = {
	files: ExportFile[];
	/** Per path the user named, the files found there. */
	roots: Array<{path: string; files: ExportFile[]}>;
	close(): void;
};

const headBytes = 4096;
// macOS adds resource forks to archives it makes; they are never export data.
const isJunk = (name: string) => name.startsWith('__MACOSX/') || path.posix.basename(name).startsWith('._') || path.posix.basename(name) === '.DS_Store';

function cachedHead(read: (limit: number) => Promise<Buffer>): ExportFile['head'] {
	let cached: Promise<string> | undefined;
	const text = (bytes: number) => read(bytes).then(buffer => decodeText(buffer.subarray(0, bytes), '').text);
	return (bytes = headBytes) => {
		if (bytes !== headBytes) return text(bytes);
		cached ??= text(headBytes);
		return cached;
	};
}

function diskFile(file: string, inside: string, size: number, explicit: boolean): ExportFile {
	const read = async (limit?: number) => {
		try {
			if (limit === undefined) {
				if (size > maxEntryBytes) throw new NetinboxError(messages.fileTooLarge(file, size));
				return await readFile(file);
			}
			const handle = await open(file, 'r');
			try {
				const buffer = Buffer.alloc(limit);
				const {bytesRead} = await handle.read(buffer, 0, limit, 0);
				return buffer.subarray(0, bytesRead);
			} finally {
				await handle.close();
			}
		} catch (error) {
			if (error instanceof NetinboxError) throw error;
			throw new NetinboxError(messages.unreadableFile(file, (error as Error).message));
		}
	};
	return {display: file, path: inside, size, explicit, read: () => read(), head: cachedHead(read)};
}

function zipFiles(zipPath: string, archive: ZipArchive): ExportFile[] {
	return archive.entries
		.filter(entry => !isJunk(entry.name))
		.map(entry => ({
			display: `${zipPath}:${entry.name}`,
			path: entry.name,
			size: entry.size,
			explicit: false,
			read: () => entry.read(),
			head: cachedHead(limit => entry.read(limit)),
		}));
}

async function isZip(file: string): Promise<boolean> {
	if (file.toLowerCase().endsWith('.zip')) return true;
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.alloc(4);
		await handle.read(buffer, 0, 4, 0);
		return buffer.toString('latin1') === 'PK\u0003\u0004' || buffer.toString('latin1') === 'PK\u0005\u0006';
	} finally {
		await handle.close();
	}
}

export async function openPaths(paths: string[]): Promise<FileSet> {
	const archives: ZipArchive[] = [];
	const close = () => archives.forEach(archive => archive.close());
	const roots: FileSet['roots'] = [];
	try {
		for (const given of paths) {
			const found: ExportFile[] = [];
			await collect(path.resolve(given), given, '', true, found, archives, 0);
			roots.push({path: given, files: found});
		}
	} catch (error) {
		close();
		throw error;
	}
	return {files: roots.flatMap(root => root.files), roots, close};
}

async function collect(absolute: string, shown: string, inside: string, explicit: boolean, out: ExportFile[], archives: ZipArchive[], depth: number): Promise<void> {
	let info;
	try {
		// Named paths may be symlinks; links found while walking are not followed (no loops, no surprises).
		info = explicit ? await stat(absolute) : await lstat(absolute);
	} catch (error) {
		throw new NetinboxError(messages.unreadableFile(shown, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message));
	}
	if (info.isDirectory()) {
		if (depth > 12) return;
		let names: string[];
		try {
			names = (await readdir(absolute)).sort();
		} catch (error) {
			throw new NetinboxError(messages.unreadableFile(shown, (error as Error).message));
		}
		for (const name of names) {
			if (name.startsWith('.') || isJunk(name)) continue;
			await collect(path.join(absolute, name), path.join(shown, name), inside ? `${inside}/${name}` : name, false, out, archives, depth + 1);
		}
		return;
	}
	if (!info.isFile()) return;
	let zip: boolean;
	try {
		zip = await isZip(absolute);
	} catch (error) {
		throw new NetinboxError(messages.unreadableFile(shown, (error as Error).message));
	}
	if (zip) {
		const archive = await openZip(absolute, shown);
		archives.push(archive);
		pushAll(out, zipFiles(shown, archive));
		return;
	}
	out.push(diskFile(shown, inside || path.basename(absolute), info.size, explicit));
}

/** `Connections.csv` → `connections.csv`: the file name as importers compare it. */
export function baseName(file: ExportFile): string {
	return path.posix.basename(file.path).toLowerCase();
}

export function extension(file: ExportFile): string {
	return path.posix.extname(file.path).toLowerCase();
}
