// `npm run bench`: runs every test/bench/*.bench.ts over a synthetic database
// of 30,000 people and prints what each one measured.
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Database} from '../../source/core/model.js';
import {syntheticPeople} from './search-people.js';

type Bench = {name: string; run: (ctx: {db: Database}) => Promise<Record<string, number>>};

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const db = syntheticPeople(30_000);
for (const file of (await readdir(here)).filter(name => name.endsWith('.bench.ts')).sort()) {
	const bench = (await import(pathToFileURL(path.join(here, file)).href)) as Bench;
	if (only && bench.name !== only) continue;
	const result = await bench.run({db});
	process.stdout.write(`${bench.name}\n${Object.entries(result).map(([key, value]) => `  ${key.padEnd(22)} ${value}`).join('\n')}\n`);
}
