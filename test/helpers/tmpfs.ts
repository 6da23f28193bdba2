// A small tmpfs of our own, to make a disk full or read-only for real. Needs
// root (or CAP_SYS_ADMIN); `available` says why not when it cannot be had.
import {execFileSync} from 'node:child_process';
import {mkdtemp, rmdir} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type Tmpfs = {
	directory: string;
	/** Remount with other options: `ro`, `rw`, `size=2m`. */
	remount(options: string): void;
	unmount(): Promise<void>;
};

function mount(args: string[]): void {
	execFileSync('mount', args, {stdio: ['ignore', 'ignore', 'pipe']});
}

export async function mountTmpfs(sizeBytes: number): Promise<Tmpfs> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'netinbox-tmpfs-'));
	try {
		mount(['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', directory]);
	} catch (error) {
		await rmdir(directory);
		throw error;
	}
	return {
		directory,
		remount: options => mount(['-o', `remount,${options}`, directory]),
		async unmount() {
			execFileSync('umount', ['-l', directory], {stdio: 'ignore'});
			await rmdir(directory);
		},
	};
}

/** Undefined when a tmpfs can be mounted here, else the reason it cannot. */
export async function tmpfsUnavailable(): Promise<string | undefined> {
	if (process.getuid?.() !== 0) return 'not root';
	try {
		const probe = await mountTmpfs(64 * 1024);
		await probe.unmount();
		return undefined;
	} catch (error) {
		return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`;
	}
}
