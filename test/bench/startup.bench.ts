// Cold start to the first frame of the inbox in a real pseudo-terminal, against
// its floor measured the same way in the same run: a bare `node -e ''`, and node
// reading and parsing the same file with JSON.parse.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {median, timeToOutput} from './measure.js';
import type {BenchContext} from './types.js';
import {maxOf} from '../../source/core/arrays.js';

export const name = 'startup';

export const targets = {firstFrameRatio: {max: 1.5}, inboxRssAtFirstFrameMB: {max: 400}};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const node = quote(process.execPath);
// The status bar of the first frame says how many requests are pending (or that none are).
const firstFrame = /pending/;
const runs = 5;

export async function run({file}: BenchContext): Promise<Record<string, number>> {
	const frame: number[] = [];
	const memory: number[] = [];
	const floorNode: number[] = [];
	const floorParse: number[] = [];
	const parse = `JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write("pending")`;
	// Interleaved, so that a busy moment on the machine hits all three alike.
	for (let index = 0; index < runs; index++) {
		floorNode.push((await timeToOutput(`exec ${node} -e 'process.stdout.write("pending")'`, firstFrame)).ms);
		floorParse.push((await timeToOutput(`exec ${node} -e ${quote(parse)} ${quote(file)}`, firstFrame)).ms);
		const inbox = await timeToOutput(`exec ${node} ${quote(path.join(root, 'dist', 'cli.js'))} --db ${quote(file)}`, firstFrame, {quitKeys: 'q'});
		frame.push(inbox.ms);
		if (inbox.peakRssMB) memory.push(inbox.peakRssMB);
	}
	const firstFrameMs = median(frame);
	const floorParseMs = median(floorParse);
	return {
		floorNodeMs: median(floorNode),
		floorParseMs,
		firstFrameMs,
		firstFrameMaxMs: maxOf(frame),
		firstFrameRatio: firstFrameMs / floorParseMs,
		inboxRssAtFirstFrameMB: median(memory),
	};
}
