// One writer per database file. The lock is a file beside the database that
// names its holder; a lock whose process is gone is stale and taken over.
import {hostname} from 'node:os';
import {readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import {LockedError} from './errors.js';

export type LockHolder = {pid: number; host: string; command?: string; since: string};

export function lockPath(file: string): string {
	return `${file}.lock`;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
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
	// A lock we cannot read was left half-written by a crash; another host's lock we cannot check.
	if (!holder) return true;
	return holder.host === hostname() && !isAlive(holder.pid);
}

export type Lock = {release(): void};

export function acquireLock(file: string, command?: string): Lock {
	const lockFile = lockPath(file);
	const me: LockHolder = {pid: process.pid, host: hostname(), command, since: new Date().toISOString()};
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			writeFileSync(lockFile, JSON.stringify(me), {flag: 'wx', mode: 0o600});
			let released = false;
			return {
				release() {
					if (released) return;
					released = true;
					if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
				},
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readHolder(lockFile);
		if (!isStale(holder)) throw new LockedError(file, holder!);
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
			throw new LockedError(file, moved);
		}
		unlinkSync(aside);
	}
	throw new LockedError(file, readHolder(lockFile) ?? {pid: 0});
}
