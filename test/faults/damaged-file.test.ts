// A database edited by hand into invalid JSON or a wrong field: every command
// refuses it with where the problem is, and the file stays byte for byte as it was.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt, cliPath, runCli} from '../helpers/cli-process.js';
import {makeDatabase, writeDatabase} from '../helpers/databases.js';
import {startInPty} from '../helpers/script-pty.js';
import {tempDir} from '../helpers/temp.js';

const data = makeDatabase({requests: 20, people: 40, interactions: 100, seed: 61});

/** A database file edited by `edit`, alone in its directory. */
async function edited(edit: (text: string) => string): Promise<{file: string; content: string}> {
	const directory = await tempDir();
	const file = path.join(directory, 'db.json');
	await writeDatabase(file, data);
	const content = edit(await readFile(file, 'utf8'));
	await writeFile(file, content);
	return {file, content};
}

async function expectRefused(args: string[], message: RegExp) {
	const run = await runCli(args);
	expect(run.code, args.join(' ')).toBe(1);
	expect(run.stderr, args.join(' ')).toMatch(message);
	expect(run.stdout).toBe('');
}

async function expectInboxRefuses(file: string, message: RegExp) {
	const inbox = startInPty([process.execPath, cliPath, '--db', file]);
	try {
		await inbox.waitFor(message);
		expect(await inbox.exited).toBe(1);
	} finally {
		await inbox.kill();
	}
}

async function expectRefusedEverywhere(file: string, content: string, message: RegExp) {
	// Readers together; writers one at a time, as each takes the lock before it reads.
	await Promise.all([
		expectInboxRefuses(file, message),
		expectRefused(['stats', '--db', file], message),
		expectRefused(['export', '--json', '--db', file], message),
	]);
	await expectRefused(['decide', data.requests[0]!.key, '--as', 'spam', '--db', file], message);
	await expectRefused(['import', 'generic', path.join(path.dirname(file), 'missing.json'), '--db', file], message);
	expect(await readFile(file, 'utf8')).toBe(content);
	expect(await readdir(path.dirname(file))).toEqual(['db.json']);
}

describe('a database file edited by hand', () => {
	beforeAll(assertBuilt);

	it('into invalid JSON: refused with line and column, file untouched', async () => {
		// A trailing comma after the last person, as a hand edit leaves it.
		const {file, content} = await edited(text => text.replace(/(\n {2}\{"id":"p40".*)\n\]/, '$1,\n]'));
		await expectRefusedEverywhere(file, content, /db\.json: not valid JSON at line \d+, column 1: .*The file was left untouched; fix or move it away\./);
	});

	it('into a word JSON does not know: refused with line and column', async () => {
		const {file, content} = await edited(text => text.replace('"status":"pending"', '"status":pending'));
		const line = content.slice(0, content.indexOf(':pending')).split('\n').length;
		await expectRefusedEverywhere(file, content, new RegExp(`not valid JSON at line ${line}, column \\d+`));
	});

	it('cut off in the middle: refused as ending too early', async () => {
		const {file, content} = await edited(text => text.slice(0, Math.floor(text.length / 2)));
		await expectRefusedEverywhere(file, content, /not valid JSON at line \d+ \(end of file\)/);
	});

	it('with a wrong field: refused with the path of the field', async () => {
		const {file, content} = await edited(text => {
			const parsed = JSON.parse(text) as {requests: Array<Record<string, unknown>>; people: Array<Record<string, unknown>>};
			parsed.requests[3]!.receivedAt = 'last Tuesday';
			return JSON.stringify(parsed, null, 2);
		});
		await expectRefusedEverywhere(file, content, /invalid database at requests\[3\]\.receivedAt: not an ISO 8601 date\. The file was left untouched/);
	});

	it('with a field of the wrong type: refused with the path of the field', async () => {
		const {file, content} = await edited(text => text.replace(/"aliases":\[\]/, '"aliases":"none"'));
		await expectRefusedEverywhere(file, content, /invalid database at people\[\d+\]\.aliases: .*expected array/i);
	});
});
