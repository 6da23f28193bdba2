// kill -9 the CLI at random moments of `import generic`: afterwards the database
// loads and holds either the old or the new content, never a mix.
import {copyFile, mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {serializeDatabase} from '../../source/core/store/serialize.js';
import {generateDatabase, Random} from '../bench/generate.js';
import {assertBuilt, runCli, startCli} from '../helpers/cli-process.js';
import {delay, expectRecovered, onDisk, whenWriting} from '../helpers/crash-check.js';
import {makeDatabase, writeDatabase, writeGeneric} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';

const kills = 50;

describe('kill -9 during import', () => {
	beforeAll(assertBuilt);

	it(`leaves the old or the new database, whole, at ${kills} random moments`, {timeout: 180_000}, async () => {
		const work = await tempDir('netinbox-kill-import-');
		const base = path.join(work, 'base.json');
		await writeDatabase(base, makeDatabase({requests: 150, people: 300, interactions: 2000, seed: 21}));
		const source = path.join(work, 'import.json');
		await writeGeneric(source, generateDatabase({requests: 100, people: 200, interactions: 1500, seed: 22}));
		const before = await readFile(base);

		// The uninterrupted import, to know the new content and how long a run takes.
		const reference = path.join(work, 'reference', 'db.json');
		await mkdir(path.dirname(reference));
		await copyFile(base, reference);
		const started = performance.now();
		const clean = await runCli(['import', 'generic', source, '--db', reference]);
		const runMs = performance.now() - started;
		expect(clean.code, clean.stderr).toBe(0);
		const after = await readFile(reference);
		expect(after.equals(before)).toBe(false);

		const random = new Random(2024);
		// Kill points follow the end of a run as the machine's speed changes: a little later after a kill, earlier after a finished run (about four in five runs are killed).
		let scale = 1;
		let killed = 0;
		let outcomes = {old: 0, new: 0};
		for (let attempt = 0; killed < kills && attempt < kills * 3; attempt++) {
			const file = path.join(work, `case-${attempt}`, 'db.json');
			await mkdir(path.dirname(file));
			await copyFile(base, file);
			const run = startCli(['import', 'generic', source, '--db', file]);
			// Every third kill aims at the write itself: inside it, or just after the rename.
			if (attempt % 3 === 2) await whenWriting(run.child, file, random.next() < 0.5 ? 0 : random.next() * 15);
			else await delay(runMs * scale * (0.3 + 0.8 * random.next()));
			run.child.kill('SIGKILL');
			const result = await run.done;
			if (result.signal === 'SIGKILL') killed++;
			if (attempt % 3 !== 2) scale *= result.signal === 'SIGKILL' ? 1.05 : 0.8;

			// What a reader sees now: the file with any journal the killed process left beside it.
			const content = serializeDatabase(await onDisk(file));
			const isOld = content === before.toString('utf8');
			expect(isOld || content === after.toString('utf8'), `case ${attempt}: neither old nor new`).toBe(true);
			// A confirmation on screen means the import is on disk.
			if (result.stdout.includes('Imported (')) expect(isOld).toBe(false);
			outcomes = {old: outcomes.old + (isOld ? 1 : 0), new: outcomes.new + (isOld ? 0 : 1)};
			await expectRecovered(file);
			if (attempt % 10 === 0) {
				const next = await runCli(['import', 'generic', source, '--db', file]);
				expect(next.code, next.stderr).toBe(0);
				expect((await readFile(file)).equals(after)).toBe(true);
			}
		}
		expect(killed).toBe(kills);
		// Both outcomes happen, or the delays never reached the write.
		expect(outcomes.old).toBeGreaterThan(0);
		expect(outcomes.new).toBeGreaterThan(0);
	});
});
