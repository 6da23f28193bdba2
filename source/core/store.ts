// The only module that knows about lowdb. Opens, validates, migrates, locks and
// saves the one JSON file that holds everything.
import {copyFile, mkdir, readdir, readFile, unlink} from 'node:fs/promises';
import path from 'node:path';
import {Low, type Adapter} from 'lowdb';
import {NetinboxError, messages} from './errors.js';
import {writeFileDurably} from './durable-file.js';
import {acquireLock, type Lock} from './lock.js';
import {migrate, versionOf} from './migrations.js';
import {emptyDatabase, schemaVersion, type Database} from './model.js';
import {validateDatabase} from './schema.js';
import {describeJsonError, serializeDatabase} from './serialize.js';

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
		await writeFileDurably(this.file, serializeDatabase(data));
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
	private pending: Promise<void> = Promise.resolve();
	private queued: Database | undefined;

	private constructor(
		readonly file: string,
		private readonly db: Low<Database>,
		private readonly lock: Lock | undefined,
	) {}

	static async open(file: string, options: OpenOptions = {}): Promise<Store> {
		await mkdir(path.dirname(file), {recursive: true});
		const lock = options.write ? acquireLock(file, options.command) : undefined;
		try {
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

	/**
	 * Makes `data` the current database and writes it durably. Saves run one at a
	 * time; while one runs, further calls collapse into a single write of the newest data.
	 */
	save(data: Database): Promise<void> {
		this.db.data = data;
		const firstInQueue = this.queued === undefined;
		this.queued = data;
		if (!firstInQueue) return this.pending;
		this.pending = this.pending.then(async () => {
			const next = this.queued!;
			this.queued = undefined;
			try {
				await this.db.adapter.write(next);
			} catch (error) {
				throw new NetinboxError(messages.saveFailed(this.file, (error as Error).message));
			}
		}).catch(error => {
			// Keep the chain usable for the next save after reporting this one.
			this.pending = Promise.resolve();
			throw error;
		});
		return this.pending;
	}

	/** Copies the current file into `backups/` beside it; keeps the ten newest. */
	async backup(reason: string): Promise<string | undefined> {
		const directory = path.join(path.dirname(this.file), 'backups');
		await mkdir(directory, {recursive: true, mode: 0o700});
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const base = path.basename(this.file, '.json');
		const target = path.join(directory, `${base}.${stamp}.${reason}.json`);
		try {
			await copyFile(this.file, target);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
		const old = (await readdir(directory)).filter(name => name.startsWith(`${base}.`)).sort().slice(0, -10);
		await Promise.all(old.map(name => unlink(path.join(directory, name))));
		return target;
	}

	async close(): Promise<void> {
		try {
			await this.pending;
		} finally {
			this.lock?.release();
		}
	}
}
