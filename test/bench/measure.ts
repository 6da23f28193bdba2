// Small measuring tools shared by the bench modules.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {maxOf} from '../../source/core/arrays.js';

export function percentile(values: number[], fraction: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile(values, 0.5);
export const p95 = (values: number[]) => percentile(values, 0.95);
export const max = (values: number[]) => maxOf(values);

/** Milliseconds one call takes, awaited. */
export async function time(run: () => unknown): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

/** The median of `runs` timings. */
export async function medianTime(runs: number, run: (index: number) => unknown): Promise<number> {
	const times: number[] = [];
	for (let index = 0; index < runs; index++) times.push(await time(() => run(index)));
	return median(times);
}

/**
 * The longest stretch the event loop was blocked while it ran: a 1 ms timer
 * chain notes the largest gap between its turns (a key pressed in that stretch
 * waits that long before the inbox even sees it).
 */
export function startBlockingProbe(): {stop(): number} {
	let last = performance.now();
	let longest = 0;
	let timer: NodeJS.Timeout;
	const tick = () => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		timer = setTimeout(tick, 1);
	};
	timer = setTimeout(tick, 1);
	return {
		stop() {
			clearTimeout(timer);
			longest = Math.max(longest, performance.now() - last);
			// The timer's own period is not blocking.
			return Math.max(0, longest - 1);
		},
	};
}

export async function measureBlocking<T>(run: () => Promise<T>): Promise<{result: T; ms: number; blockedMs: number}> {
	const probe = startBlockingProbe();
	const start = performance.now();
	const result = await run();
	const ms = performance.now() - start;
	return {result, ms, blockedMs: probe.stop()};
}

/** Wall time of a whole child process, from spawn to exit. */
export function processTime(command: string, args: string[]): number {
	const start = performance.now();
	const result = spawnSync(command, args, {stdio: 'ignore'});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
	return performance.now() - start;
}

const ansi = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

/** Peak resident memory (VmHWM) of the program `script` runs, in MB; undefined where /proc cannot tell. */
function peakRssOfChild(scriptPid: number): number | undefined {
	try {
		const [pid] = childrenOf(scriptPid);
		const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Number(kb) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Runs a shell command inside a pseudo-terminal (`script`) of a fixed size and
 * returns the milliseconds from spawn until its output shows `marker`, and the
 * program's peak memory at that moment; then ends it (keys first, then the
 * whole process group).
 */
export async function timeToOutput(shellCommand: string, marker: RegExp, {rows = 40, columns = 120, quitKeys = '', timeoutMs = 60_000, quitTimeoutMs = 3000} = {}): Promise<{ms: number; peakRssMB?: number}> {
	// Ink draws nothing until exit when CI is set at all, even to an empty string.
	const {CI: _ci, ...env} = process.env;
	const start = performance.now();
	const child = spawn('script', ['-qfec', `stty rows ${rows} cols ${columns}; ${shellCommand}`, '/dev/null'], {
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
		env: {...env, TERM: 'xterm-256color', NODE_ENV: 'production'},
	});
	let output = '';
	try {
		return await new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no ${marker} within ${timeoutMs} ms; output: ${output.slice(-500)}`)), timeoutMs);
			child.stdout!.on('data', (chunk: Buffer) => {
				output += chunk.toString('utf8');
				if (marker.test(output.replace(ansi, ''))) {
					const ms = performance.now() - start;
					clearTimeout(timer);
					resolve({ms, peakRssMB: peakRssOfChild(child.pid!)});
				}
			});
			child.on('exit', code => {
				clearTimeout(timer);
				reject(new Error(`exited (${code}) before ${marker}; output: ${output.replace(ansi, '').slice(-500)}`));
			});
		});
	} finally {
		await stop(child, quitKeys, quitTimeoutMs);
	}
}

async function stop(child: ChildProcess, quitKeys: string, quitTimeoutMs: number): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
	if (quitKeys) child.stdin!.write(quitKeys);
	const quit = await Promise.race([exited.then(() => true), new Promise<boolean>(resolve => setTimeout(() => resolve(false), quitTimeoutMs))]);
	if (!quit) {
		// The program has a session of its own on the pseudo-terminal: end it by pid, then script's group.
		for (const pid of [childrenOf(child.pid!), [-child.pid!]].flat()) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
		await exited;
	}
}

/**
 * Milliseconds from writing each key to the program's first output after it,
 * in a pseudo-terminal of a fixed size: started by `shellCommand`, timed once
 * its output shows `ready` and `settleMs` more have passed. Keys are sent one at a time, each after the
 * output has been quiet for `quietMs` (so no frame of the last key is counted).
 */
export async function keyLatencies(shellCommand: string, ready: RegExp, keys: string[], {rows = 40, columns = 120, quitKeys = 'q', quietMs = 80, timeoutMs = 600_000, settleMs = 0} = {}): Promise<number[]> {
	const {CI: _ci, ...env} = process.env;
	const child = spawn('script', ['-qfec', `stty rows ${rows} cols ${columns}; ${shellCommand}`, '/dev/null'], {
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
		env: {...env, TERM: 'xterm-256color', NODE_ENV: 'production'},
	});
	let output = '';
	let lastData = performance.now();
	let onData: (() => void) | undefined;
	child.stdout!.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		lastData = performance.now();
		onData?.();
	});
	const until = (check: () => boolean, what: string, ms: number) => new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${what} not within ${ms} ms; output: ${output.replace(ansi, '').slice(-300)}`)), ms);
		const poll = () => {
			if (!check()) return;
			clearTimeout(timer);
			onData = undefined;
			resolve();
		};
		onData = poll;
		poll();
	});
	const quiet = async () => {
		while (performance.now() - lastData < quietMs) await new Promise(resolve => setTimeout(resolve, quietMs / 4));
	};
	try {
		await until(() => ready.test(output.replace(ansi, '')), `${ready}`, timeoutMs);
		await new Promise(resolve => setTimeout(resolve, settleMs));
		const latencies: number[] = [];
		for (const key of keys) {
			await quiet();
			const before = output.length;
			const start = performance.now();
			child.stdin!.write(key);
			await until(() => output.length > before, 'a frame after the key', 10_000);
			latencies.push(performance.now() - start);
		}
		return latencies;
	} finally {
		await stop(child, quitKeys, 120_000);
	}
}
