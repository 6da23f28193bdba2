import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findDuplicates, foldName, nameKeys} from '../../../source/core/people/duplicates.js';
import {normalizeProfileUrl} from '../../../source/core/people/identity.js';
import {changes, copySample, importInto, personNamed, readDb, tempDir, writeFiles} from './helpers.js';

const generic = (people: unknown[]) => JSON.stringify({format: 'netinbox/v1', people, interactions: [], requests: []});
const formats = ['linkedin', 'facebook', 'twitter', 'mastodon', 'vcard'];

describe('the same person across sources', () => {
	it('merges by handle, profile URL or account id, never by name', async () => {
		const db = path.join(await tempDir(), 'db.json');
		await importInto(db, 'auto', [await copySample()], {now: new Date('2026-03-01T00:00:00Z')});
		const data = await readDb(db);
		// vCard ↔ LinkedIn by the LinkedIn handle; vCard ↔ Mastodon by the Mastodon address.
		const anja = data.people.filter(person => person.name === 'Anja Müller');
		expect(anja).toHaveLength(2);
		expect(anja.find(person => person.handles.linkedin)!.sources.map(s => s.format)).toEqual(['linkedin', 'vcard']);
		const emily = data.people.find(person => person.handles.mastodon === 'emilyc@mastodon.social')!;
		expect(emily.sources.map(s => s.format)).toEqual(['mastodon', 'vcard']);
		expect(emily.handles).toMatchObject({twitter: '@emcarter_ux', email: 'emily.carter@example.com'});
		// Facebook knows names only: its Anja stays apart, and is offered as a possible duplicate.
		const groups = findDuplicates(data);
		expect(groups.find(group => foldName(group.name) === foldName('Anja Müller'))!.people).toHaveLength(2);
		expect(groups.find(group => foldName(group.name) === foldName('Jürgen Weißhaupt'))!.people.map(p => p.name).sort()).toEqual(['Dr. Jürgen Weißhaupt', 'Jürgen Weißhaupt', 'Jürgen Weißhaupt']);
	});

	it('changes nothing on a second import, in whatever order the exports come', async () => {
		const sample = await copySample();
		const now = {now: new Date('2026-03-01T00:00:00Z')};
		const forward = path.join(await tempDir(), 'db.json');
		const backward = path.join(await tempDir(), 'db.json');
		for (const format of formats) await importInto(forward, format, [path.join(sample, format)], now);
		for (const format of [...formats].reverse()) await importInto(backward, format, [path.join(sample, format)], now);
		for (const db of [forward, backward]) {
			for (const format of formats) expect(changes(await importInto(db, format, [path.join(sample, format)], now)), `${format} again`).toBe(0);
			expect(changes(await importInto(db, 'auto', [sample], now))).toBe(0);
		}
		const [a, b] = [await readDb(forward), await readDb(backward)];
		expect(a.people.length).toBe(b.people.length);
		expect(a.requests.length).toBe(b.requests.length);
		expect(a.interactions.length).toBe(b.interactions.length);
		const summary = (data: typeof a) => data.people.map(p => `${p.name}|${JSON.stringify(Object.entries(p.handles).sort())}|${JSON.stringify(p.connectedOn)}`).sort();
		expect(summary(a)).toEqual(summary(b));
	});

	it('gives an X follower a real name once another source knows the account id', async () => {
		const db = path.join(await tempDir(), 'db.json');
		await importInto(db, 'twitter', [await copySample('twitter')]);
		const dir = await writeFiles({'people.json': generic([{id: 'jens', name: 'Jens Großmann', handles: {twitterId: '81726354', twitter: '@jensg'}}])});
		const result = await importInto(db, 'generic', [path.join(dir, 'people.json')]);
		expect(result.people).toMatchObject({added: 0, updated: 1});
		const data = await readDb(db);
		const jens = personNamed(data, 'Jens Großmann');
		expect(jens.placeholderName).toBeUndefined();
		expect(jens.aliases).toEqual([]);
		expect(jens.handles).toEqual({twitterId: '81726354', twitter: '@jensg'});
		expect(data.interactions.filter(i => i.person === jens.id)).toHaveLength(2);
		// And the other way round: a known person keeps their name when the archive names them by id.
		const again = await importInto(db, 'twitter', [await copySample('twitter')]);
		expect(changes(again)).toBe(0);
	});

	it('keeps strangers apart whose profile URLs differ only in the query that identifies them', () => {
		expect(normalizeProfileUrl('https://www.facebook.com/profile.php?id=1')).not.toBe(normalizeProfileUrl('https://www.facebook.com/profile.php?id=2'));
		expect(normalizeProfileUrl('https://twitter.com/intent/user?user_id=294857103')).toBe(normalizeProfileUrl('https://x.com/i/user/294857103'));
		expect(normalizeProfileUrl('https://www.linkedin.com/in/nagel-lis%C3%A2nias/')).toBe(normalizeProfileUrl('https://linkedin.com/in/nagel-lisânias'));
	});
});

describe('foldName', () => {
	it.each([
		['Dr. Jürgen Weißhaupt', 'Jürgen Weisshaupt'],
		['Henrike Ölschläger, MBA', 'Henrike Oelschlaeger'],
		['Müller, Anja', 'anja  müller'],
		['Gülay Aydın', 'Gulay Aydin'],
		['Anja M\u200büller\u001b[31m', 'Anja Müller'],
	])('%s ~ %s', (a, b) => {
		expect(nameKeys(a).some(key => nameKeys(b).includes(key))).toBe(true);
	});

	it('keeps different people different', () => {
		expect(foldName('Anja Müller')).not.toBe(foldName('Anna Müller'));
	});
});
