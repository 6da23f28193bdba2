// Large imports through the real command. Spreading a big array into a call's
// arguments (`push(...list)`, `Math.max(...list)`) overflows the stack past ~100k
// elements; a lint rule forbids it, and this shows the whole path holds.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {generateDatabase} from '../bench/generate.js';
import {assertBuilt, runCli} from '../helpers/cli-process.js';
import {writeGeneric} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';

const scale = {requests: 2_000, people: 6_000, interactions: 150_000, seed: 12};

describe('a generic import of 150,000 interactions, through netinbox import', () => {
	beforeAll(assertBuilt);

	it('imports everything, and the commands that read the whole database work on it', async () => {
		const directory = await tempDir();
		const source = path.join(directory, 'big.json');
		await writeGeneric(source, generateDatabase(scale));
		const db = path.join(directory, 'db.json');
		const imported = await runCli(['import', 'generic', source, '--db', db, '--json']);
		expect(imported.stderr).toBe('');
		expect(imported.code).toBe(0);
		const summary = JSON.parse(imported.stdout) as {interactions: {added: number}; requests: {added: number}; problems: unknown[]};
		expect(summary.problems).toEqual([]);
		expect(summary.interactions.added).toBe(scale.interactions);
		expect(summary.requests.added).toBe(scale.requests);
		expect(JSON.parse(await readFile(db, 'utf8')).interactions).toHaveLength(scale.interactions);

		const classified = await runCli(['classify', '--json', '--db', db]);
		expect(classified.stderr).toBe('');
		expect(classified.code).toBe(0);
		expect((JSON.parse(classified.stdout) as unknown[]).length).toBeGreaterThan(0);
		const found = await runCli(['whois', 'a', '--json', '--db', db]);
		expect(found.stderr).toBe('');
		expect(found.code).toBe(0);
	}, 240_000);
});
