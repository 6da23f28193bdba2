import {readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

async function importedDb() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const file = await writeDocument(directory, sampleDocument());
	const result = await runCli(['import', 'generic', file, '--db', db]);
	expect(result.code).toBe(0);
	return {directory, db, file};
}

describe('netinbox CLI', () => {
	it('prints help with every command and examples', async () => {
		const result = await runCli(['--help']);
		expect(result.code).toBe(0);
		for (const command of ['import', 'export', 'decide', 'undo', 'stats', '--demo', 'Examples']) {
			expect(result.stdout).toContain(command);
		}
	});

	it('prints its version', async () => {
		const result = await runCli(['--version']);
		expect(result.code).toBe(0);
		expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('exits 2 on an unknown command, flag or decision', async () => {
		for (const args of [['frobnicate'], ['stats', '--frob'], ['decide', 'r-1', '--as', 'maybe'], ['decide', 'r-1'], ['import']]) {
			const result = await runCli(args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr).not.toBe('');
		}
	});

	it('refuses to open the inbox without a terminal', async () => {
		const directory = await tempDir();
		const result = await runCli(['--db', path.join(directory, 'db.json')]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('needs a terminal');
	});

	it('round-trips every record of an import through export --json', async () => {
		const {db} = await importedDb();
		const result = await runCli(['export', '--json', '--db', db]);
		expect(result.code).toBe(0);
		const exported = JSON.parse(result.stdout);
		const document = sampleDocument();
		expect(exported.me).toEqual(document.me);
		for (const person of document.people) {
			const match = exported.people.find((p: {sources: Array<{id: string}>}) => p.sources.some(s => s.id === person.id));
			expect(match, String(person.id)).toMatchObject({...person, id: expect.any(String), sources: [{format: 'generic', id: person.id}]});
		}
		const personOf = (id: string) => exported.people.find((p: {id: string}) => p.id === id).sources[0].id;
		for (const request of document.requests) {
			const match = exported.requests.find((r: {id: string}) => r.id === request.id);
			expect(match).toMatchObject({network: request.network, receivedAt: request.receivedAt, message: request.message, status: 'pending'});
			expect(personOf(match.from)).toBe(request.from);
		}
		for (const interaction of document.interactions) {
			const match = exported.interactions.find((i: {at: string; kind: string}) => i.at === interaction.at && i.kind === interaction.kind);
			expect(match).toMatchObject({...interaction, person: expect.any(String)});
			expect(personOf(match.person)).toBe(interaction.person);
		}
		expect(exported.people.some((p: {name: string}) => p.name === 'Steve Keller')).toBe(false);
	});

	it('creates the database readable only by its owner', async () => {
		const {db} = await importedDb();
		expect((await stat(db)).mode & 0o777).toBe(0o600);
	});

	it('decides, undoes after a restart, and reports it as JSON', async () => {
		const {db} = await importedDb();
		const decided = await runCli(['decide', 'r-002', 'r-003', '--as', 'ignore', '--json', '--db', db]);
		expect(decided.code).toBe(0);
		expect(JSON.parse(decided.stdout).changes).toEqual([
			{request: 'linkedin:r-002', from: 'pending', to: 'ignored'},
			{request: 'linkedin:r-003', from: 'pending', to: 'ignored'},
		]);
		await runCli(['decide', 'xing:r-001', '--as', 'accept', '--db', db]);
		const undone = await runCli(['undo', '--db', db]);
		expect(undone.stdout).toContain('xing:r-001: accepted → pending');
		const undoneBatch = await runCli(['undo', '--json', '--db', db]);
		expect(JSON.parse(undoneBatch.stdout).changes).toHaveLength(2);
		const exported = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout);
		expect(exported.requests.map((r: {status: string}) => r.status)).toEqual(['pending', 'pending', 'pending']);
		expect(exported.journal).toHaveLength(3);
		expect(exported.journal.every((entry: {undoneAt?: string}) => entry.undoneAt)).toBe(true);
		expect(exported.journal.filter((entry: {bulk: boolean}) => entry.bulk)).toHaveLength(2);
		const nothing = await runCli(['undo', '--db', db]);
		expect(nothing.code).toBe(1);
		expect(nothing.stderr).toContain('nothing to undo');
	});

	it('says which request id it does not know', async () => {
		const {db} = await importedDb();
		const result = await runCli(['decide', 'r-999', '--as', 'spam', '--db', db]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('no request with id "r-999"');
	});

	it('counts requests by status, network and month', async () => {
		const {db} = await importedDb();
		await runCli(['decide', 'r-003', '--as', 'spam', '--db', db]);
		const result = await runCli(['stats', '--json', '--db', db]);
		const stats = JSON.parse(result.stdout);
		expect(stats.byStatus).toMatchObject({pending: 2, spam: 1});
		expect(stats.byNetwork.linkedin).toMatchObject({pending: 1, spam: 1});
		expect(stats.byMonth['2026-11']).toMatchObject({pending: 2, spam: 1});
		expect((await runCli(['stats', '--db', db])).stdout).toContain('3 requests from 3 people');
	});

	it('refuses a corrupt database, names where, and leaves it untouched', async () => {
		const {db} = await importedDb();
		const broken = (await readFile(db, 'utf8')).replace('"status":"pending"', '"status":"maybe"');
		await writeFile(db, broken);
		const result = await runCli(['decide', 'r-001', '--as', 'accept', '--db', db]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/invalid database at requests\[0\]\.status/);
		expect(await readFile(db, 'utf8')).toBe(broken);
	});

	it('uses $NETINBOX_DB and otherwise the XDG data directory', async () => {
		const directory = await tempDir();
		const file = await writeDocument(directory, sampleDocument());
		const viaEnv = path.join(directory, 'env.json');
		expect((await runCli(['import', 'generic', file], {env: {NETINBOX_DB: viaEnv}})).code).toBe(0);
		await stat(viaEnv);
		const xdg = path.join(directory, 'xdg');
		const env = {NETINBOX_DB: '', XDG_DATA_HOME: xdg};
		expect((await runCli(['import', 'generic', file], {env})).code).toBe(0);
		await stat(path.join(xdg, 'netinbox', 'db.json'));
	});

	it('tells a second writer which process holds the database', async () => {
		const {db} = await importedDb();
		await writeFile(`${db}.lock`, JSON.stringify({pid: process.pid, host: (await import('node:os')).hostname(), command: 'netinbox (inbox)', since: '2026-11-26T10:00:00Z'}));
		const result = await runCli(['decide', 'r-001', '--as', 'accept', '--db', db]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`in use by netinbox process ${process.pid} (netinbox (inbox))`);
		// Reading does not need the lock.
		expect((await runCli(['stats', '--db', db])).code).toBe(0);
	});
});

describe('netinbox in a pipe', () => {
	it('stops quietly when the reader closes the pipe early', async () => {
		const {db} = await importedDbForPipe();
		const {spawnSync} = await import('node:child_process');
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" export --json --db "${db}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {encoding: 'utf8'});
		expect(result.stdout.trim()).toBe('0');
		expect(result.stderr).not.toContain('EPIPE');
	});
});

async function importedDbForPipe() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const document = sampleDocument();
	for (let index = 0; index < 2000; index++) document.people.push({id: `x-${index}`, name: `Person ${index}`, notes: 'x'.repeat(200)});
	await runCli(['import', 'generic', await writeDocument(directory, document), '--db', db]);
	return {db};
}
