// Escape sequences in what errors quote (file names on disk and inside archives,
// label keys, snippets of a broken file) and in --json output never reach the
// terminal raw: the real CLI, real files, the payload catalogue.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {zipSync} from 'fflate';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt, runCli} from '../helpers/cli-process.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {dangerous, payloads} from '../helpers/payloads.js';
import {tempDir} from '../helpers/temp.js';

/** A payload as a file name: no slash, no NUL (the only bytes a name cannot hold). */
const asName = (payload: string) => payload.replace(/[/\u0000]/g, '_');

function expectInert(output: string) {
	expect(output).not.toMatch(dangerous);
}

describe('error messages quote untrusted text inertly', () => {
	beforeAll(assertBuilt);

	it('names a broken file whose name and content carry escape sequences', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		for (const [label, payload] of Object.entries(payloads)) {
			const file = path.join(directory, `${asName(payload)}.json`);
			await writeFile(file, `{"format": "netinbox/v1", "people": [${JSON.stringify(payload).slice(0, -1)}\u001b]0;pwned\u0007 ]}`);
			const result = await runCli(['import', 'generic', file, '--db', db]);
			expect(result.code, label).toBe(1);
			expect(result.stderr, label).toMatch(/not valid JSON/);
			expectInert(result.stderr);
		}
	});

	it('names a broken entry inside a zip archive whose name carries escape sequences', async () => {
		const directory = await tempDir();
		const entries: Record<string, Uint8Array> = {};
		entries[`export/${asName(payloads['OSC 0 window title (BEL)']!)}\u009b2J.json`] = new TextEncoder().encode('{"format": "netinbox/v1", "people": [');
		const archive = path.join(directory, 'export.zip');
		await writeFile(archive, zipSync(entries));
		const result = await runCli(['import', 'generic', archive, '--db', path.join(directory, 'db.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('export.zip');
		expectInert(result.stderr);
	});

	it('quotes a label file key and a broken database inertly', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		const labels = path.join(directory, 'labels.json');
		await writeFile(labels, JSON.stringify({labels: {[`${payloads['CSI clear screen and home']!}\u009b2J`]: 'nonsense\u001b]2;x\u0007'}}));
		await writeFile(db, JSON.stringify(sampleDocumentAsDb()));
		const evaluated = await runCli(['eval', labels, '--db', db]);
		expect(evaluated.code).toBe(1);
		expect(evaluated.stderr).toMatch(/not a label file: labels\..*fake prompt/);
		expectInert(evaluated.stderr);

		const broken = path.join(directory, 'broken.json');
		await writeFile(broken, `{"version": 1, "me": {"name": "\u001b]0;pwned\u0007\u009b2J\u202e" ,,}`);
		const stats = await runCli(['stats', '--db', broken]);
		expect(stats.code).toBe(1);
		expect(stats.stderr).toMatch(/not valid JSON at line 1/);
		expectInert(stats.stderr);
	});
});

function sampleDocumentAsDb() {
	return {version: 1, me: {handles: {}}, settings: {strictness: 'default'}, people: [], requests: [], interactions: [], journal: [], counters: {person: 0, interaction: 0, journal: 0}};
}

describe('--json output', () => {
	beforeAll(assertBuilt);

	it('escapes C1 controls, DEL and bidi overrides, and parses back to the same text', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		const document = sampleDocument();
		const names = Object.values(payloads).filter(payload => !payload.includes('\r'));
		document.people = document.people.map(person => ({...person, name: `${person.name} ${names.join(' ')}`}));
		const file = await writeDocument(directory, document);
		expect((await runCli(['import', 'generic', file, '--db', db])).code).toBe(0);
		for (const args of [['export', '--json'], ['people', '--json'], ['classify', '--json', '--all']]) {
			const result = await runCli([...args, '--db', db]);
			expect(result.code, result.stderr).toBe(0);
			expectInert(result.stdout);
			expectInert(result.stderr);
		}
		const exported = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout) as {people: Array<{name: string}>};
		expect(exported.people.map(person => person.name)).toEqual(document.people.map(person => person.name));
	});
});
