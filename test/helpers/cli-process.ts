// The real CLI as a subprocess: `node dist/cli.js …` (built by `npm run build`).
import {spawn, type ChildProcess} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = path.join(root, 'dist', 'cli.js');

function newestSource(directory: string): number {
	let newest = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const full = path.join(directory, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** Fails early and clearly when dist/cli.js is missing or older than the sources it is built from. */
export function assertBuilt(): void {
	const built = statSync(cliPath, {throwIfNoEntry: false})?.mtimeMs;
	if (built === undefined) throw new Error(`${cliPath} is missing: run npm run build first (npm test does)`);
	if (built < newestSource(path.join(root, 'source'))) throw new Error(`${cliPath} is older than source/: run npm run build first (npm test does)`);
}

export type CliRun = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): {child: ChildProcess; done: Promise<CliRun>; stdout(): string} {
	const child = spawn(process.execPath, [cliPath, ...args], {
		cwd: root,
		env: {...process.env, NODE_ENV: 'production', ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	// Decoded as a stream: a character split between two chunks stays whole.
	child.stdout!.setEncoding('utf8');
	child.stderr!.setEncoding('utf8');
	child.stdout!.on('data', (chunk: string) => (stdout += chunk));
	child.stderr!.on('data', (chunk: string) => (stderr += chunk));
	const done = new Promise<CliRun>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}));
	});
	return {child, done, stdout: () => stdout};
}

export function runCli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
	return startCli(args, env).done;
}
