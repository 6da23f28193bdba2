// Opening the Stats screen in-process: the inbox in a fake 120×40 terminal,
// timed from the key to the frame that shows the charts.
import {performance} from 'node:perf_hooks';
import {render} from 'ink';
import {createElement} from 'react';
import {App} from '../../source/app.js';
import {Classifier} from '../../source/core/classifier/index.js';
import type {Database} from '../../source/core/model.js';
import {networkStats} from '../../source/core/stats/index.js';
import {Keyboard, Terminal} from './inbox.bench.js';

export const name = 'stats';
export const targets = {statsOpenMs: {max: 100}};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(ctx: {db: Database}): Promise<Record<string, number>> {
	// The figures alone, in core, from cold caches (the command pays this after classifying).
	const classifier = Classifier.build(ctx.db);
	const suggestions = new Map(ctx.db.requests.map(request => [request.key, classifier.suggest(request)]));
	const t0 = performance.now();
	networkStats(ctx.db, {suggestions, sameText: key => classifier.sameText(key)});
	const coreMs = performance.now() - t0;

	const stdout = new Terminal();
	const stdin = new Keyboard();
	const firstFrame = new Promise<void>(resolve => (stdout.onWrite = resolve));
	const instance = render(createElement(App, {db: ctx.db, save: async () => undefined}), {
		stdout: stdout as never,
		stdin: stdin as never,
		stderr: new Terminal() as never,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await firstFrame;

	async function timeKey(key: string, shows: (frame: string) => boolean): Promise<number> {
		const start = performance.now();
		const frame = new Promise<void>(resolve => (stdout.onWrite = () => shows(stdout.last) && resolve()));
		stdin.press(key);
		await frame;
		return performance.now() - start;
	}
	const open = () => timeKey('c', frame => frame.includes('Your network at a glance'));
	const close = () => timeKey('q', frame => !frame.includes('Your network at a glance'));

	// Right after the first frame, while the classifier still works through the requests.
	const whileClassifying = await open();
	await close();
	while (stdout.last.includes('classifying')) await new Promise(resolve => setTimeout(resolve, 20));
	// A moment after the suggestions, as a user opens it: the figures are counted in the background by then.
	await new Promise(resolve => setTimeout(resolve, 1500));
	const first = await open();
	await close();
	const again: number[] = [];
	for (let index = 0; index < 10; index++) {
		again.push(await open());
		await close();
	}
	// The same terminal redrawn for a key that only moves the cursor: what any frame costs on this machine now.
	const moving: number[] = [];
	for (let index = 0; index < 10; index++) moving.push(await timeKey(index % 2 === 0 ? 'j' : 'k', () => true));
	// A decision changes the requests and the suggestions: the next opening counts again.
	await timeKey('i', () => true);
	const afterDecision = await open();
	await close();
	instance.unmount();
	return {
		'stats figures in core, cold (ms)': coreMs,
		'Stats screen opened while classifying (ms)': whileClassifying,
		statsOpenMs: first,
		'Stats screen reopened, median of 10 (ms)': median(again),
		'Stats screen opened after a decision (ms)': afterDecision,
		'for comparison: keypress → frame, moving, median of 10 (ms)': median(moving),
	};
}
