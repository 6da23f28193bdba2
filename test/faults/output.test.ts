// Output that cannot be written: `netinbox export --json > /dev/full`.
import {spawn} from 'node:child_process';
import {existsSync, openSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt, cliPath} from '../helpers/cli-process.js';
import {makeDatabase, writeDatabase} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';

describe.skipIf(!existsSync('/dev/full'))('stdout on a full device', () => {
	beforeAll(assertBuilt);

	it('says that the output could not be written, exit 1, no stack trace', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await writeDatabase(file, makeDatabase({requests: 20, people: 40, interactions: 100, seed: 91}));
		for (const args of [['export', '--json'], ['stats', '--json'], ['people']]) {
			const child = spawn(process.execPath, [cliPath, ...args, '--db', file], {stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], env: {...process.env, NODE_ENV: 'production'}});
			let stderr = '';
			child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			const code = await new Promise<number | null>(resolve => child.on('close', resolve));
			expect(code).toBe(1);
			expect(stderr).toBe('netinbox: cannot write the output: ENOSPC: no space left on device, write. Anything the command changed was saved before it printed.\n');
		}
	});
});
