import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {changes, copySample, importInto, readDb, tempDir, writeFiles, zipFolder} from './helpers.js';

const ytd = (name: string, value: unknown) => `window.YTD.${name}.part0 = ${JSON.stringify(value, null, 2).replace(/": /g, '" : ')}`;
const dm = (senderId: string, recipientId: string | undefined, createdAt: string, text: string) =>
	({messageCreate: {...(recipientId ? {recipientId} : {}), text, mediaUrls: [], senderId, id: createdAt, createdAt}});

describe('X / Twitter sample archive', () => {
	it('imports followers and follows as id-only people, and DMs in both directions', async () => {
		const dir = await tempDir();
		const zip = path.join(dir, 'twitter-2026-02-12-abc123.zip');
		await writeFile(zip, await zipFolder(await copySample('twitter')));
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'auto', [zip]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.me).toMatchObject({name: 'Sabine Krämer', handles: {twitter: '@sabine_kraemer', twitterId: '1487263950117384193'}});
		const jens = data.people.find(person => person.handles.twitterId === '81726354')!;
		expect(jens).toMatchObject({name: 'X user 81726354', placeholderName: true, profileUrl: 'https://x.com/i/user/81726354', tags: ['follower:twitter', 'following:twitter']});
		expect(data.people).toHaveLength(9);
		const history = data.interactions.filter(i => i.person === jens.id);
		expect(history.map(i => [i.direction, i.text])).toEqual([
			['out', 'Klar, Freitag passt. Ich bringe Kaffee & Kuchen mit 😊'],
			['in', 'Hallo Sabine,\nhast du Freitag Zeit für die Redaktionsrunde?\nLG Jens'],
		]);
		// The t.co link is shown as the address it stands for.
		expect(data.interactions.some(i => i.text?.includes('https://example.com/a11y-checklist'))).toBe(true);
		expect(changes(await importInto(db, 'twitter', [zip]))).toBe(0);
	});
});

describe('X / Twitter archive variants', () => {
	it('finds the owner without account.js, reads group DMs and older formatting', async () => {
		const dir = await writeFiles({
			'data/follower.js': 'window.YTD.follower.part0 = [ {\n  "follower" : {\n    "accountId" : "11",\n    "userLink" : "https://twitter.com/intent/user?user_id=11"\n  }\n}, {\n  "follower" : {\n    "accountId" : "12"\n  }\n} ]',
			'data/direct-messages.js': ytd('direct_messages', [
				{dmConversation: {conversationId: '11-99', messages: [dm('99', '11', '2025-01-02T10:00:00.000Z', 'a &lt;b&gt; &amp; c'), dm('11', '99', '2025-01-01T10:00:00.000Z', 'hi')]}},
				{dmConversation: {conversationId: '13-99', messages: [dm('13', '99', '2025-01-03T10:00:00.000Z', 'yo')]}},
			]),
			'data/direct-messages-group.js': ytd('direct_messages_group', [
				{dmConversation: {conversationId: 'g1', messages: [dm('99', undefined, '2025-02-02T10:00:00.000Z', 'hallo alle'), dm('14', undefined, '2025-02-01T10:00:00.000Z', 'moin'), {joinConversation: {initiatingUserId: '14'}}]}},
			]),
			'data/tweets.js': ytd('tweets', []),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'twitter', [dir]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.me.handles.twitterId).toBe('99');
		const texts = data.interactions.map(i => [data.people.find(p => p.id === i.person)!.handles.twitterId, i.direction, i.text]);
		expect(texts.sort()).toEqual([
			['11', 'in', 'hi'],
			['11', 'out', 'a <b> & c'],
			['13', 'in', 'yo'],
			['14', 'in', 'moin'],
			['14', 'out', 'hallo alle'],
		]);
	});

	it('reports entries without an account id by JSON path, and a broken file as a clear error', async () => {
		const dir = await writeFiles({
			'data/follower.js': ytd('follower', [{follower: {accountId: '11'}}, {follower: {}}, {follower: {accountId: 'not-a-number'}}, 'junk']),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'twitter', [path.join(dir, 'data', 'follower.js')]);
		expect(result.people.added).toBe(1);
		expect(result.problems.map(problem => problem.where)).toEqual(['[1].follower.accountId', '[2].follower.accountId', '[3].follower.accountId']);
		await writeFiles({'data/follower.js': 'window.YTD.follower.part0 = [ {\n  "follower" : {'}, dir);
		await expect(importInto(db, 'twitter', [dir])).rejects.toThrow(/follower\.js: not valid JSON/);
		await writeFiles({'data/follower.js': 'window.YTD.follower.part0 = {"follower": 1}'}, dir);
		await expect(importInto(db, 'twitter', [dir])).rejects.toThrow(/expected a list/);
	});

	it('says it cannot tell sent from received DMs without the owner', async () => {
		const dir = await writeFiles({
			'data/direct-messages.js': ytd('direct_messages', [{dmConversation: {conversationId: '11-99', messages: [dm('11', '99', '2025-01-01T10:00:00.000Z', 'hi')]}}]),
		});
		const result = await importInto(path.join(dir, 'db.json'), 'twitter', [dir]);
		expect(result.problems[0]!.message).toMatch(/which account is yours/);
	});
});
