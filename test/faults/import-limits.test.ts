// Imports at the edges: a CSV field that never ends, thousands of small files.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt, runCli} from '../helpers/cli-process.js';
import {tempDir} from '../helpers/temp.js';

describe('import limits', () => {
	beforeAll(assertBuilt);

	it('refuses a CSV record longer than any export writes, naming the file and line, and writes nothing', async () => {
		const directory = await tempDir();
		const exportDir = path.join(directory, 'linkedin');
		await mkdir(exportDir);
		const rows = ['Notes:', '"Some email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
			'Anna,Berg,https://www.linkedin.com/in/anna-berg,,Hafen,Lead,08 Jul 2024',
			`Carl,Dorn,https://www.linkedin.com/in/carl-dorn,,"${'x'.repeat(17 * 1024 * 1024)}`, 'Eva,Falk,https://www.linkedin.com/in/eva,,,,01 Jan 2025'];
		const csv = path.join(exportDir, 'Connections.csv');
		await writeFile(csv, rows.join('\n'));
		const db = path.join(directory, 'db.json');
		const result = await runCli(['import', 'linkedin', exportDir, '--db', db]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`netinbox: ${csv}, line 6: a record longer than 16 million characters. No export writes one: a quote was never closed, or this is not an export file. Nothing was imported.\n`);
		await expect(readFile(db)).rejects.toThrow(/ENOENT/);
	}, 60_000);

	it('imports a folder of 3,000 vCard files, one person each', async () => {
		const directory = await tempDir();
		const cards = path.join(directory, 'cards');
		await mkdir(cards);
		const count = 3000;
		for (let i = 0; i < count; i++) {
			await writeFile(path.join(cards, `${i}.vcf`), `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.org\r\nEND:VCARD\r\n`);
		}
		const result = await runCli(['import', 'auto', cards, '--db', path.join(directory, 'db.json'), '--json']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as {people: {added: number}}).people.added).toBe(count);
	}, 120_000);
});
