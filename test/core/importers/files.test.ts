import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {zipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {NetinboxError} from '../../../source/core/errors.js';
import {copySample, importInto, readDb, tempDir, writeFiles, zipFolder} from './helpers.js';

describe('folders and zip archives', () => {
	it('imports a folder holding several networks\' archives, passing over files it does not read', async () => {
		const samples = await copySample();
		const dir = await tempDir();
		await writeFile(path.join(dir, 'linkedin.zip'), await zipFolder(path.join(samples, 'linkedin')));
		await writeFile(path.join(dir, 'twitter.zip'), zipSync({
			...Object.fromEntries(Object.entries(await filesOf(path.join(samples, 'twitter')))),
			'__MACOSX/data/._follower.js': new Uint8Array([0, 5, 22, 7]),
			'data/tweets-media/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
		}));
		await writeFiles({'vcards/contacts.vcf': await readFile(path.join(samples, 'vcard', 'contacts.vcf')), 'notes.txt': 'my notes'}, dir);
		const db = path.join(await tempDir(), 'db.json');
		const result = await importInto(db, 'auto', [dir]);
		expect(result.format).toBe('linkedin+twitter+vcard');
		expect(result.files.map(file => path.relative(dir, file.file)).sort()).toEqual([
			'linkedin.zip:Connections.csv', 'linkedin.zip:Invitations.csv', 'linkedin.zip:messages.csv',
			'twitter.zip:data/account.js', 'twitter.zip:data/direct-messages.js', 'twitter.zip:data/follower.js', 'twitter.zip:data/following.js',
			'vcards/contacts.vcf',
		]);
	});

	it('reports progress over all files of all formats, ending at the total', async () => {
		const calls: Array<[number, number]> = [];
		await importInto(path.join(await tempDir(), 'db.json'), 'auto', [await copySample()], {onProgress: (done, total) => calls.push([done, total])});
		const total = calls[0]![1];
		expect(calls.every(([, t]) => t === total)).toBe(true);
		expect(calls.every(([done], at) => at === 0 || done >= calls[at - 1]![0])).toBe(true);
		expect(calls.at(-1)![0]).toBe(total);
	});

	it('stops with a clear error on a truncated archive and writes nothing', async () => {
		const dir = await tempDir();
		const bytes = await zipFolder(await copySample('linkedin'));
		const zip = path.join(dir, 'Basic_LinkedInDataExport.zip');
		await writeFile(zip, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
		const db = path.join(dir, 'db.json');
		const error = await importInto(db, 'auto', [zip]).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NetinboxError);
		expect((error as Error).message).toMatch(/not a readable zip archive .*Nothing was imported/);
		expect(existsSync(db)).toBe(false);
	});

	it('leaves an existing database exactly as it was when any named path cannot be read', async () => {
		const db = path.join(await tempDir(), 'db.json');
		await importInto(db, 'vcard', [await copySample('vcard')]);
		const before = await readFile(db, 'utf8');
		await expect(importInto(db, 'auto', [await copySample('linkedin'), '/no/such/export.zip'])).rejects.toThrow(/\/no\/such\/export\.zip: cannot read: no such file or folder/);
		expect(await readFile(db, 'utf8')).toBe(before);
	});

	it('refuses an unknown format name as a usage error', async () => {
		const error = await importInto(path.join(await tempDir(), 'db.json'), 'myspace', ['x']).catch((caught: unknown) => caught);
		expect(error).toMatchObject({exitCode: 2, message: expect.stringContaining('unknown import format "myspace"')});
	});

	it('reads a whole export whose files are in a zip inside the folder named', async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, 'export.zip'), await zipFolder(await copySample('facebook'), 'facebook-sabine-2026'));
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'facebook', [dir]);
		expect(result.requests.added).toBe(7);
		expect((await readDb(db)).me.name).toBe('Sabine Krämer');
	});
});

async function filesOf(dir: string): Promise<Record<string, Uint8Array>> {
	const {readdir} = await import('node:fs/promises');
	const out: Record<string, Uint8Array> = {};
	for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		out[path.relative(dir, full).split(path.sep).join('/')] = new Uint8Array(await readFile(full));
	}
	return out;
}
