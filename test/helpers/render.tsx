// Renders the inbox in a fake terminal and drives it by command name.
import {render} from 'ink-testing-library';
import {expect, vi} from 'vitest';
import {App} from '../../source/app.js';
import type {Database} from '../../source/core/model.js';
import {keymap, keysOf, type Command} from '../../source/ui/keymap.js';
import {eventTimeout} from './patience.js';

const raw: Record<string, string> = {
	down: '\u001B[B', up: '\u001B[A', pageDown: '\u001B[6~', pageUp: '\u001B[5~', return: '\r', escape: '\u001B',
	tab: '\t', 'shift+tab': '\u001B[Z', space: ' ', backspace: '\u007F', 'ctrl+c': '\u0003', 'ctrl+o': '\u000F', 'ctrl+n': '\u000E', 'ctrl+p': '\u0010',
	left: '\u001B[D', right: '\u001B[C', home: '\u001B[H', end: '\u001B[F', 'ctrl+a': '\u0001', 'ctrl+e': '\u0005', 'ctrl+w': '\u0017',
};

/** The bytes a terminal sends for a key name of the keymap. */
export function bytesOf(key: string): string {
	return raw[key] ?? key;
}

export function renderApp(db: Database, options: {save?: (data: Database) => Promise<void>; now?: Date} = {}) {
	const saved: Database[] = [];
	const save = options.save ?? (async (data: Database) => {
		saved.push(data);
	});
	const instance = render(<App db={db} save={save} now={options.now ?? new Date('2026-11-26T12:00:00Z')} />);
	const frame = () => instance.lastFrame() ?? '';

	/** Waits until the frame satisfies the check; never sleeps a fixed time. */
	async function waitForFrame(check: (frame: string) => boolean | void, message?: string): Promise<string> {
		await vi.waitFor(() => {
			const current = frame();
			const result = check(current);
			expect(result === undefined || result, message ?? `frame did not match:\n${current}`).toBeTruthy();
		}, {timeout: eventTimeout, interval: 10});
		return frame();
	}

	/** Presses the first key bound to a command and waits for the frame to change. */
	async function press(command: Command, expectChange = true): Promise<string> {
		const key = keysOf(command, keymap)[0];
		if (!key) throw new Error(`no key for ${command}`);
		return type(bytesOf(key), expectChange);
	}

	async function type(text: string, expectChange = true): Promise<string> {
		const before = frame();
		instance.stdin.write(text);
		if (expectChange) return waitForFrame(current => current !== before, `no change after ${JSON.stringify(text)}`);
		return frame();
	}

	/** Waits until the first frame is drawn and the classifier has suggested every request. */
	const ready = () => waitForFrame(current => /\d+\/\d+/.test(current) && !current.includes('classifying'), 'the inbox never finished classifying');

	return {...instance, frame, press, type, waitForFrame, ready, saved};
}
