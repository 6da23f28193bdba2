// The real CLI as a subprocess (`npm run build` first: npm test does).
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {WhoisMatch} from '../../source/commands/whois.js';
import {peopleFile} from '../fixtures/search/load.js';

const cli = path.resolve('dist/cli.js');
let dir: string;
let db: string;

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args, '--db', db], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

beforeAll(async () => {
	if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
	dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-whois-'));
	db = path.join(dir, 'db.json');
	expect(run('import', 'generic', peopleFile).code).toBe(0);
});

afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('netinbox whois', () => {
	test('finds a half-remembered name and says how the user knows them', () => {
		const {code, stdout} = run('whois', 'Mr.', 'brenneisn');
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toMatch(/^Bernd Brenneisen \(p\d+\) · know well$/);
		expect(stdout).toContain('met in person 1×');
		expect(stdout).toContain('name mixes Cyrillic and Latin letters');
	});

	test('--json: person with the ids it was imported under, score, verdict, card', () => {
		const {code, stdout} = run('whois', 'anna hafen', '--json', '--limit', '2');
		expect(code).toBe(0);
		const matches = JSON.parse(stdout) as WhoisMatch[];
		expect(matches).toHaveLength(2);
		expect(matches[0]!.person.name).toBe('Anna Müller');
		expect(matches[0]!.person.sources).toEqual([{format: 'generic', id: 'p-002'}]);
		expect(matches[0]!.verdict).toBe('know well');
		expect(typeof matches[0]!.score).toBe('number');
		expect(matches[0]!.score).toBeGreaterThanOrEqual(matches[1]!.score);
		expect(matches[0]!.card).toMatchObject({verdict: 'know well', met: {count: 1}, tags: ['barcamp', 'ux']});
		expect(matches[0]!.card.connections).toEqual([{network: 'xing', since: '2024-05-02', via: 'contact'}]);
	});

	test('exit code 1 when nothing matches', () => {
		const text = run('whois', 'xqzvw');
		expect(text.code).toBe(1);
		expect(text.stdout).toContain('No one in your records matches "xqzvw"');
		const json = run('whois', 'xqzvw', '--json');
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toEqual([]);
	});

	test('someone not in the records: "no one named", the nearest as not the same person, exit 1', () => {
		const text = run('whois', 'Thomas', 'Schulz');
		expect(text.code).toBe(1);
		const lines = text.stdout.trim().split('\n');
		expect(lines[0]).toBe('No one named "Thomas Schulz" in your records. Nearest, not the same person:');
		expect(lines[1]).toMatch(/^ {2}Thomas Müller \(p\d+\) · know well — only “Thomas” in name “Thomas Müller”; nothing of theirs matches “Schulz”$/);
		const json = run('whois', 'Thomas', 'Schulz', '--json');
		expect(json.code).toBe(1);
		const matches = JSON.parse(json.stdout) as WhoisMatch[];
		expect(matches.length).toBeGreaterThan(0);
		for (const match of matches) expect(match.match).toBe('partial');
		expect(matches[0]!.missing).toEqual(['schulz']);
	});

	test('every match says how it matched, in words and in --json', () => {
		const context = run('whois', 'at', 'Hafen', 'Digital', '--limit', '1');
		expect(context.code).toBe(0);
		expect(context.stdout.split('\n')[1]).toBe('  match      as written: company “Hafen Digital GmbH”');
		const misspelt = JSON.parse(run('whois', 'brennesien', '--json').stdout) as WhoisMatch[];
		expect(misspelt[0]).toMatchObject({match: 'fuzzy', matched: [{field: 'name', words: ['brennesien'], value: 'Bernd Brenneisen'}], missing: []});
		expect(run('whois', 'Tom', 'Müller').stdout.split('\n')[1]).toBe('  match      another name of theirs: name “Thomas Müller”; alias “Tom Müller”');
	});

	test('usage errors: no query, a bad --limit', () => {
		expect(run('whois').code).toBe(2);
		expect(run('whois', 'anna', '--limit', '0').code).toBe(2);
	});
});

describe('netinbox vouch / unvouch', () => {
	test('an ambiguous name is refused with the ids to choose from; an id is taken', () => {
		const refused = run('vouch', 'Oliver', 'Brandes');
		expect(refused.code).toBe(1);
		// Each candidate with its id, its networks and how well you know them.
		expect(refused.stderr).toMatch(/matches several people: p\d+ Oliver Brandes \([a-z, ]+; know well\); p\d+ Oliver Brandes \([a-z, ]*;? ?never interacted\)/);
		const id = /: (p\d+) Oliver Brandes \([^)]*know well\)/.exec(refused.stderr)![1]!;
		const vouched = run('vouch', id, '--note', 'best photographer I know');
		expect(vouched.code).toBe(0);
		expect(vouched.stdout).toContain(`Vouched for Oliver Brandes (${id}): best photographer I know.`);
		const card = JSON.parse(run('whois', id, '--json').stdout)[0];
		expect(card.card.vouched).toMatchObject({note: 'best photographer I know'});
		expect(run('unvouch', id).stdout).toContain(`No longer vouching for Oliver Brandes (${id}).`);
		expect(run('unvouch', id).stdout).toContain('nothing changed');
	});
});

describe('netinbox audit', () => {
	test('lists connected contacts without meeting, dialogue or note', () => {
		const {code, stdout} = run('audit', '--json');
		expect(code).toBe(0);
		const ids = (JSON.parse(stdout) as Array<{person: {sources: Array<{id: string}>}}>).map(entry => entry.person.sources[0]!.id);
		expect(ids).toEqual(expect.arrayContaining(['p-013', 'p-020', 'p-030', 'p-039', 'p-044', 'p-050', 'p-054', 'p-062', 'p-063']));
		for (const known of ['p-002', 'p-006', 'p-031', 'p-053']) expect(ids).not.toContain(known);
		expect(run('audit').stdout).toMatch(/contact\(s\) you are connected with but could not vouch for/);
	});
});

describe('untrusted names reach the terminal defused', () => {
	test('escape sequences in a name are shown inert', async () => {
		const file = path.join(dir, 'evil.json');
		await writeFile(file, JSON.stringify({
			format: 'netinbox/v1',
			people: [{id: 'e1', name: 'Evil\u001B]0;owned\u0007 Zyxwort', notes: '\u001B[2Jwipe', connectedOn: {linkedin: '2020-01-01'}}],
			interactions: [],
			requests: [],
		}));
		expect(run('import', 'generic', file).code).toBe(0);
		const whois = run('whois', 'zyxwort');
		expect(whois.code).toBe(0);
		expect(whois.stdout).toContain('Zyxwort');
		expect(whois.stdout).not.toMatch(/[\u0007\u001B]/);
		expect(run('audit').stdout).not.toMatch(/[\u0007\u001B]/);
		expect(JSON.parse(await readFile(db, 'utf8')).people.some((p: {name: string}) => p.name.includes('\u001B'))).toBe(true);
	});
});
