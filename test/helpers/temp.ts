import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];

/** A fresh directory under the system temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'netinbox-test-'));
	made.push(directory);
	return directory;
}

afterEach(async () => {
	await Promise.all(made.splice(0).map(directory => rm(directory, {recursive: true, force: true})));
});
