// Damaged exports, made at random from the samples: every run must end in a
// clean import or a clear NetinboxError, and a failed run must leave the
// database byte for byte as it was.
import {existsSync} from 'node:fs';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {NetinboxError} from '../../../source/core/errors.js';
import {readCsv} from '../../../source/core/importers/csv.js';
import {copySample, importInto, readDb, tempDir, zipFolder} from './helpers.js';

const networks = ['linkedin', 'facebook', 'twitter', 'mastodon', 'vcard'];

/** mulberry32: small, seeded, so a failing case can be replayed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function filesUnder(dir: string): Promise<string[]> {
	return (await readdir(dir, {recursive: true, withFileTypes: true})).filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name));
}

function quote(cell: string): string {
	return `"${cell.replace(/"/g, '""')}"`;
}

/** The same CSV with its columns in another order, from the header on (a preamble stays). */
export function shuffleColumns(text: string, next: () => number): string {
	const {rows} = readCsv(text);
	const header = rows.findIndex(row => row.cells.length > 2);
	if (header === -1) return text;
	const width = rows[header]!.cells.length;
	const order = [...Array(width).keys()].sort(() => next() - 0.5);
	const lines = text.split('\n').slice(0, rows[header]!.line - 1);
	for (const row of rows.slice(header)) lines.push(order.map(at => quote(row.cells[at] ?? '')).join(','));
	return lines.join('\n');
}

function shuffleKeys(value: unknown, next: () => number): unknown {
	if (Array.isArray(value)) return value.map(item => shuffleKeys(item, next));
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).sort(() => next() - 0.5).map(([key, item]) => [key, shuffleKeys(item, next)]));
}

function mutate(bytes: Buffer, next: () => number, file: string): {bytes: Buffer; how: string} {
	const pick = Math.floor(next() * 6);
	const at = Math.floor(next() * Math.max(1, bytes.length));
	switch (pick) {
		case 0:
			return {bytes: bytes.subarray(0, at), how: `truncate ${file} at ${at}`};
		case 1: {
			const copy = Buffer.from(bytes);
			const flips = 1 + Math.floor(next() * 8);
			for (let i = 0; i < flips && copy.length > 0; i++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
			return {bytes: copy, how: `flip ${flips} bytes in ${file}`};
		}
		case 2: {
			if (file.endsWith('.csv')) return {bytes: Buffer.from(shuffleColumns(bytes.toString('utf8'), next)), how: `shuffle columns of ${file}`};
			if (file.endsWith('.json')) {
				try {
					return {bytes: Buffer.from(JSON.stringify(shuffleKeys(JSON.parse(bytes.toString('utf8')), next), null, 1)), how: `shuffle keys of ${file}`};
				} catch {
					return {bytes, how: 'none'};
				}
			}
			return {bytes: Buffer.concat([bytes, bytes]), how: `double ${file}`};
		}
		case 3:
			return {bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from('\u001b[2J\u0000"\r\n,;=\\'), bytes.subarray(at)]), how: `insert control characters into ${file} at ${at}`};
		case 4:
			return {bytes: Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(next() * 200)))]), how: `cut a piece out of ${file} at ${at}`};
		default:
			return {bytes: Buffer.alloc(0), how: `empty ${file}`};
	}
}

describe('damaged exports', () => {
	it('end in a clean import or a clear error, never a crash or a half-written database', async () => {
		const seed = Number(process.env.NETINBOX_FUZZ_SEED ?? Date.now() % 100_000);
		const runs = Number(process.env.NETINBOX_FUZZ_RUNS ?? 120);
		const next = random(seed);
		const outcomes = {imported: 0, refused: 0};
		const base = path.join(await tempDir(), 'db.json');
		await importInto(base, 'vcard', [await copySample('vcard')]);
		const baseBytes = await readFile(base);
		for (let run = 0; run < runs; run++) {
			const network = networks[Math.floor(next() * networks.length)]!;
			const dir = await copySample(network);
			const files = await filesUnder(dir);
			const hows: string[] = [];
			for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
				const file = files[Math.floor(next() * files.length)]!;
				const {bytes, how} = mutate(await readFile(file), next, path.relative(dir, file));
				await writeFile(file, bytes);
				hows.push(how);
			}
			let target = dir;
			if (next() < 0.3) {
				target = path.join(await tempDir(), `${network}.zip`);
				let zip: Buffer = Buffer.from(await zipFolder(dir));
				if (next() < 0.5) {
					const mutated = mutate(zip, next, 'the zip');
					zip = mutated.bytes;
					hows.push(mutated.how);
				}
				await writeFile(target, zip);
			}
			const db = path.join(await tempDir(), 'db.json');
			await writeFile(db, baseBytes);
			const format = next() < 0.5 ? 'auto' : network;
			const context = `seed ${seed}, run ${run}: import ${format} ${network} after ${hows.join('; ')}`;
			try {
				const result = await importInto(db, format, [target]);
				// The file is whole and valid: the store checks the schema on open.
				const data = await readDb(db);
				expect(data.people.length, context).toBeGreaterThanOrEqual(5);
				expect(result.problems.every(problem => problem.file && problem.message), context).toBe(true);
				outcomes.imported++;
			} catch (error) {
				if (!(error instanceof NetinboxError)) throw new Error(`${context}: ${(error as Error).stack}`, {cause: error});
				expect((error as Error).message, context).toMatch(/\S/);
				expect(await readFile(db), context).toEqual(baseBytes);
				outcomes.refused++;
			}
			expect(existsSync(db), context).toBe(true);
		}
		expect(outcomes.imported + outcomes.refused).toBe(runs);
		// Both ends are exercised: damage that still imports, and damage that is refused.
		if (runs >= 50) expect(outcomes.imported * outcomes.refused, JSON.stringify(outcomes)).toBeGreaterThan(0);
	});

	it('reads CSV columns by name: any column order imports the same records', async () => {
		const next = random(7);
		for (const network of ['linkedin', 'mastodon']) {
			const plain = await copySample(network);
			const shuffled = await copySample(network);
			for (const file of (await filesUnder(shuffled)).filter(name => name.endsWith('.csv'))) {
				await writeFile(file, shuffleColumns(await readFile(file, 'utf8'), next));
			}
			const now = {now: new Date('2026-03-01T00:00:00Z')};
			const [a, b] = [path.join(await tempDir(), 'db.json'), path.join(await tempDir(), 'db.json')];
			await importInto(a, network, [plain], now);
			await importInto(b, network, [shuffled], now);
			const [left, right] = [await readDb(a), await readDb(b)];
			expect(right.people).toEqual(left.people);
			expect(right.requests).toEqual(left.requests);
			expect(right.interactions).toEqual(left.interactions);
		}
	});
});
