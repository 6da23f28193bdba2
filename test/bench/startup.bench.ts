// Cold start of the inbox in a real pseudo-terminal, against its floor measured
// the same way in the same run: a bare `node -e ''`, and node reading and
// parsing the same file with JSON.parse. Measured twice: the very first start
// (no snapshot, nothing kept: every request is classified), and a start after a
// session that quit (the snapshot drawn first, the suggestions kept).
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {median, timeToOutput} from './measure.js';
import type {BenchContext} from './types.js';
import {maxOf} from '../../source/core/arrays.js';

export const name = 'startup';

export const targets = {firstFrameMs: {max: 300}, inboxRssAtFirstFrameMB: {max: 400}, inboxPeakRssMB: {max: 400}};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const node = quote(process.execPath);
// The header of the first frame counts the pending requests.
const firstFrame = /pending/i;
// The status bar once the database is there and every suggestion shown: the key hints, no "loading…" or "classifying…".
const ready = /\d+\/\d+ · j\/k move/;
const runs = 5;

export async function run({file}: BenchContext): Promise<Record<string, number>> {
	const inbox = `exec ${node} ${quote(path.join(root, 'dist', 'cli.js'))} --db ${quote(file)}`;
	const long = {quitKeys: 'q', timeoutMs: 600_000, quitTimeoutMs: 120_000};
	// The first start ever: no snapshot, nothing kept. Quitting writes both; the
	// second cold start, timed until every request is classified, leaves them whole.
	const cold = await timeToOutput(inbox, firstFrame, {quitKeys: 'q', quitTimeoutMs: 120_000});
	await Promise.all(['inbox', 'suggestions'].map(kept => rm(`${file}.${kept}`, {force: true})));
	const coldReady = await timeToOutput(inbox, ready, long);

	const frame: number[] = [];
	const whole: number[] = [];
	const memory: number[] = [];
	const peak: number[] = [];
	const floorNode: number[] = [];
	const floorParse: number[] = [];
	const parse = `JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write("pending")`;
	// Interleaved, so that a busy moment on the machine hits all alike.
	for (let index = 0; index < runs; index++) {
		floorNode.push((await timeToOutput(`exec ${node} -e 'process.stdout.write("pending")'`, firstFrame)).ms);
		floorParse.push((await timeToOutput(`exec ${node} -e ${quote(parse)} ${quote(file)}`, firstFrame)).ms);
		const started = await timeToOutput(inbox, firstFrame, {quitKeys: 'q', quitTimeoutMs: 120_000});
		frame.push(started.ms);
		if (started.peakRssMB) memory.push(started.peakRssMB);
		const loaded = await timeToOutput(inbox, ready, long);
		whole.push(loaded.ms);
		if (loaded.peakRssMB) peak.push(loaded.peakRssMB);
	}
	const firstFrameMs = median(frame);
	const floorNodeMs = median(floorNode);
	const floorParseMs = median(floorParse);
	return {
		floorNodeMs,
		floorParseMs,
		firstFrameMs,
		firstFrameMaxMs: maxOf(frame),
		firstFrameRatio: firstFrameMs / floorNodeMs,
		// Until the database is parsed and swapped in, with every suggestion (kept from the last session).
		readyMs: median(whole),
		readyRatio: median(whole) / floorParseMs,
		firstFrameNoSnapshotMs: cold.ms,
		readyNoCacheMs: coldReady.ms,
		inboxRssAtFirstFrameMB: median(memory),
		inboxPeakRssMB: median(peak),
	};
}
