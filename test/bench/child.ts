// One bench step in a process of its own, so that each module's timings and
// peak memory are its own: `prepare` generates a scale's document and imports it
// through the real `netinbox import generic`; `module` loads the database and runs
// one bench module. Started by run.ts only.
import {spawnSync} from 'node:child_process';
import {copyFile, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Store} from '../../source/core/store/store.js';
import {generateDatabase} from './generate.js';
import type {BenchModule, Scale} from './types.js';

type Request =
	| {mode: 'prepare'; scale: Scale; seed: number; dir: string}
	| {mode: 'module'; scale: Scale; module: string; dir: string; tmpDir: string; out: string};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

async function prepare({scale, seed, dir}: Extract<Request, {mode: 'prepare'}>): Promise<void> {
	const building = `${dir}.${process.pid}.building`;
	await rm(building, {recursive: true, force: true});
	await mkdir(building, {recursive: true});
	let start = performance.now();
	const document = generateDatabase({...scale, seed});
	const generateMs = performance.now() - start;
	const generic = path.join(building, 'generic.json');
	await writeFile(generic, JSON.stringify(document) + '\n');
	// Through the real command, as a user imports: what it cannot take, the bench sees too.
	start = performance.now();
	const cli = path.join(root, 'dist', 'cli.js');
	const imported = spawnSync(process.execPath, [...process.execArgv.filter(flag => flag.startsWith('--max-old-space-size')), cli, 'import', 'generic', generic, '--db', path.join(building, 'db.json'), '--json'], {
		env: {...process.env, NODE_ENV: 'production'},
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const importCommandMs = performance.now() - start;
	if (imported.status !== 0) throw new Error(`netinbox import generic failed (exit ${imported.status}): ${imported.stderr.slice(0, 2000)}`);
	const summary = JSON.parse(imported.stdout) as {interactions: {added: number}; problems: unknown[]};
	if (summary.problems.length > 0 || summary.interactions.added !== scale.interactions) {
		throw new Error(`generated document imported with problems: ${imported.stdout.slice(0, 2000)}`);
	}
	const metrics = {generateMs, importCommandMs, peakRssMB: peakRssMB()};
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
