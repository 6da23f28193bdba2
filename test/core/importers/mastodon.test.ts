import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {changes, copySample, importInto, personNamed, readDb, tempDir, writeFiles} from './helpers.js';

describe('Mastodon', () => {
	it('imports follow requests as pending requests dated by the first import, and follows as people', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const sample = await copySample('mastodon');
		const first = new Date('2026-03-01T12:00:00Z');
		const result = await importInto(db, 'auto', [sample], {now: first});
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.requests.map(request => request.key).sort()).toEqual([
			'mastodon:bjoern_lm@hamburg.social', 'mastodon:emilyc@mastodon.social', 'mastodon:gewinn_club@spam.example', 'mastodon:katharina_r@norden.social',
		]);
		expect(data.requests.every(request => request.receivedAt === '2026-03-01T12:00:00Z' && request.message === null && request.status === 'pending')).toBe(true);
		// The date is when netinbox first saw them, and says so.
		expect(data.requests.every(request => request.dateKnown === false)).toBe(true);
		// A local account (acct without server) gets the server from its profile URL.
		expect(personNamed(data, 'Katharina Rößler').handles.mastodon).toBe('katharina_r@norden.social');
		expect(personNamed(data, 'Crypto Gewinn Club 💰')).toMatchObject({tags: ['bot'], headline: '100 % Rendite garantiert!!! DM für Infos'});
		const followed = data.people.find(person => person.handles.mastodon === 'lukas.hoffmann@mastodon.social')!;
		expect(followed).toMatchObject({name: 'lukas.hoffmann@mastodon.social', placeholderName: true, profileUrl: 'https://mastodon.social/@lukas.hoffmann', tags: ['following:mastodon']});

		// A week later the same requests are still there: their dates stay those of the first import.
		const again = await importInto(db, 'mastodon', [sample], {now: new Date('2026-03-08T12:00:00Z')});
		expect(changes(again)).toBe(0);
		expect((await readDb(db)).requests[0]!.receivedAt).toBe('2026-03-01T12:00:00Z');
		expect((await readDb(db)).requests[0]!.dateKnown).toBe(false);
	});

	it('leaves out the owner once known, and reads headerless old exports', async () => {
		const dir = await writeFiles({
			'following_accounts.csv': 'juergen_w@norden.social\nsabine_k@norden.social\nnot an address\n',
			'actor.json': JSON.stringify({'@context': ['https://www.w3.org/ns/activitystreams'], id: 'https://norden.social/users/sabine_k', type: 'Person', preferredUsername: 'sabine_k', name: 'Sabine Krämer'}),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'auto', [dir]);
		const data = await readDb(db);
		expect(data.me.handles.mastodon).toBe('sabine_k@norden.social');
		expect(data.people.map(person => person.handles.mastodon)).toEqual(['juergen_w@norden.social']);
		expect(result.problems).toMatchObject([{where: 'line 3', message: 'not an account address (user@server): "not an address"'}]);
	});

	it('explains a saved error reply instead of importing it', async () => {
		const dir = await writeFiles({'follow_requests.json': '{"error":"The access token is invalid"}'});
		await expect(importInto(path.join(dir, 'db.json'), 'mastodon', [path.join(dir, 'follow_requests.json')])).rejects.toThrow(/error reply from the Mastodon server \("The access token is invalid"\)/);
	});
});
