// A real terminal for end-to-end tests: the CLI runs inside a private tmux
// server; tests type keys and read the screen, polling instead of sleeping.
import {execFileSync} from 'node:child_process';
import {vi, expect} from 'vitest';
import {cliPath} from './cli.js';
import {eventTimeout} from './patience.js';

let counter = 0;

export function hasTmux(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export class TmuxSession {
	private readonly socket = `netinbox-test-${process.pid}-${++counter}`;

	constructor(args: string[], env: Record<string, string> = {}, size = {columns: 120, rows: 36}) {
		const assignments = Object.entries({TERM: 'xterm-256color', ...env}).map(([key, value]) => `${key}=${quote(value)}`);
		const command = `env -u CI ${assignments.join(' ')} ${quote(process.execPath)} ${quote(cliPath)} ${args.map(quote).join(' ')}; echo EXITED rc=$?; sleep 600`;
		this.tmux(['new-session', '-d', '-s', 't', '-x', String(size.columns), '-y', String(size.rows), command]);
	}

	private tmux(args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
	}

	/** The screen as text; with `escapes`, with the colour and weight codes the terminal holds. */
	screen(escapes = false): string {
		return this.tmux(['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', 't']);
	}

	title(): string {
		return this.tmux(['display', '-p', '-t', 't', '#{pane_title}']).trim();
	}

	/** Sends keys by tmux name (`j`, `Space`, `Enter`, `Escape`, `C-c`) or literal text with `literal`. */
	send(...keys: string[]): void {
		this.tmux(['send-keys', '-t', 't', ...keys]);
	}

	/** A server option, e.g. set-clipboard on, so OSC 52 from the app reaches the paste buffer. */
	setOption(name: string, value: string): void {
		this.tmux(['set-option', '-s', name, value]);
	}

	/** The newest paste buffer (what OSC 52 copied), or '' when there is none. */
	buffer(): string {
		try {
			return this.tmux(['show-buffer']);
		} catch {
			return '';
		}
	}

	type(text: string): void {
		this.tmux(['send-keys', '-t', 't', '-l', text]);
	}

	async waitFor(check: (screen: string) => boolean, what: string, timeout = eventTimeout): Promise<string> {
		let screen = '';
		await vi.waitFor(() => {
			screen = this.screen();
			expect(check(screen), `waiting for ${what}; screen:\n${screen}`).toBe(true);
		}, {timeout, interval: 50});
		return screen;
	}

	/** Whether the terminal shows its cursor (a program that hides it must show it again when it ends). */
	cursorVisible(): boolean {
		return this.tmux(['display', '-p', '-t', 't', '#{cursor_flag}']).trim() === '1';
	}

	/** Resizes the terminal, as a user dragging the window would. */
	resize(columns: number, rows: number): void {
		this.tmux(['resize-window', '-t', 't', '-x', String(columns), '-y', String(rows)]);
	}

	kill(): void {
		try {
			this.tmux(['kill-server']);
		} catch {
			// Already gone.
		}
	}
}
