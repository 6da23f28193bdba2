// The Stats fixture: a small network whose figures are counted by hand in
// test/core/stats/stats.test.ts, decided the way a user decides.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {decide} from '../../source/core/actions.js';
import type {Database} from '../../source/core/model.js';
import {databaseFrom} from './db.js';
import {root} from './cli-process.js';
import type {GenericDocument} from './generic.js';

export const statsNow = new Date('2026-12-10T12:00:00Z');

export function statsDocument(): GenericDocument {
	return JSON.parse(readFileSync(path.join(root, 'test/fixtures/stats/network.json'), 'utf8')) as GenericDocument;
}

export function statsDatabase(): Database {
	let db = databaseFrom(statsDocument());
	db = decide(db, ['linkedin:r1'], 'accept', new Date('2026-01-20T12:00:00Z')).data;
	db = decide(db, ['facebook:r7'], 'ignore', new Date('2026-10-20T12:00:00Z')).data;
	db = decide(db, ['linkedin:r2'], 'spam', new Date('2026-11-09T12:00:00Z')).data;
	db = decide(db, ['linkedin:r5'], 'accept', new Date('2026-12-05T12:00:00Z')).data;
	return db;
}
