// The inbox snapshot is used only for the very state of the database it was
// written for; anything else (a save, a fold, damage, other templates) makes
// it stale, and a stale one is never read.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/core/classifier/index.js';
import {historyByPerson} from '../../../source/core/people/history.js';
import {databaseFingerprint} from '../../../source/core/snapshot/fingerprint.js';
import {previewOf, readSnapshot, snapshotOf, snapshotPath, writeSnapshot} from '../../../source/core/snapshot/snapshot.js';
import {Store} from '../../../source/core/store/store.js';
import {databaseFrom} from '../../helpers/db.js';
import {writeDatabase} from '../../helpers/databases.js';
import {tempDir} from '../../helpers/temp.js';

async function written() {
	const file = path.join(await tempDir(), 'db.json');
	const db = databaseFrom();
	await writeDatabase(file, db);
	const suggestions = classifyAll(db);
	const histories = historyByPerson(db);
	const keys = [...db.requests].reverse().map(request => request.key);
	const sources = {db, keys, counts: {pending: 3, all: 3}, suggestions, sameText: () => [], history: (person: string) => histories.get(person) ?? []};
	const snapshot = snapshotOf(sources, databaseFingerprint(file, '')!);
	await writeSnapshot(file, snapshot);
	return {file, db, snapshot, keys, suggestions};
}

describe('the inbox snapshot', () => {
	it('is read back while the database is as it was written for', async () => {
		const {file, snapshot, keys, suggestions, db} = await written();
		expect(readSnapshot(file, '')).toEqual(snapshot);
		const preview = previewOf(snapshot);
		expect(preview.keys).toEqual(keys);
		expect(preview.counts).toEqual({pending: 3, all: 3});
		expect(new Map(preview.suggestions)).toEqual(suggestions);
		// The first row's sender comes with their history, for the detail pane.
		const first = db.requests.find(request => request.key === keys[0])!;
		expect(preview.db.interactions).toEqual(db.interactions.filter(interaction => interaction.person === first.from).sort((a, b) => b.at.localeCompare(a.at)));
	});

	it('is stale after a save, even one that only appends to the journal', async () => {
		const {file, db} = await written();
		const store = await Store.open(file, {write: true, command: 'test'});
		await store.save({...db, requests: db.requests.map((request, index) => (index === 0 ? {...request, status: 'ignored'} : request))});
		expect(readSnapshot(file, '')).toBeUndefined();
		await store.close();
		expect(readSnapshot(file, '')).toBeUndefined();
	});

	it('is stale when the database file is replaced, or the templates changed', async () => {
		const {file, db} = await written();
		expect(readSnapshot(file, '{"pitch": []}')).toBeUndefined();
		await writeDatabase(file, {...db, settings: {strictness: 'strict'}});
		expect(readSnapshot(file, '')).toBeUndefined();
	});

	it('is ignored when damaged or of another format', async () => {
		const {file, snapshot} = await written();
		await writeFile(snapshotPath(file), JSON.stringify(snapshot).slice(0, 200));
		expect(readSnapshot(file, '')).toBeUndefined();
		await writeFile(snapshotPath(file), JSON.stringify({...snapshot, format: 'netinbox-inbox-snapshot/0'}));
		expect(readSnapshot(file, '')).toBeUndefined();
	});

	it('is not read for a database that does not exist', async () => {
		const {file, snapshot} = await written();
		const other = path.join(path.dirname(file), 'other.json');
		await writeFile(snapshotPath(other), JSON.stringify(snapshot));
		expect(readSnapshot(other, '')).toBeUndefined();
	});
});
