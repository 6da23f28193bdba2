// One bench step in a process of its own, so that each module's timings and
// peak memory are its own: `prepare` generates and imports a scale's database,
// `module` loads it and runs one bench module. Started by run.ts only.
import {copyFile, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {Store} from '../../source/core/store/store.js';
import {generateDatabase, importDocument} from './generate.js';
import type {BenchModule, Scale} from './types.js';

type Request =
	| {mode: 'prepare'; scale: Scale; seed: number; dir: string}
	| {mode: 'module'; scale: Scale; module: string; dir: string; tmpDir: string; out: string};

const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

async function prepare({scale, seed, dir}: Extract<Request, {mode: 'prepare'}>): Promise<void> {
	const building = `${dir}.${process.pid}.building`;
	await rm(building, {recursive: true, force: true});
	await mkdir(building, {recursive: true});
	let start = performance.now();
	const document = generateDatabase({...scale, seed});
	const generateMs = performance.now() - start;
	await writeFile(path.join(building, 'generic.json'), JSON.stringify(document) + '\n');
	const {db, timings} = importDocument(document, 'generic.json');
	start = performance.now();
	const store = await Store.open(path.join(building, 'db.json'), {write: true, command: 'bench prepare'});
	await store.save(db);
	await store.close();
	const metrics = {generateMs, importParseMs: timings.parseMs, importMergeMs: timings.mergeMs, firstSaveMs: performance.now() - start, peakRssMB: peakRssMB()};
	await writeFile(path.join(building, 'meta.json'), JSON.stringify(metrics, null, 2) + '\n');
	await rename(building, dir);
}

async function load(file: string) {
	const store = await Store.open(file);
	await store.close();
	return store.data;
}

async function runModule({scale, module, dir, tmpDir, out}: Extract<Request, {mode: 'module'}>): Promise<void> {
	const file = path.join(tmpDir, 'db.json');
	await copyFile(path.join(dir, 'db.json'), file);
	const bench = (await import(pathToFileURL(module).href)) as BenchModule;
	// No reference kept here: a module that opens its own store lets this copy go, and its memory figures show one database.
	const metrics = await bench.run({db: await load(file), file, scale, tmpDir, generic: path.join(dir, 'generic.json')});
	await writeFile(out, JSON.stringify({...metrics, peakRssMB: peakRssMB()}));
}

const request = JSON.parse(process.argv[2]!) as Request;
await (request.mode === 'prepare' ? prepare(request) : runModule(request));
// Bench modules may leave timers or handles behind; the result is written, so end here.
process.exit(0);
