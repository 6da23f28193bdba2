// How the store gets data onto disk. A save that changes a few records appends
// them to the journal (durable in milliseconds); a large one, and every so often
// the journal itself, becomes a whole-file write, in pieces so the event loop
// stays free. Saves run one at a time, in order; a failed one leaves the data
// current and unsaved for the next save or retry.
import {constants} from 'node:buffer';
import {existsSync} from 'node:fs';
import {writeFileDurably} from './durable-file.js';
import {NetinboxError, SaveError, messages} from '../errors.js';
import {diffDatabases, journalLine} from './journal.js';
import {JournalWriter, listJournals} from './journal-file.js';
import type {Database} from '../model.js';
import {serializeInChunks} from './serialize.js';

const noop = () => undefined;

/** The largest file a reader can take in as one string (V8's limit on a string's length). */
export const readableFileBytes = constants.MAX_STRING_LENGTH;

/** How a close ended when all data is on disk: the fold into the file may have had to wait. */
export type FinishResult = {foldPostponed?: {journal: string; detail: string}};

export type WriterState = {
	/** The data as loaded: what the file and its journals hold. */
	loaded: Database;
	/** Whether the file itself holds exactly `loaded` (no journal replayed over it). */
	fileIsCurrent: boolean;
	fileExists: boolean;
	fileBytes: number;
	/** The newest journal generation found, 0 for none. */
	lastGeneration: number;
};

export class StoreWriter {
	current: Database;
	/** What the file and journals on disk hold together. */
	persisted: Database;
	/** The data the file alone holds, when known. */
	private inFile: Database | undefined;
	private fileExists: boolean;
	private fileBytes: number;
	private readonly journal: JournalWriter;
	private running: Promise<void> | undefined;
	private queued: Promise<void> | undefined;
	private folding: Promise<void> | undefined;
	private foldAt: number;
	private wholeNext = false;

	constructor(readonly file: string, state: WriterState, readonly maxFileBytes = readableFileBytes) {
		this.current = this.persisted = state.loaded;
		this.inFile = state.fileIsCurrent ? state.loaded : undefined;
		this.fileExists = state.fileExists;
		this.fileBytes = state.fileBytes;
		this.journal = new JournalWriter(file, state.lastGeneration + 1);
		this.journal.databaseId = state.loaded.id;
		this.foldAt = this.foldThreshold();
	}

	get unsaved(): boolean {
		return this.current !== this.persisted;
	}

	/** Whether the file alone holds everything saved (nothing waits in a journal). */
	get fileIsCurrent(): boolean {
		return this.inFile === this.persisted;
	}

	/** Makes `data` current without saving it yet: the next save, or finish(), writes it whole. */
	adopt(data: Database): void {
		this.current = data;
		this.wholeNext = true;
	}

	save(data: Database, {whole = false} = {}): Promise<void> {
		this.current = data;
		this.wholeNext ||= whole;
		if (this.queued) return this.queued;
		if (!this.running) return this.start();
		const queued = this.running.then(noop, noop).then(() => {
			this.queued = undefined;
			return this.start();
		});
		this.queued = queued;
		return queued;
	}

	retry(): Promise<void> {
		return this.unsaved ? this.save(this.current) : (this.queued ?? this.running ?? Promise.resolve());
	}

	/**
	 * Waits for every save, writes what is still unsaved, and folds the journals into
	 * the file. Throws only when data is not on disk; a fold that fails leaves
	 * everything durable in the journals and is reported as postponed.
	 */
	async finish(): Promise<FinishResult> {
		try {
			await (this.queued ?? this.running)?.catch(noop);
			if (this.unsaved) await this.retry();
			await this.folding;
			const journals = await listJournals(this.file);
			if (!this.fileIsCurrent || journals.length > 0) {
				try {
					await this.writeWhole(this.persisted);
				} catch (error) {
					return {foldPostponed: {journal: journals.at(-1)?.path ?? this.file, detail: (error as Error).message}};
				}
			}
			return {};
		} finally {
			await this.journal.close();
		}
	}

	private start(): Promise<void> {
		const running = this.persist().then(noop, (error: Error) => {
			throw error instanceof NetinboxError ? error : new SaveError(this.file, error.message);
		}).finally(() => {
			if (this.running === running) this.running = undefined;
		});
		this.running = running;
		return running;
	}

	private async persist(): Promise<void> {
		const data = this.current;
		if (data === this.persisted && !this.wholeNext) return;
		// A journal only makes sense over the file: when that is gone (moved away, its directory removed), write it whole.
		const overFile = this.fileExists && (this.journal.isOpen || existsSync(this.file));
		const ops = overFile && !this.wholeNext && !this.journal.broken ? diffDatabases(this.persisted, data, this.opsLimit()) : undefined;
		if (!ops) {
			await this.writeWhole(data);
			this.persisted = data;
			this.wholeNext = false;
			return;
		}
		if (ops.length > 0) await this.journal.append(journalLine(ops, new Date()), this.maxFileBytes, () => new NetinboxError(messages.tooLargeToRead(this.file, this.maxFileBytes)));
		this.persisted = data;
		if (this.journal.bytes > this.foldAt && !this.folding) this.foldInBackground();
	}

	/** The journal has grown: fold it into the file while saves go on into the next journal. */
	private foldInBackground(): void {
		this.folding = this.writeWhole(this.persisted)
			.catch(() => {
				// The journals still hold everything; try again once the journal has grown as much again.
				this.foldAt = this.journal.bytes + this.foldThreshold();
			})
			.finally(() => (this.folding = undefined));
	}

	/** Writes `data` as the whole file, then removes the journals it includes. */
	private async writeWhole(data: Database): Promise<void> {
		// One writer of the file at a time: an older fold finishing last would undo a newer one.
		await this.folding?.catch(noop);
		const sealed = this.journal.rotate();
		let bytes = 0;
		const {file, maxFileBytes} = this;
		const counted = (function* (pieces: Iterable<string>) {
			for (const piece of pieces) {
				bytes += Buffer.byteLength(piece);
				// Past this, the file could never be read back: stop before it replaces the one that can.
				if (bytes > maxFileBytes) throw new NetinboxError(messages.tooLargeToRead(file, maxFileBytes));
				yield piece;
			}
		})(serializeInChunks(data));
		await writeFileDurably(this.file, counted);
		this.journal.databaseId = data.id;
		this.inFile = data;
		this.fileExists = true;
		this.fileBytes = bytes;
		this.foldAt = this.foldThreshold();
		await this.journal.removeUpTo(sealed);
	}

	private foldThreshold(): number {
		return Math.max(2 * 1024 * 1024, this.fileBytes / 8);
	}

	/** Beyond this many changed records a whole-file write is as cheap: an import, not a decision. */
	private opsLimit(): number {
		return Math.max(50_000, Math.floor(this.fileBytes / 2000));
	}
}
