// The journal files beside a database: `db.json.journal-1`, `-2` … Lines are
// appended to the newest; a fold seals it and starts the next, so changes keep
// flowing while the whole file is written. An append counts only once synced;
// a failed one is cut off again, so no torn line is followed by good ones.
import {open, readdir, readFile, unlink, type FileHandle} from 'node:fs/promises';
import path from 'node:path';
import {syncDirectory, writeAll} from './durable-file.js';
import {journalHeader} from './journal.js';

export type JournalOnDisk = {generation: number; path: string};

export function journalPath(file: string, generation: number): string {
	return `${file}.journal-${generation}`;
}

/** The journals of `file`, oldest first. */
export async function listJournals(file: string): Promise<JournalOnDisk[]> {
	const base = path.basename(file);
	const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
	return names
		.map(name => (name.startsWith(`${base}.journal-`) ? Number(name.slice(base.length + 9)) : Number.NaN))
		.filter(generation => Number.isSafeInteger(generation) && generation > 0)
		.sort((a, b) => a - b)
		.map(generation => ({generation, path: journalPath(file, generation)}));
}

/** Each journal's text, oldest first; one removed meanwhile (folded by its writer) is left out. */
export async function readJournals(file: string): Promise<Array<JournalOnDisk & {text: string}>> {
	const out = [];
	for (const journal of await listJournals(file)) {
		try {
			out.push({...journal, text: await readFile(journal.path, 'utf8')});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return out;
}

export class JournalWriter {
	/** Bytes in the journal being appended to. */
	bytes = 0;
	/** A failed append could not be cut off: appending more would bury a torn line. */
	broken = false;
	/** The id of the database the journal belongs to, named in its header. */
	databaseId: string | undefined;
	private handle: FileHandle | undefined;

	constructor(readonly file: string, public generation: number) {}

	get isOpen(): boolean {
		return this.handle !== undefined;
	}

	/** `tooLarge`: the error to throw instead of growing the journal past `maxBytes`, which could not be read back. */
	async append(pieces: Iterable<string>, maxBytes = Infinity, tooLarge?: () => Error): Promise<void> {
		if (!this.handle) await this.create();
		const handle = this.handle!;
		const start = this.bytes;
		try {
			for (const piece of pieces) {
				const buffer = Buffer.from(piece, 'utf8');
				if (this.bytes + buffer.length > maxBytes) throw tooLarge?.() ?? new Error('journal too large');
				await writeAll(handle, buffer);
				this.bytes += buffer.length;
			}
			await handle.datasync();
		} catch (error) {
			this.bytes = start;
			await handle.truncate(start).catch(() => (this.broken = true));
			throw error;
		}
	}

	private async create(): Promise<void> {
		const handle = await open(journalPath(this.file, this.generation), 'a', 0o600);
		let size = 0;
		try {
			size = (await handle.stat()).size;
			if (size === 0) {
				const header = Buffer.from(journalHeader(path.basename(this.file), this.databaseId), 'utf8');
				await writeAll(handle, header);
				await handle.datasync();
				this.bytes = header.length;
			} else this.bytes = size;
			// The new file's name must survive a power cut as well as its lines.
			await syncDirectory(path.dirname(this.file));
		} catch (error) {
			// Half a header would run into the first line appended next time: start empty again.
			if (size === 0) await handle.truncate(0).catch(() => undefined);
			await handle.close();
			throw error;
		}
		this.handle = handle;
	}

	/** Seals the current journal at once: the next append starts a new one. Returns the sealed generation. */
	rotate(): number {
		const sealed = this.generation;
		void this.handle?.close().catch(() => undefined);
		this.handle = undefined;
		this.generation++;
		this.bytes = 0;
		this.broken = false;
		return sealed;
	}

	/** Removes the journals up to `generation`: a whole-file write now holds what they held. */
	async removeUpTo(generation: number): Promise<void> {
		const old = (await listJournals(this.file)).filter(journal => journal.generation <= generation);
		if (old.length === 0) return;
		await Promise.all(old.map(journal => unlink(journal.path).catch(() => undefined)));
		await syncDirectory(path.dirname(this.file));
	}

	async close(): Promise<void> {
		await this.handle?.close();
		this.handle = undefined;
	}
}
