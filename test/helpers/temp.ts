// Temporary directories under os.tmpdir(), removed after the test file.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

const made: string[] = [];

afterAll(async () => {
	await Promise.all(made.splice(0).map(directory => rm(directory, {recursive: true, force: true})));
});

export async function tempDir(prefix = 'netinbox-test-'): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), prefix));
	made.push(directory);
	return directory;
}
