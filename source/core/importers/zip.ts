// The only module that knows about yauzl. Entries are read on demand, so a
// Facebook archive with gigabytes of photos costs only the JSON files netinbox reads.
import yauzl, {type Entry, type ZipFile} from 'yauzl';
import {NetinboxError, messages} from '../errors.js';

export type ZipEntry = {name: string; size: number; read(limit?: number): Promise<Buffer>};
export type ZipArchive = {entries: ZipEntry[]; close(): void};

/** Larger entries cannot become one string in Node; no export file netinbox reads comes near. */
export const maxEntryBytes = 512 * 1024 * 1024;

export async function openZip(absolute: string, file = absolute): Promise<ZipArchive> {
	let zip: ZipFile;
	try {
		zip = await yauzl.openPromise(absolute, {autoClose: false, strictFileNames: false});
	} catch (error) {
		throw new NetinboxError(messages.unreadableZip(file, (error as Error).message));
	}
	try {
		const entries = await listEntries(zip);
		return {
			entries: entries.map(entry => ({
				name: entry.fileName,
				size: entry.uncompressedSize,
				read: limit => readEntry(zip, entry, file, limit),
			})),
			close: () => zip.close(),
		};
	} catch (error) {
		zip.close();
		throw new NetinboxError(messages.unreadableZip(file, (error as Error).message));
	}
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
	return new Promise((resolve, reject) => {
		const entries: Entry[] = [];
		zip.on('entry', (entry: Entry) => {
			if (!entry.fileName.endsWith('/')) entries.push(entry);
			zip.readEntry();
		});
		zip.once('end', () => resolve(entries));
		zip.once('error', reject);
		zip.readEntry();
	});
}

/** The entry's bytes; with `limit`, only about that many from the start. */
async function readEntry(zip: ZipFile, entry: Entry, file: string, limit?: number): Promise<Buffer> {
	const where = `${file}:${entry.fileName}`;
	if (entry.uncompressedSize > maxEntryBytes && limit === undefined) throw new NetinboxError(messages.fileTooLarge(where, entry.uncompressedSize));
	try {
		const stream = await zip.openReadStreamPromise(entry);
		const chunks: Buffer[] = [];
		let length = 0;
		for await (const chunk of stream as AsyncIterable<Buffer>) {
			chunks.push(chunk);
			length += chunk.length;
			if (limit !== undefined && length >= limit) {
				stream.destroy();
				break;
			}
		}
		return Buffer.concat(chunks);
	} catch (error) {
		throw new NetinboxError(messages.unreadableZipEntry(where, (error as Error).message));
	}
}
