// The store's costs and their floor: what reading and writing the one JSON file takes.
import {readFile, stat} from 'node:fs/promises';
import process from 'node:process';
import {validateDatabase} from '../../source/core/store/schema.js';
import {serializeDatabase} from '../../source/core/store/serialize.js';
import {Store} from '../../source/core/store/store.js';
import {measureBlocking, median, medianTime, processTime} from './measure.js';
import type {BenchContext} from './types.js';

export const name = 'store';

export const targets = {rssAfterLoadMB: {max: 400}};

const runs = 3;

export async function run({file}: BenchContext): Promise<Record<string, number>> {
	// The runner has just loaded the database into this process: this is the memory a loaded inbox starts from.
	globalThis.gc?.();
	const rssAfterLoadMB = process.memoryUsage().rss / 1e6;

	const floorNodeMs = median(Array.from({length: 7}, () => processTime(process.execPath, ['-e', ''])));
	const readMs = await medianTime(runs, () => readFile(file, 'utf8'));
	const text = await readFile(file, 'utf8');
	const jsonParseMs = await medianTime(runs, () => JSON.parse(text));
	const raw: unknown = JSON.parse(text);
	const validateMs = await medianTime(runs, () => validateDatabase(raw));
	const loadMs = await medianTime(runs, async () => (await Store.open(file)).close());

	const store = await Store.open(file, {write: true, command: 'bench'});
	const serializeMs = await medianTime(runs, () => serializeDatabase(store.data));
	// A save the journal cannot express (the people in another order) writes the whole file, as an import does.
	const saves = [];
	for (let index = 0; index < runs; index++) saves.push(await measureBlocking(() => store.save({...store.data, people: [...store.data.people].reverse()})));
	await store.close();

	return {
		fileMB: (await stat(file)).size / 1e6,
		floorNodeMs,
		readMs,
		jsonParseMs,
		validateMs,
		loadMs,
		serializeMs,
		wholeSaveMs: median(saves.map(save => save.ms)),
		wholeSaveBlockedMs: median(saves.map(save => save.blockedMs)),
		rssAfterLoadMB,
	};
}
