// `netinbox people --same | merge | unmerge | not-same` as a user runs them: the
// real CLI on a real database file, and the file read back after each change.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/cli-process.js';
import {runCli} from '../helpers/cli.js';

const corpus = path.resolve('test/fixtures/search-b/people.json');
let dir: string;
let db: string;
const run = (...args: string[]) => runCli([...args, '--db', db], {env: {NO_COLOR: '1'}});
const file = async () => JSON.parse(await readFile(db, 'utf8')) as {people: Array<{id: string; name: string; aliases: string[]}>; interactions: Array<{person: string}>; identity?: {merges: unknown[]; notSame: unknown[]}};

beforeAll(async () => {
	assertBuilt();
	dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-people-'));
	db = path.join(dir, 'db.json');
	expect((await run('import', 'generic', corpus)).code).toBe(0);
});

afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('netinbox people', () => {
	test('--same lists the pairs with their reasons; --json for scripts', async () => {
		const text = await run('people', '--same');
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(/^\d+ pairs of records that are probably one person/);
		expect(text.stdout).toMatch(/p56 +Josef Huber[^\n]*\n +p57 +Sepp Huber[^\n]*\n +· Josef Huber goes by Sepp in your records/);
		const pairs = JSON.parse((await run('people', '--same', '--json')).stdout) as Array<{a: {id: string}; b: {id: string}; reasons: string[]}>;
		expect(pairs.some(pair => pair.a.id === 'p56' && pair.b.id === 'p57' && pair.reasons.length >= 2)).toBe(true);
	});

	test('merge, then unmerge: the file holds one record, then both again', async () => {
		const before = await file();
		const merged = await run('people', 'merge', 'p1', 'p2');
		expect(merged.code).toBe(0);
		expect(merged.stdout).toBe('Merged Matze (p2) into Matthias Obermaier (p1) (m1): 2 interactions and 0 requests moved, names and handles joined. Take it back with netinbox people unmerge m1.\n');
		const after = await file();
		expect(after.people.some(person => person.id === 'p2')).toBe(false);
		expect(after.people.find(person => person.id === 'p1')!.aliases).toContain('Matze');
		expect(after.interactions.filter(interaction => interaction.person === 'p2')).toEqual([]);
		expect((await run('whois', 'Matze', '--json')).stdout).toContain('"name": "Matthias Obermaier"');
		expect((await run('people', '--merges')).stdout).toMatch(/^m1 +\d{4}-\d\d-\d\d {2}Matze \(p2\) into Matthias Obermaier \(p1\)\n$/);

		const back = await run('people', 'unmerge', 'm1');
		expect(back.code).toBe(0);
		expect(back.stdout).toBe('Took back m1: Matthias Obermaier (p1) and Matze (p2) are two records again.\n');
		const restored = await file();
		expect(restored.people).toEqual(before.people);
		expect(restored.interactions).toEqual(before.interactions);
		expect((await run('people', 'unmerge', 'm1')).code).toBe(1);
	});

	test('not-same is remembered across runs', async () => {
		const before = (await run('people', '--same', '--json')).stdout;
		expect(before).toContain('"id": "p61"');
		expect((await run('people', 'not-same', 'p60', 'p61')).stdout).toBe('p60 and p61 will not be proposed as one person again.\n');
		expect((await run('people', '--same', '--json')).stdout).not.toContain('"id": "p61"');
		expect((await file()).identity!.notSame).toHaveLength(1);
	});

	test('usage errors exit 2 and change nothing; help never runs the command', async () => {
		const before = await readFile(db, 'utf8');
		expect((await run('people', 'merge', 'p1')).code).toBe(2);
		expect((await run('people', 'frob')).code).toBe(2);
		const help = await run('people', 'merge', 'p1', 'p2', '--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('people merge KEEP OTHER folds OTHER into KEEP');
		expect((await run('people', 'merge', 'p1', 'p999')).code).toBe(1);
		expect(await readFile(db, 'utf8')).toBe(before);
	});
});
