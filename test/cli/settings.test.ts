import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

describe('netinbox settings', () => {
	it('shows and sets the strictness, and the suggestions follow it', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await runCli(['import', 'generic', await writeDocument(directory, sampleDocument()), '--db', db]);
		expect((await runCli(['settings', '--db', db])).stdout).toContain('strictness: default');
		const suggestionOf = async (id: string) => {
			const rows = JSON.parse((await runCli(['classify', '--json', '--db', db])).stdout) as Array<{id: string; suggestion: string}>;
			return rows.find(row => row.id === id)!.suggestion;
		};
		expect(await suggestionOf('r-003')).toBe('ignore');
		const strict = await runCli(['settings', '--strictness', 'strict', '--json', '--db', db]);
		expect(JSON.parse(strict.stdout)).toEqual({strictness: 'strict', learning: true});
		expect(await suggestionOf('r-003')).toBe('spam');
		const wrong = await runCli(['settings', '--strictness', 'harsh', '--db', db]);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('--strictness must be one of default, strict, lenient');
	});
});
