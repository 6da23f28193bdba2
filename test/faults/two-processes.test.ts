// Two netinbox processes on one file: the second is told who holds it and
// changes nothing; nothing is lost; a lock left by a killed process is taken over.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {lockPath} from '../../source/core/store/lock.js';
import type {Database} from '../../source/core/model.js';
import {Store} from '../../source/core/store/store.js';
import {assertBuilt, cliPath, runCli} from '../helpers/cli-process.js';
import {makeDatabase, writeDatabase} from '../helpers/databases.js';
import {startInPty} from '../helpers/script-pty.js';
import {tempDir} from '../helpers/temp.js';

const data = makeDatabase({requests: 60, people: 120, interactions: 600, seed: 51});
const keys = data.requests.map(request => request.key);

async function dbFile(): Promise<string> {
	const file = path.join(await tempDir(), 'db.json');
	await writeDatabase(file, data);
	return file;
}

async function statuses(file: string): Promise<Map<string, string>> {
	const store = await Store.open(file);
	await store.close();
	return new Map((store.data as Database).requests.map(request => [request.key, request.status]));
}

describe('two processes on one file', () => {
	beforeAll(assertBuilt);

	it('tells the second one who holds the file, changes nothing, and works once the first has quit', async () => {
		const file = await dbFile();
		const inbox = startInPty([process.execPath, cliPath, '--db', file]);
		try {
			await inbox.waitFor(/pending/);
			const before = await readFile(file);
			const second = await runCli(['decide', keys[0]!, '--as', 'spam', '--db', file]);
			expect(second.code).toBe(1);
			const holder = new RegExp(`^netinbox: ${file} is in use by netinbox process (\\d+) \\(netinbox \\(inbox\\)\\) since \\S+\\. Close it there first \\(the lock is ${file}\\.lock\\)\\.\\n$`);
			expect(second.stderr).toMatch(holder);
			expect(Number(holder.exec(second.stderr)![1])).toBe(inbox.programPid());
			expect(second.stdout).toBe('');
			expect((await readFile(file)).equals(before)).toBe(true);

			inbox.type('q');
			expect(await inbox.exited).toBe(0);
		} finally {
			await inbox.kill();
		}
		expect(existsSync(lockPath(file))).toBe(false);
		const third = await runCli(['decide', keys[0]!, '--as', 'spam', '--db', file]);
		expect(third.code, third.stderr).toBe(0);
		expect((await statuses(file)).get(keys[0]!)).toBe('spam');
	});

	it('loses no decision when two commands race for the file', async () => {
		const file = await dbFile();
		const decided = new Map<string, string>();
		let refusals = 0;
		// Each round starts two commands at once; the one refused tries again until it gets the file.
		for (let round = 0; round < 8; round++) {
			const pair = [keys[2 * round]!, keys[2 * round + 1]!];
			await Promise.all(pair.map(async (key, index) => {
				const decision = index === 0 ? 'ignore' : 'follower';
				for (;;) {
					const run = await runCli(['decide', key, '--as', decision, '--db', file]);
					if (run.code === 0) break;
					expect(run.stderr).toMatch(/is in use by netinbox process \d+ \(netinbox decide\)/);
					refusals++;
				}
				decided.set(key, decision === 'ignore' ? 'ignored' : 'follower');
			}));
		}
		const now = await statuses(file);
		for (const [key, status] of decided) expect(now.get(key), key).toBe(status);
		expect(existsSync(lockPath(file))).toBe(false);
		console.info(`two commands racing: ${refusals} refusals in 8 rounds`);
	});

	it('takes over the lock of an inbox that was killed', async () => {
		const file = await dbFile();
		const inbox = startInPty([process.execPath, cliPath, '--db', file]);
		await inbox.waitFor(/pending/);
		const pid = inbox.programPid();
		expect(JSON.parse(await readFile(lockPath(file), 'utf8')).pid).toBe(pid);
		await inbox.kill();
		expect(existsSync(lockPath(file))).toBe(true);
		const next = await runCli(['decide', keys[5]!, '--as', 'accept', '--db', file]);
		expect(next.code, next.stderr).toBe(0);
		expect((await statuses(file)).get(keys[5]!)).toBe('accepted');
		expect(existsSync(lockPath(file))).toBe(false);
	});
});
