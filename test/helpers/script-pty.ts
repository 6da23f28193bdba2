// A program in a real pseudo-terminal (util-linux `script`), for tests that need
// the inbox itself: wait for text on its screen, type, end it.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {eventTimeout} from './patience.js';

const ansi = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export type PtyProcess = {
	/** Resolves with everything shown so far once `pattern` appears; rejects if the program ends first. */
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
	type(keys: string): void;
	/** The pid of the program itself (not of `script`). */
	programPid(): number;
	/** kill -9 of the program and of `script`; resolves once the program is gone. */
	kill(): Promise<void>;
	exited: Promise<number | null>;
};

function isRunning(pid: number): boolean {
	try {
		// A zombie still answers kill(0): look at its state too.
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

export function startInPty(command: string[], {rows = 30, columns = 120} = {}): PtyProcess {
	// Ink draws nothing until exit when CI is set at all.
	const {CI: _ci, ...env} = process.env;
	const child = spawn('script', ['-qfec', `stty rows ${rows} cols ${columns}; exec ${command.map(quote).join(' ')}`, '/dev/null'], {
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
		env: {...env, TERM: 'xterm-256color', NODE_ENV: 'production'},
	});
	let screen = '';
	const listeners = new Set<() => void>();
	child.stdout!.on('data', (chunk: Buffer) => {
		screen += chunk.toString('utf8');
		for (const listener of listeners) listener();
	});
	const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
	return {
		waitFor(pattern, timeoutMs = eventTimeout) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const plain = screen.replace(ansi, '');
					if (!pattern.test(plain)) return false;
					listeners.delete(check);
					clearTimeout(timer);
					resolve(plain);
					return true;
				};
				const timer = setTimeout(() => {
					listeners.delete(check);
					reject(new Error(`${pattern} did not appear; screen: ${screen.replace(ansi, '').slice(-400)}`));
				}, timeoutMs);
				void exited.then(() => {
					if (listeners.delete(check)) {
						clearTimeout(timer);
						reject(new Error(`ended before ${pattern}; screen: ${screen.replace(ansi, '').slice(-400)}`));
					}
				});
				if (!check()) listeners.add(check);
			});
		},
		type: keys => child.stdin!.write(keys),
		programPid() {
			return Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
		},
		async kill() {
			// The program runs in a session of its own on the pseudo-terminal: killing script's group does not reach it.
			let program: number | undefined;
			try {
				program = this.programPid();
				process.kill(program, 'SIGKILL');
			} catch {
				// Already gone.
			}
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// Already gone.
			}
			while (program && isRunning(program)) await new Promise(resolve => setTimeout(resolve, 5));
		},
		exited,
	};
}
