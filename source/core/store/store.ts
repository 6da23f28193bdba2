// The only module that knows about lowdb. Opens, validates, migrates, locks and
// saves the one JSON file that holds everything (with its journal: see
// store-writer.ts; the file alone is the whole database whenever no netinbox runs).
import {randomBytes} from 'node:crypto';
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {Low, type Adapter} from 'lowdb';
import {NetinboxError, messages} from '../errors.js';
import {copyFileDurably, removeCrashLeftovers, writeFileDurably} from './durable-file.js';
import {JournalError, journalBelongs, replayJournal} from './journal.js';
import {backupDirectory, intoBackups} from './backups.js';
import {checkOwner, checkWritable, makePrivateDirectory, realFile} from './file-checks.js';
import {listJournals, type JournalOnDisk} from './journal-file.js';
import {acquireLock, type Lock} from './lock.js';
import {migrate, versionOf} from './migrations.js';
import {emptyDatabase, schemaVersion, type Database} from '../model.js';
import {sanitizeLine} from '../sanitize.js';
import {validateDatabase} from './schema.js';
import {describeJsonError, serializeInChunks} from './serialize.js';
import {StoreWriter, type FinishResult, type WriterState} from './writer.js';

/** lowdb adapter: reads the file and replays its journals, checks the result. Writing is StoreWriter's. */
export class DurableJsonFile implements Adapter<Database> {
	/** The schema version the last read found in the file, before migration. */
	versionOnDisk: number | undefined;
	state: Omit<WriterState, 'loaded'> = {fileIsCurrent: true, fileExists: false, fileBytes: 0, lastGeneration: 0};

	constructor(readonly file: string) {}

	async read(): Promise<Database | null> {
		// A writer may fold its journals into the file while this reads: a journal listed
		// but gone by the time it is read means the file read may be older than the fold.
		// Then the whole read is done again, so a reader never sees half of a fold.
		for (let attempt = 1; ; attempt++) {
			const result = await this.readOnce();
			if (result !== 'folded meanwhile') return result;
			if (attempt === 5) throw new NetinboxError(messages.unreadableFile(this.file, 'its journals kept changing while it was read; try again'));
		}
	}

	private async readOnce(): Promise<Database | null | 'folded meanwhile'> {
		const journals = await listJournals(this.file);
		const text = await this.readText(this.file);
		if (text === undefined && journals.length === 0) return null;
		// Journals hold changes to the file, not a database: without it they would make a partial one.
		if (text === undefined) throw new NetinboxError(messages.orphanJournal(this.file, journals[0]!.path));
		const raw = this.parse(text);
		const version = versionOf(raw);
		this.versionOnDisk = version;
		if (version > schemaVersion) throw new NetinboxError(messages.newerDb(this.file, version, schemaVersion));
		const data = version < schemaVersion ? migrate(raw) : raw;
		const replayed = await this.replay(data, journals);
		if (replayed === 'folded meanwhile') return replayed;
		this.state = {fileIsCurrent: replayed.length === 0, fileExists: true, fileBytes: Buffer.byteLength(text), lastGeneration: journals.at(-1)?.generation ?? 0};
		const problem = validateDatabase(data);
		if (problem) {
			// Say which file is wrong: the database, or a journal written over it.
			const fileProblem = replayed.length > 0 ? validateDatabase(this.parse(text)) : problem;
			const blame = fileProblem ? this.file : replayed.at(-1)!.path;
			throw new NetinboxError(messages.invalidDb(blame, problem.field, problem.detail));
		}
		return data as Database;
	}

	async write(): Promise<void> {
		throw new Error('DurableJsonFile does not write: the store saves through StoreWriter');
	}

	/** Protected so a test can fold the journals at the worst moment of a read. */
	protected async readText(file: string): Promise<string | undefined> {
		try {
			return await readFile(file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw new NetinboxError(messages.unreadableFile(file, (error as Error).message));
		}
	}

	private parse(text: string): Record<string, unknown> {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (error) {
			const {where, detail} = describeJsonError(text, error as Error);
			throw new NetinboxError(messages.unparsableDb(this.file, where, detail));
		}
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			throw new NetinboxError(messages.invalidDb(this.file, '(top level)', 'expected an object'));
		}
		return raw as Record<string, unknown>;
	}

	private async replay(data: Record<string, unknown>, journals: JournalOnDisk[]): Promise<JournalOnDisk[] | 'folded meanwhile'> {
		const replayed = [];
		for (const journal of journals) {
			await checkOwner(journal.path, 'journal');
			const text = await this.readText(journal.path);
			if (text === undefined) return 'folded meanwhile';
			if (!journalBelongs(text, path.basename(this.file), typeof data.id === 'string' ? data.id : undefined)) {
				throw new NetinboxError(messages.foreignJournal(journal.path, this.file));
			}
			try {
				replayJournal(data, text);
			} catch (error) {
				if (!(error instanceof JournalError)) throw error;
				throw new NetinboxError(messages.damagedJournal(journal.path, sanitizeLine(error.message)));
			}
			replayed.push(journal);
		}
		return replayed;
	}
}

export type OpenOptions = {
	/** Take the writer lock: any command that may save. */
	write?: boolean;
	/** Shown to a second process that finds the file locked. */
	command?: string;
	/** With `write`: once the lock is held, remove the file and its journals and start empty (the demo's reset). */
	discard?: boolean;
	/** Take over a lock held on another host, which cannot be checked (the user says its process is gone). */
	forceUnlock?: boolean;
	/** The largest database file to write (default: the largest that can be read back). */
	maxFileBytes?: number;
};

export class Store {
	/** Whether the file existed and needed a migration when it was opened. */
	migratedFrom: number | undefined;

	private constructor(
		readonly file: string,
		private readonly db: Low<Database>,
		private readonly writer: StoreWriter | undefined,
		private readonly lock: Lock | undefined,
	) {}

	static async open(given: string, options: OpenOptions = {}): Promise<Store> {
		// One real path for the file, its lock, journals and backups, whatever link it was named by.
		const file = await realFile(given);
		await makePrivateDirectory(path.dirname(file));
		if (options.write) {
			await checkOwner(file, 'database');
			if (!options.discard) await checkWritable(file);
		}
		const lock = options.write ? acquireLock(file, options.command, {force: options.forceUnlock ?? false}) : undefined;
		try {
			if (lock) await removeCrashLeftovers(file, backupDirectory(file));
			if (lock && options.discard) await discardFiles(file);
			const adapter = new DurableJsonFile(file);
			const db = new Low<Database>(adapter, emptyDatabase());
			await db.read();
			let loaded = db.data;
			// A database gets its id when first written; one written before ids gets it with its next whole write.
			if (lock && !loaded.id && !adapter.state.fileExists) loaded = db.data = {...loaded, id: newDatabaseId()};
			const writer = lock ? new StoreWriter(file, {...adapter.state, loaded}, options.maxFileBytes) : undefined;
			if (writer && !loaded.id) writer.adopt((db.data = {...loaded, id: newDatabaseId()}));
			const store = new Store(file, db, writer, lock);
			const raw = adapter.versionOnDisk;
			if (raw !== undefined && raw < schemaVersion) store.migratedFrom = raw;
			if (writer && store.migratedFrom !== undefined) {
				await store.copyToBackups(`before-migration-v${raw}`);
				await writer.save(db.data, {whole: true});
			} else if (writer && !adapter.state.fileIsCurrent) {
				// A session that crashed left journals: fold them in, so the file alone is the database again.
				await writer.save(db.data, {whole: true});
			}
			return store;
		} catch (error) {
			lock?.release();
			throw error;
		}
	}

	get data(): Database {
		return this.db.data;
	}

	/** Data that is in memory but not yet on disk: a save is under way, or the last one failed. */
	get unsaved(): boolean {
		return this.writer?.unsaved ?? false;
	}

	/**
	 * Makes `data` the current database and writes it durably. Saves run one at a
	 * time; while one runs, further calls collapse into a single write of the newest
	 * data. When a write fails the data stays current and unsaved: the next save or
	 * retry() writes it. Needs a store opened with `write`.
	 */
	save(data: Database): Promise<void> {
		if (!this.writer) return Promise.reject(new NetinboxError(messages.readOnlyStore(this.file)));
		// The id names the file, not its content: data made elsewhere keeps it.
		const id = this.db.data.id;
		const kept = data.id === undefined && id !== undefined ? {...data, id} : data;
		this.db.data = kept;
		return this.writer.save(kept);
	}

	/** Writes the current data again if it is not on disk yet (after a failed save). */
	retry(): Promise<void> {
		return this.writer?.retry() ?? Promise.resolve();
	}

	/** Keeps a copy of the database as saved so far in `backups/` beside it; keeps the ten newest. */
	async backup(reason: string): Promise<string | undefined> {
		if (!this.writer || this.writer.fileIsCurrent) return this.copyToBackups(reason);
		// Part of it is still in a journal: the backup is written from memory, whole.
		return intoBackups(this.file, this.db.data.id, reason, target => writeFileDurably(target, serializeInChunks(this.writer!.persisted)));
	}

	private copyToBackups(reason: string): Promise<string | undefined> {
		return intoBackups(this.file, this.db.data.id, reason, target => copyFileDurably(this.file, target));
	}

	/**
	 * Waits for the saves under way, writes once more what a failed save left
	 * unsaved, folds the journal into the file, and releases the lock. Throws if
	 * data is still not on disk (then `unsaved` is true); a fold that could not
	 * be done is returned as postponed: the journal holds the data, the next start folds it.
	 */
	async close(): Promise<FinishResult> {
		try {
			return (await this.writer?.finish()) ?? {};
		} finally {
			this.lock?.release();
		}
	}
}

function newDatabaseId(): string {
	return randomBytes(8).toString('hex');
}

/** The file and its journals, gone: only ever with the lock held. */
async function discardFiles(file: string): Promise<void> {
	for (const journal of await listJournals(file)) await rm(journal.path, {force: true});
	await rm(file, {force: true});
}
