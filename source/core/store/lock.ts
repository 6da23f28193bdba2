// One writer per database file. The lock is a file beside the database that
// names its holder; a lock whose process is gone is stale and taken over.
import {hostname} from 'node:os';
import {linkSync, readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import {LockedError, NetinboxError, messages} from '../errors.js';

/** `start`: when the holder's process started (Linux clock ticks since boot), to tell it from a later process with its pid. */
export type LockHolder = {pid: number; host: string; command?: string; since: string; start?: number};

export function lockPath(file: string): string {
	return `${file}.lock`;
}

export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/** A killed process whose parent has not collected it yet still has a pid, but holds nothing (Linux only). */
function isZombie(pid: number): boolean {
	try {
		return /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

/** When process `pid` started, in clock ticks since boot (Linux), or undefined when unknown. */
export function startOf(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name may hold spaces and parentheses: fields are counted after its last ')'.
		const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
		return Number.isSafeInteger(start) ? start : undefined;
	} catch {
		return undefined;
	}
}

function readHolder(lockFile: string): LockHolder | undefined {
	try {
		const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
		return typeof holder.pid === 'number' ? holder : undefined;
	} catch {
		return undefined;
	}
}

function isStale(holder: LockHolder | undefined): boolean {
	// Locks appear complete (see createLock), so one we cannot read was damaged by hand; another host's lock we cannot check.
	if (!holder) return true;
	if (holder.host !== hostname()) return false;
	if (!isAlive(holder.pid)) return true;
	// The pid lives, but a process started since the lock was taken has it: the holder died and its pid was reused.
	const start = startOf(holder.pid);
	return holder.start !== undefined && start !== undefined && start !== holder.start;
}

export type Lock = {release(): void};

/**
 * Creates the lock file with its content in one step: the holder is written to a
 * file of our own, which is then hard-linked to the lock name (fails if it exists).
 * A crash can leave that file of our own behind, never an empty lock.
 */
function createLock(file: string, me: LockHolder): boolean {
	const lockFile = lockPath(file);
	const own = `${lockFile}.${me.pid}.tmp`;
	try {
		writeFileSync(own, JSON.stringify(me), {mode: 0o600});
		try {
			linkSync(own, lockFile);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// File systems without hard links (FAT, some network shares): create and write, a tiny window for a torn lock.
			if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
			writeFileSync(lockFile, JSON.stringify(me), {flag: 'wx', mode: 0o600});
		}
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw new NetinboxError(messages.cannotLock(file, (error as Error).message));
	} finally {
		try {
			unlinkSync(own);
		} catch {
			// Never created.
		}
	}
}

/**
 * `force`: also take over a lock that cannot be checked (held on another host);
 * a holder alive on this host is never overridden.
 */
export function acquireLock(file: string, command?: string, {force = false} = {}): Lock {
	const lockFile = lockPath(file);
	const start = startOf(process.pid);
	const me: LockHolder = {pid: process.pid, host: hostname(), command, since: new Date().toISOString(), ...(start !== undefined ? {start} : {})};
	for (let attempt = 0; attempt < 5; attempt++) {
		if (createLock(file, me)) {
			let released = false;
			return {
				release() {
					if (released) return;
					released = true;
					if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
				},
			};
		}
		const holder = readHolder(lockFile);
		const checkable = holder?.host === hostname();
		if (!isStale(holder) && !(force && !checkable)) throw new LockedError(file, holder!, lockFile, checkable);
		// Move the stale lock aside atomically; if someone replaced it meanwhile, put theirs back.
		const aside = `${lockFile}.${process.pid}.stale`;
		try {
			renameSync(lockFile, aside);
		} catch {
			continue;
		}
		const moved = readHolder(aside);
		if (moved && holder && moved.pid !== holder.pid && !isStale(moved)) {
			renameSync(aside, lockFile);
			throw new LockedError(file, moved, lockFile, moved.host === hostname());
		}
		unlinkSync(aside);
	}
	throw new LockedError(file, readHolder(lockFile) ?? {pid: 0}, lockFile, true);
}
