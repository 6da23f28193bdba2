import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {repairText} from '../../../source/core/importers/mojibake.js';
import {changes, copySample, importInto, personNamed, readDb, tempDir, writeFiles} from './helpers.js';

/** What Facebook writes: every UTF-8 byte as its own \u00XX escape. */
function mojibake(text: string): string {
	return JSON.stringify(text).replace(/[^\u0000-\u007f]/g, char =>
		[...Buffer.from(char, 'utf8')].map(byte => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''));
}

const thread = (participants: string[], messages: Array<[sender: string, ms: number, content?: string]>, extra = '') => `{
  "participants": [${participants.map(name => `{"name": ${mojibake(name)}}`).join(', ')}],
  "messages": [${messages.map(([sender, ms, content]) => `{"sender_name": ${mojibake(sender)}, "timestamp_ms": ${ms}${content === undefined ? '' : `, "content": ${mojibake(content)}`}, "type": "Generic"}`).join(',\n')}],
  "title": ${mojibake(participants[0]!)}${extra}
}`;

describe('Facebook sample export (2021–22 layout)', () => {
	it('imports received requests, rejected ones, friends and a thread, with names repaired', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const result = await importInto(db, 'auto', [await copySample('facebook')]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.me.name).toBe('Sabine Krämer');
		const requestOf = (name: string) => data.requests.find(request => request.from === personNamed(data, name).id)!;
		expect(requestOf('Jürgen Weißhaupt')).toMatchObject({network: 'facebook', status: 'pending', message: null, receivedAt: '2026-02-11T08:03:00Z'});
		expect(requestOf('Mehmet Çelik').status).toBe('pending');
		expect(requestOf('Horst Übelacker').status).toBe('ignored');
		expect(personNamed(data, 'Gülay Aydın').connectedOn).toEqual({facebook: '2022-06-15'});
		const anja = personNamed(data, 'Anja Müller');
		const history = data.interactions.filter(i => i.person === anja.id);
		expect(history.map(i => i.direction)).toEqual(['in', 'out', 'in', 'in', 'out']);
		expect(history[1]!.text).toBe('Passt Donnerstag um 14 Uhr? Treffpunkt wäre das Café am Jahnplatz.');
		expect(history[2]!.text).toBeUndefined();
		expect(changes(await importInto(db, 'facebook', [await copySample('facebook')]))).toBe(0);
	});
});

describe('Facebook layouts of other years', () => {
	it('reads the 2018–20 layout with unversioned keys', async () => {
		const dir = await writeFiles({
			'friends/received_friend_requests.json': `{"received_requests": [{"name": ${mojibake('Jörg Bär')}, "timestamp": 1540000000}]}`,
			'friends/friends.json': `{"friends": [{"name": "Ann Lee", "timestamp": 1530000000}]}`,
			'messages/inbox/annlee_abc/message_1.json': thread(['Ann Lee', 'Me Myself'], [['Ann Lee', 1541000000000, 'hi'], ['Me Myself', 1541000100000, 'hey']], ', "thread_type": "Regular"'),
			'messages/inbox/bob_def/message_1.json': thread(['Bob', 'Me Myself'], [['Bob', 1542000000000, 'yo']]),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'facebook', [dir]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.requests[0]).toMatchObject({status: 'pending', receivedAt: '2018-10-20T01:46:40Z'});
		expect(personNamed(data, 'Jörg Bär')).toBeDefined();
		expect(data.me.name).toBe('Me Myself');
		expect(data.interactions.map(i => i.direction).sort()).toEqual(['in', 'in', 'out']);
	});

	it('reads the 2023+ layout: connections/ folders, followers without dates, threads under this_profile\'s_activity…', async () => {
		const dir = await writeFiles({
			'connections/friends/received_friend_requests.json': `{"received_requests_v2": [{"name": "Cara Diaz", "timestamp": 1770000000}, {"name": "", "timestamp": 1770000001}]}`,
			'connections/friends/your_friends.json': `{"friends_v2": [{"name": "Cara Diaz", "timestamp": 1770100000}]}`,
			'connections/friends/sent_friend_requests.json': `{"sent_requests_v2": [{"name": "Sent To", "timestamp": 1770100000}]}`,
			"connections/followers/people_who_followed_you.json": `{"followers_v3": [{"name": "Dan Fox"}]}`,
			"connections/followers/people_who_followed_you_2.json": `[{"name": "Fay Hill"}]`,
			"connections/followers/who_you've_followed.json": `{"following_v3": [{"name": "Eva Gold", "timestamp": 1760000000}]}`,
			"this_profile's_activity_across_facebook/messages/inbox/123456789/message_1.json": thread(['Dan Fox', 'Me Myself'], [['Dan Fox', 1771000000000, 'hi']]),
			"this_profile's_activity_across_facebook/messages/inbox/123456789/photos/x.jpg": 'not json',
			'profile_information/profile_information.json': `{"profile_v2": {"name": {"full_name": "Me Myself"}}}`,
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'auto', [dir]);
		expect(result.problems).toEqual([{file: expect.stringContaining('received_friend_requests.json'), where: 'received_requests_v2[1]', message: 'deleted account (empty name)', kind: 'requests', count: 1}]);
		const data = await readDb(db);
		// Cara is a friend: her received request was accepted.
		expect(data.requests).toMatchObject([{status: 'accepted'}]);
		expect(personNamed(data, 'Dan Fox').tags).toEqual(['follower:facebook']);
		expect(personNamed(data, 'Fay Hill').tags).toEqual(['follower:facebook']);
		expect(personNamed(data, 'Eva Gold').tags).toEqual(['following:facebook']);
		// Following someone is not an event in the history; a follower without a date is not one either.
		expect(data.interactions.filter(i => i.kind === 'follow')).toHaveLength(0);
		expect(data.interactions).toMatchObject([{direction: 'in', channel: 'facebook', text: 'hi'}]);
	});

	it('reports messages without a time by JSON path and stops with a clear error on broken JSON', async () => {
		const dir = await writeFiles({
			'messages/inbox/x/message_1.json': thread(['Ann', 'Me'], [['Ann', 1541000000000, 'ok'], ['Ann', -5, 'bad time']]).replace('"title": "Ann"', '"title": "Ann"'),
			'messages/inbox/y/message_1.json': thread(['Bob', 'Me'], [['Me', 1541000000000, 'hey']]),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'facebook', [dir]);
		expect(result.problems).toMatchObject([{where: 'messages[1].timestamp_ms', message: 'missing or not a time'}]);
		await writeFiles({'messages/inbox/z/message_1.json': '{"participants": [{"name": "Cy"}], "messages": [ {"sender_name": "Cy", '}, dir);
		await expect(importInto(db, 'facebook', [dir])).rejects.toThrow(/message_1\.json: not valid JSON at line 1/);
	});
});

describe('Facebook files recognised by content', () => {
	it('finds a thread whose keys come in another order, and explains an HTML export', async () => {
		const dir = await writeFiles({
			'messages/inbox/a/message_1.json': JSON.stringify({messages: [{timestamp_ms: 1541000000000, content: 'hi', sender_name: 'Ann'}], title: 'Ann', participants: [{name: 'Ann'}, {name: 'Me'}]}),
		});
		await writeFiles({
			'e2ee/message_1.json': JSON.stringify({participants: ['Ann', 'Me'], threadName: 'Ann', messages: [{isUnsent: false, media: [], reactions: [], senderName: 'Me', text: 'encrypted hi', timestamp: 1741000000000, type: 'text'}]}),
		}, dir);
		const result = await importInto(path.join(dir, 'db.json'), 'auto', [dir]);
		expect(result.interactions.added).toBe(2);
		const html = await writeFiles({'friends/friends.html': '<html></html>', 'messages/inbox/a/message_1.html': '<html></html>'});
		await expect(importInto(path.join(html, 'db.json'), 'auto', [html])).rejects.toThrow(/Facebook export in HTML.*choose the format JSON/);
	});
});

describe('repairText', () => {
	it.each([
		['MÃ¼ller', 'Müller'],
		['\u00f0\u009f\u0091\u008d', '👍'],
		['Caf\u00c3\u00a9 \u00e2\u0080\u0093 ok', 'Café – ok'],
		// Already right, or not valid UTF-8 bytes: left alone.
		['Müller', 'Müller'],
		['Ã', 'Ã'],
		['Grüße 😀', 'Grüße 😀'],
		['plain', 'plain'],
		['\u001b[31mred', '\u001b[31mred'],
	])('%s', (input, expected) => {
		expect(repairText(input)).toBe(expected);
	});
});
