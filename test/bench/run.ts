// `npm run bench [-- --scales small,medium,large] [--large] [--json] [--only store,startup] [--seed N]`
// Generates each scale's database once (cached under os.tmpdir()/netinbox-bench/),
// runs every test/bench/*.bench.ts module in a process of its own, and prints a
// table (metric × scale, with how each cost grows) or JSON.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {referenceScale, scales, type BenchModule, type Scale, type Target} from './types.js';
import {maxOf} from '../../source/core/arrays.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const cacheRoot = path.join(os.tmpdir(), 'netinbox-bench');

/** The generated files depend on the generator and on the import and save code: any change makes a new cache. */
function cacheKey(scale: Scale, seed: number): string {
	const sources = ['test/bench/generate.ts', 'test/bench/child.ts', 'test/bench/corpus.ts', 'source/core/importers/generic.ts', 'source/core/importers/generic-fast.ts',
		'source/core/importers/merge.ts', 'source/core/store/serialize.ts', 'source/core/model.ts'];
	const hash = createHash('sha256');
	for (const source of sources) hash.update(readFileSync(path.join(root, source)));
	return `${scale.name}-${scale.requests}-${scale.people}-${scale.interactions}-seed${seed}-${hash.digest('hex').slice(0, 10)}`;
}

function child(request: object, heapMB: number): void {
	const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, '--expose-gc', '--import', 'tsx', path.join(here, 'child.ts'), JSON.stringify(request)], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {...process.env, NODE_ENV: 'production'},
	});
	if (result.status !== 0) throw new Error(`bench step failed (exit ${result.status}): ${JSON.stringify(request).slice(0, 200)}`);
}

async function prepared(scale: Scale, seed: number): Promise<{dir: string; meta: Record<string, number>}> {
	const dir = path.join(cacheRoot, cacheKey(scale, seed));
	if (!existsSync(path.join(dir, 'meta.json'))) {
		process.stderr.write(`generating ${scale.name} (${scale.requests}/${scale.people}/${scale.interactions}) …\n`);
		await mkdir(cacheRoot, {recursive: true});
		child({mode: 'prepare', scale, seed, dir}, 12_000);
	}
	return {dir, meta: JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')) as Record<string, number>};
}

async function loadModules(only: string[] | undefined): Promise<Array<BenchModule & {path: string}>> {
	const files = (await readdir(here)).filter(name => name.endsWith('.bench.ts')).sort();
	const modules = await Promise.all(files.map(async name => {
		const file = path.join(here, name);
		return {...((await import(pathToFileURL(file).href)) as BenchModule), path: file};
	}));
	return only ? modules.filter(module => only.includes(module.name)) : modules;
}

type Results = Record<string, Record<string, number>>;

/** The exponent k in cost ∝ size^k between two scales: 1 is linear, 2 quadratic. */
function growth(a: number | undefined, b: number | undefined, from: Scale, to: Scale): number | undefined {
	if (!a || !b || a <= 0 || b <= 0) return undefined;
	const size = (scale: Scale) => scale.requests + scale.people + scale.interactions;
	return Math.log(b / a) / Math.log(size(to) / size(from));
}

function format(value: number | undefined, digits = 1): string {
	if (value === undefined || Number.isNaN(value)) return '–';
	return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(digits);
}

function table(chosen: Scale[], results: Results, targets: Record<string, Target>): string {
	const metrics = [...new Set(chosen.flatMap(scale => Object.keys(results[scale.name] ?? {})))];
	const width = maxOf(metrics.map(metric => metric.length + 2), 28);
	const steps = chosen.slice(1).map((scale, index) => [chosen[index]!, scale] as const);
	const header = ['metric'.padEnd(width), ...chosen.map(scale => scale.name.padStart(10)),
		...steps.map(([a, b]) => `${a.name[0]}→${b.name[0]} growth`.padStart(14)), `  target@${referenceScale}`];
	const lines = [header.join('')];
	for (const metric of metrics) {
		const values = chosen.map(scale => results[scale.name]?.[metric]);
		const target = targets[metric];
		const reference = results[referenceScale]?.[metric];
		const verdict = target ? `  ≤ ${target.max}${reference === undefined ? '' : reference <= target.max ? ' ok' : ' MISSED'}` : '';
		const exponents = metric.endsWith('Ratio') ? steps.map(() => undefined) : steps.map(([a, b]) => growth(results[a.name]?.[metric], results[b.name]?.[metric], a, b));
		lines.push([metric.padEnd(width), ...values.map(value => format(value).padStart(10)), ...exponents.map(value => format(value, 2).padStart(14)), verdict].join(''));
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const {values} = parseArgs({
		options: {
			scales: {type: 'string', default: 'small,medium'},
			large: {type: 'boolean', default: false},
			json: {type: 'boolean', default: false},
			only: {type: 'string'},
			seed: {type: 'string', default: '1'},
		},
	});
	const names = values.scales.split(',').map(name => name.trim()).filter(Boolean);
	if (values.large && !names.includes('large')) names.push('large');
	const chosen = names.map(name => {
		const scale = scales[name];
		if (!scale) throw new Error(`unknown scale "${name}"; known: ${Object.keys(scales).join(', ')}`);
		return scale;
	});
	const seed = Number(values.seed);
	const modules = await loadModules(values.only?.split(','));
	const targets: Record<string, Target> = {};
	for (const module of modules) for (const [metric, target] of Object.entries(module.targets ?? {})) targets[`${module.name}.${metric}`] = target;

	const build = spawnSync(process.execPath, ['esbuild.config.js'], {cwd: root, stdio: 'inherit'});
	if (build.status !== 0) throw new Error('npm run build failed');
	const machine = {cpus: os.cpus().length, node: process.version, loadAverageAtStart: os.loadavg()[0]!};
	const results: Results = {};
	const failures: string[] = [];
	for (const scale of chosen) {
		const {dir, meta} = await prepared(scale, seed);
		const row: Record<string, number> = (results[scale.name] = {});
		for (const [metric, value] of Object.entries(meta)) row[`prepare.${metric}`] = value;
		const heapMB = scale.name === 'large' ? 12_000 : 4_000;
		for (const module of modules) {
			process.stderr.write(`${scale.name}: ${module.name} …\n`);
			const tmpDir = await mkdtemp(path.join(os.tmpdir(), `netinbox-bench-${module.name}-`));
			const out = path.join(tmpDir, 'result.json');
			try {
				child({mode: 'module', scale, module: module.path, dir, tmpDir, out}, heapMB);
				const metrics = JSON.parse(await readFile(out, 'utf8')) as Record<string, number>;
				for (const [metric, value] of Object.entries(metrics)) row[`${module.name}.${metric}`] = value;
			} catch (error) {
				failures.push(`${scale.name} ${module.name}: ${(error as Error).message}`);
			} finally {
				await rm(tmpDir, {recursive: true, force: true});
			}
		}
	}
	const loadAverageAtEnd = os.loadavg()[0]!;
	if (values.json) {
		process.stdout.write(JSON.stringify({machine: {...machine, loadAverageAtEnd}, scales: chosen, targets, results, failures}, null, 2) + '\n');
	} else {
		process.stdout.write(`netinbox bench · ${machine.cpus} cores · node ${machine.node} · load average ${machine.loadAverageAtStart.toFixed(2)} → ${loadAverageAtEnd.toFixed(2)}\n\n`);
		process.stdout.write(table(chosen, results, targets) + '\n');
		for (const failure of failures) process.stdout.write(`FAILED ${failure}\n`);
	}
	process.exitCode = failures.length > 0 ? 1 : 0;
}

await main();
