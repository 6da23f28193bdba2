import {existsSync} from 'node:fs';
import {access} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseGenericDocument, readGenericDocument} from '../core/importers/generic.js';
import {mergeBatch} from '../core/importers/merge.js';
import {emptyDatabase} from '../core/model.js';
import {demoDbPath} from '../core/paths.js';
import {Store} from '../core/store/store.js';

/** The demo inbox shipped with the package, in generic format. Never written to. */
export function demoSource(): string {
	// This module runs from source/commands/ in development and from the dist/ bundle when installed.
	const here = path.dirname(fileURLToPath(import.meta.url));
	const candidates = [path.join(here, '..', 'data', 'demo.json'), path.join(here, '..', '..', 'data', 'demo.json')];
	return candidates.find(candidate => existsSync(candidate)) ?? candidates[0]!;
}

/**
 * The demo database lives in the data directory, made from data/demo.json on
 * first use, so decisions persist between demo runs. `reset` makes it anew,
 * whatever an earlier run left (journals, a stale lock, no file at all), and
 * only with the lock held: a running demo inbox is named, never pulled away.
 */
export async function ensureDemoDb(reset = false, file = demoDbPath(), forceUnlock = false): Promise<string> {
	const exists = await access(file).then(() => true, () => false);
	if (exists && !reset) return file;
	const source = demoSource();
	const batch = parseGenericDocument(await readGenericDocument(source), source);
	// Without its file, journals left beside it hold changes to nothing: a fresh demo replaces them too.
	const store = await Store.open(file, {write: true, command: reset ? 'netinbox --demo --reset' : 'demo setup', discard: true, forceUnlock});
	try {
		await store.save(mergeBatch(emptyDatabase(), batch).data);
	} finally {
		await store.close();
	}
	return file;
}
