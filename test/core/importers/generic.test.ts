import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runImport} from '../../../source/commands/import.js';
import {NetinboxError} from '../../../source/core/errors.js';
import {Store} from '../../../source/core/store/store.js';
import {sampleDocument, writeDocument} from '../../helpers/generic.js';
import {tempDir} from '../../helpers/temp.js';

async function importInto(dbFile: string, file: string, dryRun = false) {
	const store = await Store.open(dbFile, {write: true});
	try {
		return await runImport(store, 'generic', [file], {dryRun});
	} finally {
		await store.close();
	}
}

async function load(dbFile: string) {
	const store = await Store.open(dbFile);
	await store.close();
	return store.data;
}

describe('generic import', () => {
	it('imports every record and keeps the source ids', async () => {
		const directory = await tempDir();
		const file = await writeDocument(directory, sampleDocument());
		const db = path.join(directory, 'db.json');
		const result = await importInto(db, file);
		expect(result.people.added).toBe(3);
		expect(result.requests.added).toBe(3);
		expect(result.interactions.added).toBe(3);
		const data = await load(db);
		expect(data.me.name).toBe('Steve Keller');
		const anna = data.people.find(person => person.sources.some(source => source.id === 'p-001'))!;
		expect(anna).toMatchObject({name: 'Anna Müller', company: 'Hafen Digital GmbH', mutualContacts: 4, connectedOn: {xing: '2024-05-02'}});
		const request = data.requests.find(r => r.id === 'r-001')!;
		expect(request).toMatchObject({network: 'xing', from: anna.id, status: 'pending', message: null});
		// A connection date is never an interaction.
		expect(data.interactions.filter(i => i.person === anna.id)).toHaveLength(3);
	});

	it('changes nothing on a second import of the same file', async () => {
		const directory = await tempDir();
		const file = await writeDocument(directory, sampleDocument());
		const db = path.join(directory, 'db.json');
		await importInto(db, file);
		const before = await readFile(db, 'utf8');
		const again = await importInto(db, file);
		expect(again.written).toBe(false);
		expect(again.people).toEqual({added: 0, updated: 0, unchanged: 3, skipped: 0});
		expect(again.interactions.unchanged).toBe(3);
		expect(await readFile(db, 'utf8')).toBe(before);
	});

	it('matches interactions on person, moment, channel, kind and direction even when the date is written differently', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await importInto(db, await writeDocument(directory, sampleDocument()));
		const changed = sampleDocument();
		changed.interactions[0]!.at = '2025-03-04T10:00:00.000Z';
		const result = await importInto(db, await writeDocument(directory, changed, 'second.json'));
		expect(result.interactions.added).toBe(0);
	});

	it('keeps a reply in and a reply out of the same day: two exchanges, not one', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		const document = sampleDocument();
		document.interactions.push(
			{person: 'p-002', at: '2025-02-01', channel: 'mastodon', kind: 'reply', direction: 'in'},
			{person: 'p-002', at: '2025-02-01', channel: 'mastodon', kind: 'reply', direction: 'out'},
		);
		const file = await writeDocument(directory, document);
		expect((await importInto(db, file)).interactions.added).toBe(5);
		expect((await load(db)).interactions.filter(interaction => interaction.channel === 'mastodon').map(interaction => interaction.direction).sort()).toEqual(['in', 'out']);
		expect((await importInto(db, file)).interactions.added).toBe(0);
	});

	it('skips a bad record, reports it by index, and imports the rest', async () => {
		const directory = await tempDir();
		const document = sampleDocument();
		document.requests.push({id: 'r-004', network: 'xing', from: 'p-404', receivedAt: '2026-11-23T10:00:00Z'});
		document.interactions.push({person: 'p-001', at: 'yesterday', channel: 'email', kind: 'email', direction: 'in'});
		document.people.push({id: 'p-009'});
		const db = path.join(directory, 'db.json');
		const result = await importInto(db, await writeDocument(directory, document));
		expect(result.problems.map(p => `${p.where}: ${p.message}`)).toEqual([
			expect.stringMatching(/^people\[3\]\.name: /),
			'interactions[3].at: not an ISO 8601 date on a day that exists',
			'requests[3].from: no person with id "p-404" in people',
		]);
		expect(result.requests).toMatchObject({added: 3, skipped: 1});
		expect((await load(db)).requests).toHaveLength(3);
	});

	it('refuses impossible calendar days and numeric ids that lost digits, and keeps safe numeric ids', async () => {
		const directory = await tempDir();
		const document = sampleDocument() as ReturnType<typeof sampleDocument> & {people: Array<Record<string, unknown>>; requests: Array<Record<string, unknown>>};
		document.interactions.push({person: 'p-001', at: '2026-02-29T10:00:00Z', channel: 'email', kind: 'email', direction: 'in'});
		document.interactions.push({person: 'p-001', at: '2026-04-31', channel: 'email', kind: 'email', direction: 'out'});
		document.requests.push({id: 'r-005', network: 'xing', from: 'p-001', receivedAt: '2026-02-30T08:00:00Z'});
		// 2^53 + 1 and 2^53 + 2 parse to one number: they would be one person.
		const text = JSON.stringify(document).replace(/"people":\[/, '"people":[{"id":9007199254740993,"name":"Big One"},{"id":9007199254740994,"name":"Big Two"},{"id":42,"name":"Small Id"},');
		const file = path.join(directory, 'dates.json');
		await writeFile(file, text);
		const db = path.join(directory, 'db.json');
		const result = await importInto(db, file);
		expect(result.problems.map(p => `${p.where}: ${p.message}`)).toEqual([
			'people[0].id: a numeric id above 2^53 loses digits in JSON; write it as a string',
			'people[1].id: a numeric id above 2^53 loses digits in JSON; write it as a string',
			expect.stringMatching(/^interactions\[\d+\]\.at: not an ISO 8601 date on a day that exists$/),
			expect.stringMatching(/^interactions\[\d+\]\.at: not an ISO 8601 date on a day that exists$/),
			expect.stringMatching(/^requests\[\d+\]\.receivedAt: not an ISO 8601 date on a day that exists$/),
		]);
		const people = (await load(db)).people.map(person => person.name);
		expect(people).toContain('Small Id');
		expect(people).not.toContain('Big One');
		expect((await load(db)).interactions.some(interaction => interaction.at.startsWith('2026-03-0'))).toBe(false);
	});

	it('imports an unknown network as other and warns about unknown fields', async () => {
		const directory = await tempDir();
		const document = sampleDocument();
		document.requests[0]!.network = 'myspace';
		document.people[0]!.favouriteColour = 'blue';
		const result = await importInto(path.join(directory, 'db.json'), await writeDocument(directory, document));
		expect(result.warnings.map(w => w.where)).toEqual(['people[0].favouriteColour', 'requests[0].network']);
		expect(result.requests.added).toBe(3);
	});

	it('writes nothing when the file is not valid JSON, and says where', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await importInto(db, await writeDocument(directory, sampleDocument()));
		const before = await readFile(db, 'utf8');
		const broken = await writeDocument(directory, '{"format": "netinbox/v1",\n "people": [\n  {"id": "x",}\n]}', 'broken.json');
		const error = await importInto(db, broken).catch(error_ => error_ as NetinboxError);
		expect(error).toBeInstanceOf(NetinboxError);
		expect((error as Error).message).toMatch(/broken\.json: not valid JSON at line 3, column \d+/);
		expect(await readFile(db, 'utf8')).toBe(before);
	});

	it('refuses a document of another format as a whole', async () => {
		const directory = await tempDir();
		const file = await writeDocument(directory, {...sampleDocument(), format: 'netinbox/v2'});
		await expect(importInto(path.join(directory, 'db.json'), file)).rejects.toThrow(/"format" must be "netinbox\/v1"/);
	});

	it('writes nothing on a dry run', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		const result = await importInto(db, await writeDocument(directory, sampleDocument()), true);
		expect(result.requests.added).toBe(3);
		expect(result.written).toBe(false);
		await expect(readFile(db)).rejects.toThrow(/ENOENT/);
	});

	it('takes a backup of the database before an import changes it', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await importInto(db, await writeDocument(directory, sampleDocument()));
		const before = await readFile(db, 'utf8');
		const more = sampleDocument();
		more.requests.push({id: 'r-010', network: 'twitter', from: 'p-002', receivedAt: '2026-11-24T10:00:00Z'});
		const result = await importInto(db, await writeDocument(directory, more, 'more.json'));
		expect(result.backup).toBeDefined();
		expect(await readFile(result.backup!, 'utf8')).toBe(before);
	});

	it('never merges people by name alone, but does by handle on the same network', async () => {
		const directory = await tempDir();
		const db = path.join(directory, 'db.json');
		await importInto(db, await writeDocument(directory, sampleDocument()));
		await writeFile(path.join(directory, 'other.json'), JSON.stringify({
			format: 'netinbox/v1',
			people: [
				{id: 'x-1', name: 'Anna Müller'},
				{id: 'x-2', name: 'A. Müller', handles: {twitter: 'AnnaM'}, headline: 'Head of UX'},
			],
			interactions: [],
			requests: [],
		}));
		const result = await importInto(db, path.join(directory, 'other.json'));
		expect(result.people).toMatchObject({added: 1, updated: 1});
		const data = await load(db);
		const anna = data.people.find(person => person.handles.twitter === '@annam')!;
		expect(anna.sources).toEqual([{format: 'generic', id: 'p-001'}, {format: 'generic', id: 'x-2'}]);
		expect(anna.aliases).toContain('A. Müller');
		expect(anna.headline).toBe('Head of UX');
		expect(data.people.filter(person => person.name === 'Anna Müller')).toHaveLength(2);
	});
});
