// The only module that knows about lowdb. Opens, validates, migrates, locks and
// saves the one JSON file that holds everything.
import {mkdir, readdir, readFile, unlink} from 'node:fs/promises';
import path from 'node:path';
import {Low, type Adapter} from 'lowdb';
import {NetinboxError, messages} from './errors.js';
import {copyFileDurably, removeCrashLeftovers, writeFileDurably} from './durable-file.js';
import {acquireLock, type Lock} from './lock.js';
import {migrate, versionOf} from './migrations.js';
import {emptyDatabase, schemaVersion, type Database} from './model.js';
import {validateDatabase} from './schema.js';
import {describeJsonError, serializeInChunks} from './serialize.js';

/** lowdb adapter: reads and checks the file, writes it durably. */
export class DurableJsonFile implements Adapter<Database> {
	/** The schema version the last read found in the file, before migration. */
	versionOnDisk: number | undefined;

	constructor(readonly file: string) {}

	async read(): Promise<Database | null> {
		let text: string;
		try {
			text = await readFile(this.file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw new NetinboxError(messages.unreadableFile(this.file, (error as Error).message));
		}
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
		const version = versionOf(raw);
		this.versionOnDisk = version;
		if (version > schemaVersion) throw new NetinboxError(messages.newerDb(this.file, version, schemaVersion));
		const data = version < schemaVersion ? migrate(raw as Record<string, unknown>) : raw;
		const problem = validateDatabase(data);
		if (problem) throw new NetinboxError(messages.invalidDb(this.file, problem.field, problem.detail));
		return data as Database;
	}

	async write(data: Database): Promise<void> {
		await writeFileDurably(this.file, serializeInChunks(data));
	}
}

export type OpenOptions = {
	/** Take the writer lock: any command that may save. */
	write?: boolean;
	/** Shown to a second process that finds the file locked. */
	command?: string;
};

export class Store {
	/** Whether the file existed and needed a migration when it was opened. */
	migratedFrom: number | undefined;
	/** The write in progress, and the one write queued behind it that will take the newest data. */
	private running: Promise<void> | undefined;
	private queued: Promise<void> | undefined;
	private dirty = false;

	private constructor(
		readonly file: string,
		private readonly db: Low<Database>,
		private readonly lock: Lock | undefined,
	) {}

	static async open(file: string, options: OpenOptions = {}): Promise<Store> {
		await mkdir(path.dirname(file), {recursive: true});
		const lock = options.write ? acquireLock(file, options.command) : undefined;
		try {
			if (lock) await removeCrashLeftovers(file, backupDirectory(file));
			const adapter = new DurableJsonFile(file);
			const db = new Low<Database>(adapter, emptyDatabase());
			await db.read();
			const store = new Store(file, db, lock);
			const raw = adapter.versionOnDisk;
			if (raw !== undefined && raw < schemaVersion) {
				store.migratedFrom = raw;
				if (options.write) {
					await store.backup(`before-migration-v${raw}`);
					await store.save(db.data);
				}
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
		return this.dirty;
	}

	/**
	 * Makes `data` the current database and writes it durably. Saves run one at a
	 * time; while one runs, further calls collapse into a single write of the newest
	 * data. When a write fails the data stays current and unsaved: the next save or
	 * retry() writes it.
	 */
	save(data: Database): Promise<void> {
		this.db.data = data;
		this.dirty = true;
		if (this.queued) return this.queued;
		if (!this.running) return this.write();
		const queued = this.running.then(noop, noop).then(() => {
			this.queued = undefined;
			return this.write();
		});
		this.queued = queued;
		return queued;
	}

	/** Writes the current data again if it is not on disk yet (after a failed save). */
	retry(): Promise<void> {
		return this.dirty ? this.save(this.db.data) : (this.queued ?? this.running ?? Promise.resolve());
	}

	private write(): Promise<void> {
		const data = this.db.data;
		const running = this.db.adapter.write(data).then(
			() => {
				if (this.db.data === data) this.dirty = false;
			},
			(error: Error) => {
				throw new NetinboxError(messages.saveFailed(this.file, error.message));
			},
		).finally(() => {
			if (this.running === running) this.running = undefined;
		});
		this.running = running;
		return running;
	}

	/** Copies the current file into `backups/` beside it; keeps the ten newest. */
	async backup(reason: string): Promise<string | undefined> {
		const directory = backupDirectory(this.file);
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const base = path.basename(this.file, '.json');
		const target = path.join(directory, `${base}.${stamp}.${reason}.json`);
		try {
			await mkdir(directory, {recursive: true, mode: 0o700});
			await copyFileDurably(this.file, target);
		} catch (error) {
			// No file yet: nothing to keep.
			if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === this.file) return undefined;
			throw new NetinboxError(messages.backupFailed(this.file, (error as Error).message));
		}
		const old = (await readdir(directory)).filter(name => name.startsWith(`${base}.`)).sort().slice(0, -10);
		await Promise.all(old.map(name => unlink(path.join(directory, name))));
		return target;
	}

	/**
	 * Waits for the saves under way, writes once more what a failed save left
	 * unsaved, and releases the lock. Throws if the data still cannot be written.
	 */
	async close(): Promise<void> {
		try {
			await (this.queued ?? this.running)?.catch(noop);
			if (this.dirty) await this.retry();
		} finally {
			this.lock?.release();
		}
	}
}

const noop = () => undefined;

function backupDirectory(file: string): string {
	return path.join(path.dirname(file), 'backups');
}
