// Keypress → frame in-process: the inbox rendered into a fake 120×40 and 200×60 terminal,
// timed from the key's bytes to the frame Ink writes for it.
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {render} from 'ink';
import {createElement} from 'react';
import {App} from '../../source/app.js';
import type {Database} from '../../source/core/model.js';

class Terminal extends EventEmitter {
	constructor(readonly columns = 120, readonly rows = 40) {
		super();
	}

	isTTY = true;
	onWrite: (() => void) | undefined;
	frames = 0;
	last = '';
	write = (frame: string) => {
		this.frames++;
		this.last = frame;
		this.onWrite?.();
		return true;
	};
}

class Keyboard extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	press(data: string) {
		this.data = data;
		this.emit('readable');
	}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const name = 'inbox';

export async function run(ctx: {db: Database}): Promise<Record<string, number>> {
	const wide = await measure(ctx.db, 120, 40);
	const wider = await measure(structuredClone(ctx.db), 200, 60);
	return {...wide, ...Object.fromEntries(Object.entries(wider).filter(([metric]) => metric.startsWith('keypress')).map(([metric, value]) => [`${metric} 200×60`, value]))};
}

async function measure(db: Database, columns: number, rows: number): Promise<Record<string, number>> {
	const stdout = new Terminal(columns, rows);
	const stdin = new Keyboard();
	const started = performance.now();
	const firstFrame = new Promise<void>(resolve => (stdout.onWrite = resolve));
	const saves: Database[] = [];
	const instance = render(createElement(App, {db, save: async data => void saves.push(data)}), {
		stdout: stdout as never,
		stdin: stdin as never,
		stderr: new Terminal() as never,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await firstFrame;
	const first = performance.now() - started;
	// Keys are timed once the classifier has made its first pass (it runs in slices after the first frame).
	while (stdout.last.includes('classifying')) await new Promise(resolve => setTimeout(resolve, 20));
	const classified = performance.now() - started;

	// CPU time besides the wall clock: other processes sharing the two cores stretch the one, hardly the other.
	const cpu: number[] = [];
	async function timeKey(key: string): Promise<number> {
		const frame = new Promise<void>(resolve => (stdout.onWrite = resolve));
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		stdin.press(key);
		await frame;
		const used = process.cpuUsage(c0);
		cpu.push((used.user + used.system) / 1000);
		return performance.now() - t0;
	}

	const moving: number[] = [];
	for (let index = 0; index < 200; index++) moving.push(await timeKey(index % 10 === 9 ? 'k' : 'j'));
	const deciding: number[] = [];
	for (let index = 0; index < 100; index++) deciding.push(await timeKey('i'));
	instance.unmount();
	moving.sort((a, b) => a - b);
	deciding.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	return {
		'inbox first frame in-process (ms)': first,
		'inbox all suggestions shown in-process (ms)': classified,
		'keypress → frame, moving, median (ms)': quantile(moving, 0.5),
		'keypress → frame, moving, p95 (ms)': quantile(moving, 0.95),
		'keypress → frame, deciding, median (ms)': quantile(deciding, 0.5),
		'keypress → frame, deciding, p95 (ms)': quantile(deciding, 0.95),
		'keypress → frame, cpu, median (ms)': quantile(cpu, 0.5),
		'keypress → frame, cpu, p95 (ms)': quantile(cpu, 0.95),
	};
}
