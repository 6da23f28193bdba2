// Keypress → frame of the whole process in a real pseudo-terminal, side by side
// with its floor: a raw-mode program that redraws one line per key. The inbox
// is measured at 120×40 and 200×60, after a first session left its snapshot and
// suggestions (the start a user has every day).
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {keyLatencies, median, p95, timeToOutput} from './measure.js';
import type {BenchContext} from './types.js';

export const name = 'keys';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const node = quote(process.execPath);
const ready = /\d+\/\d+ · j\/k move/;
const floorProgram = `process.stdin.setRawMode(true); process.stdout.write("ready\\n"); let n = 0;
process.stdin.on("data", data => { if (data[0] === 113) process.exit(0); process.stdout.write("\\r\\u001b[2Kline " + (++n)); });`;
const moves = Array.from({length: 60}, (_, index) => (index % 10 === 9 ? 'k' : 'j'));

export async function run({file}: BenchContext): Promise<Record<string, number>> {
	const inbox = `exec ${node} ${quote(path.join(root, 'dist', 'cli.js'))} --db ${quote(file)}`;
	// The first session classifies everything and keeps it for the next start.
	await timeToOutput(inbox, ready, {quitKeys: 'q', timeoutMs: 600_000, quitTimeoutMs: 120_000});
	const floor = await keyLatencies(`exec ${node} -e ${quote(floorProgram)}`, /ready/, moves);
	const out: Record<string, number> = {floorMedianMs: median(floor), floorP95Ms: p95(floor)};
	for (const [columns, rows] of [[120, 40], [200, 60]] as const) {
		// Once started, the inbox builds its classifier and search index while idle: keys are timed after that.
		const keys = await keyLatencies(inbox, ready, moves, {columns, rows, settleMs: 5000});
		out[`moving${columns}x${rows}MedianMs`] = median(keys);
		out[`moving${columns}x${rows}P95Ms`] = p95(keys);
		out[`moving${columns}x${rows}OverFloorP95Ms`] = p95(keys) - p95(floor);
	}
	return out;
}
