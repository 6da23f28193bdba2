// The real CLI as a user runs it, against copies of the sample exports.
import {execFile} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, it} from 'vitest';
import {copySample, tempDir, writeFiles, zipFolder} from '../core/importers/helpers.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const run = promisify(execFile);

type Outcome = {code: number; stdout: string; stderr: string};

async function netinbox(args: string[]): Promise<Outcome> {
	try {
		const {stdout, stderr} = await run(process.execPath, [cli, ...args], {env: {...process.env, NODE_ENV: 'production'}, maxBuffer: 16 * 1024 * 1024});
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

async function newestSource(dir: string): Promise<number> {
	let newest = 0;
	for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
		if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

beforeAll(async () => {
	// `npm test` builds first; a stale or missing bundle is rebuilt so this file also runs alone.
	if (!existsSync(cli) || statSync(cli).mtimeMs < (await newestSource(path.join(root, 'source')))) {
		await run(process.execPath, [path.join(root, 'esbuild.config.js')], {cwd: root});
	}
}, 60_000);

describe('netinbox import', () => {
	it('imports every sample export with one command, then finds nothing new', async () => {
		const samples = await copySample();
		const db = path.join(await tempDir(), 'db.json');
		const first = await netinbox(['import', 'auto', samples, '--db', db]);
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toContain('Read linkedin: connections, invitations, messages');
		expect(first.stdout).toMatch(/Imported \(linkedin\+twitter\+mastodon\+vcard\+facebook\):/);
		expect(first.stdout).toMatch(/requests +19 added/);
		expect(first.stdout).toContain('messages.csv: line 9: sponsored message');
		// Not a terminal: no progress bar.
		expect(first.stderr).toBe('');
		const second = await netinbox(['import', samples, '--db', db]);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('Nothing changed.');
		// X followers are named by id, with the link that shows who they are.
		const people = await netinbox(['people', '--db', db]);
		expect(people.stdout).toMatch(/X user 294857103 {2}· twitter · https:\/\/x\.com\/i\/user\/294857103/);
	});

	it('shows a dry run of a zip archive as JSON and writes nothing', async () => {
		const dir = await tempDir();
		const zip = path.join(dir, 'Basic_LinkedInDataExport_02-12-2026.zip');
		await writeFile(zip, await zipFolder(await copySample('linkedin')));
		const db = path.join(dir, 'db.json');
		const result = await netinbox(['import', 'linkedin', zip, '--dry-run', '--json', '--db', db]);
		expect(result.code, result.stderr).toBe(0);
		const summary = JSON.parse(result.stdout);
		expect(summary).toMatchObject({format: 'linkedin', written: false, requests: {added: 8}, people: {added: 14, skipped: 1}});
		expect(existsSync(db)).toBe(false);
	});

	it('explains a damaged archive, a wrong file and an unknown format, writing nothing', async () => {
		const dir = await tempDir();
		const bytes = await zipFolder(await copySample('twitter'));
		const zip = path.join(dir, 'twitter.zip');
		await writeFile(zip, bytes.subarray(0, bytes.length - 30));
		const db = path.join(dir, 'db.json');
		const broken = await netinbox(['import', 'auto', zip, '--db', db]);
		expect(broken.code).toBe(1);
		expect(broken.stderr).toMatch(/^netinbox: .*twitter\.zip: not a readable zip archive/);
		const vcf = path.join(await copySample('vcard'), 'contacts.vcf');
		const wrong = await netinbox(['import', 'facebook', vcf, '--db', db]);
		expect(wrong.code).toBe(1);
		expect(wrong.stderr).toMatch(/contacts\.vcf: not a facebook export file/);
		const unknown = await netinbox(['import', 'orkut', vcf, '--db', db]);
		expect(unknown.code).toBe(2);
		expect(existsSync(db)).toBe(false);
	});

	it('prints names with escape sequences harmlessly and lists same-name people as suggestions', async () => {
		const dir = await writeFiles({'evil.vcf': 'BEGIN:VCARD\nVERSION:3.0\nFN:Anja M\u00fcller\u001b]0;pwned\u0007\u001b[2J\nEMAIL:a@example.com\nEND:VCARD\n'});
		const db = path.join(dir, 'db.json');
		expect((await netinbox(['import', 'auto', await copySample('linkedin'), await copySample('facebook'), path.join(dir, 'evil.vcf'), '--db', db])).code).toBe(0);
		const text = await netinbox(['people', '--duplicates', '--db', db]);
		expect(text.code).toBe(0);
		expect(text.stdout).not.toContain('\u001b');
		expect(text.stdout).toContain('Anja Müller␛]0;pwned');
		const json = JSON.parse((await netinbox(['people', '--duplicates', '--json', '--db', db])).stdout);
		const anja = json.find((group: {name: string}) => group.name === 'Anja Müller');
		expect(anja.people.map((person: {sources: string[]}) => person.sources.join('+')).sort()).toEqual(['facebook', 'linkedin', 'vcard']);
	});
});
