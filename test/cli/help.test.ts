import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commands} from '../../source/cli/commands.js';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

async function decidedDb() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const file = await writeDocument(directory, sampleDocument());
	expect((await runCli(['import', 'generic', file, '--db', db])).code).toBe(0);
	expect((await runCli(['decide', 'r-003', '--as', 'ignore', '--db', db])).code).toBe(0);
	return {directory, db, file};
}

const named = commands.filter(command => command.name !== 'inbox');

describe('help', () => {
	it('has a page for every command, by help CMD, CMD --help and CMD -h, that touches no data', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'never-created.json');
		for (const command of named) {
			const forms = [['help', command.name], [command.name, '--help'], [command.name, '-h']];
			const results = await Promise.all(forms.map(args => runCli([...args, '--db', db])));
			for (const [index, result] of results.entries()) {
				const args = forms[index]!;
				expect(result.code, args.join(' ')).toBe(0);
				expect(result.stdout, args.join(' ')).toContain(`netinbox ${command.name} — ${command.summary}`);
				expect(result.stdout).toContain('Examples');
				expect(result.stdout).toContain(`$ ${command.examples[0]}`);
				expect(result.stdout).toContain(db);
			}
		}
		expect(existsSync(db)).toBe(false);
	}, 120_000);

	it('lists every command in the overview', async () => {
		const result = await runCli(['--help']);
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		for (const command of named) expect(lines.some(line => line.startsWith(`    ${command.name}`) && line.endsWith(command.summary)), command.name).toBe(true);
		expect(result.stdout).toContain('netinbox help COMMAND');
	});

	it('never runs the command it explains', async () => {
		const {db, file} = await decidedDb();
		const before = await readFile(db);
		// Each of these once did what it was asked to explain: undid, imported, dumped the database.
		for (const args of [['undo', '--help'], ['undo', '-h'], ['export', '--help', '--json'], ['decide', 'r-001', '--as', 'spam', '--help'], ['import', 'auto', file, '--help'], ['--demo', '--reset', '--help']]) {
			const result = await runCli([...args, '--db', db]);
			expect(result.code, args.join(' ')).toBe(0);
			expect(result.stdout, args.join(' ')).toContain('Usage');
			expect(result.stdout).not.toContain('"requests"');
		}
		expect(await readFile(db)).toEqual(before);
		const exported = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout);
		expect(exported.requests.find((request: {id: string}) => request.id === 'r-003').status).toBe('ignored');
	});

	it('names a flag the command does not take, with where to look, and exits 2', async () => {
		for (const [args, text] of [[['stats', '--frob'], 'stats has no option --frob; see netinbox help stats'], [['undo', '--as', 'ignore'], 'undo has no option --as'], [['help', 'frobnicate'], 'unknown command "frobnicate"'], [['--reset'], '--reset only resets the demo']] as const) {
			const result = await runCli([...args]);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr).toContain(text);
		}
	});
});

describe('--demo on every command', () => {
	it('reads and writes the demo database, and says where it lives', async () => {
		const directory = await tempDir();
		const env = {XDG_DATA_HOME: path.join(directory, 'data'), XDG_CONFIG_HOME: path.join(directory, 'config')};
		const demoDb = path.join(directory, 'data', 'netinbox', 'demo.json');
		const stats = await runCli(['stats', '--demo'], {env});
		expect(stats.code).toBe(0);
		expect(stats.stdout).toContain(`database: ${demoDb}`);
		expect(existsSync(demoDb)).toBe(true);
		const help = await runCli(['--help'], {env});
		expect(help.stdout).toContain(demoDb);
		const pending = JSON.parse((await runCli(['classify', '--json', '--demo'], {env})).stdout) as {id: string}[];
		expect(pending.length).toBeGreaterThan(10);
		expect((await runCli(['decide', pending[0]!.id, '--as', 'ignore', '--demo'], {env})).code).toBe(0);
		const exported = JSON.parse((await runCli(['export', '--json', '--demo'], {env})).stdout);
		expect(exported.requests.find((request: {id: string}) => request.id === pending[0]!.id).status).toBe('ignored');
		const both = await runCli(['stats', '--demo', '--db', path.join(directory, 'x.json')], {env});
		expect(both.code).toBe(2);
	});
});
