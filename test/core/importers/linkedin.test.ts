import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {maxTextLength} from '../../../source/core/importers/builder.js';
import {changes, copySample, importInto, personNamed, readDb, tempDir, writeFiles, zipFolder} from './helpers.js';

const owner = 'https://www.linkedin.com/in/sabine-kraemer-4b1a2c';
const preamble = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

describe('LinkedIn sample export', () => {
	it('imports incoming invitations as requests, connections as contacts and messages as history', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const result = await importInto(db, 'linkedin', [await copySample('linkedin')]);
		const data = await readDb(db);

		expect(result.requests).toEqual({added: 8, updated: 0, unchanged: 0, skipped: 0});
		expect(result.interactions).toEqual({added: 7, updated: 0, unchanged: 0, skipped: 1});
		expect(result.people.skipped).toBe(1);
		expect(result.problems.map(problem => [path.basename(problem.file), problem.where, problem.message])).toEqual([
			['Connections.csv', 'line 12', 'hidden or closed profile (the row has only a date)'],
			['messages.csv', 'line 9', 'sponsored message'],
		]);
		expect(data.me).toMatchObject({name: 'Sabine Krämer', handles: {linkedin: 'sabine-kraemer-4b1a2c'}});
		// The owner is not a contact of herself, and outgoing invitations are not requests.
		expect(data.people.some(person => person.name === 'Sabine Krämer')).toBe(false);
		expect(data.requests.some(request => data.people.find(p => p.id === request.from)?.name === 'Emily Carter')).toBe(false);

		const priya = personNamed(data, 'Priya Raman');
		expect(priya).toMatchObject({company: 'Figma', headline: 'Senior Product Designer', connectedOn: {linkedin: '2026-01-20'}, handles: {linkedin: 'priyaraman', email: 'priya.raman@example.com'}});
		const requestOf = (name: string) => data.requests.find(request => request.from === personNamed(data, name).id)!;
		// Priya is already a connection: her invitation was accepted, not pending.
		expect(requestOf('Priya Raman').status).toBe('accepted');
		expect(requestOf('Oliver Grant')).toMatchObject({status: 'pending', message: "I'd like to add you to my professional network on LinkedIn."});
		expect(requestOf('Björn Lindqvist-Maier').message).toBeNull();
		expect(requestOf('Klaus-Dieter Fröhlich').message).toMatch(/vorstellen\?$/);
		expect(requestOf('Henrike Ölschläger, MBA').receivedAt).toBe(new Date(2025, 11, 22, 12, 5).toISOString().replace('.000Z', 'Z'));

		const lukas = personNamed(data, 'Lukas Hoffmann');
		const history = data.interactions.filter(interaction => interaction.person === lukas.id);
		expect(history.map(i => [i.at, i.direction])).toEqual([['2026-01-28T17:40:55Z', 'in'], ['2026-01-28T09:14:02Z', 'out']]);
		const fatma = data.interactions.find(interaction => interaction.person === personNamed(data, 'Fatma Yılmaz').id)!;
		expect(fatma.text).toContain('Hallo Frau Krämer,\n\nvielen Dank');
		expect(fatma.text).toMatch(/^Senior UX Designer \(m\/w\/d\) – Remote\n\n/);
	});

	it('reads the same export from the zip LinkedIn sends, also with a top folder, and a re-import changes nothing', async () => {
		const sample = await copySample('linkedin');
		await writeFiles({'guide_messages.csv': await readFile(path.join(sample, 'messages.csv'), 'utf8')}, sample);
		const dir = await tempDir();
		const zip = path.join(dir, 'Basic_LinkedInDataExport_02-12-2026.zip');
		await writeFile(zip, await zipFolder(sample));
		const nested = path.join(dir, 'nested.zip');
		await writeFile(nested, await zipFolder(sample, 'Complete_LinkedInDataExport_02-12-2026'));

		const db = path.join(dir, 'db.json');
		const first = await importInto(db, 'auto', [zip]);
		// Chats with LinkedIn's AI coach share the columns of messages.csv but are not read.
		expect(first.files.some(file => file.file.includes('guide_messages'))).toBe(false);
		expect(first.files.map(file => file.file)).toContain(`${zip}:Connections.csv`);
		expect(first.requests.added).toBe(8);
		const again = await importInto(db, 'auto', [nested]);
		expect(changes(again)).toBe(0);
		expect(again.written).toBe(false);
	});
});

describe('LinkedIn export eras and re-saves', () => {
	it('reads 2022 files: five-column invitations, connections without URL, nine-column messages', async () => {
		const dir = await writeFiles({
			'Invitations.csv': [
				'From,To,Sent At,Message,Direction',
				'Sabine Krämer,Emily Carter,"2/9/22, 4:12 PM",,OUTGOING',
				'Jana Weiß,Sabine Krämer,"3/1/22, 9:00 AM",Hallo!,INCOMING',
				'Tom Berg,Sabine Krämer,"3/2/22, 9:00 AM",,INCOMING',
			].join('\n'),
			'Connections.csv': preamble + 'First Name,Last Name,Email Address,Company,Position,Connected On\nJana,Weiß,,ACME,Designer,02 Mar 2022',
			'messages.csv': [
				'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
				`c1,,Sabine Krämer,${owner},Jana Weiß,2022-03-03 10:00:00 UTC,,Danke!,INBOX`,
				'c1,,Jana Weiß,https://www.linkedin.com/in/jana-weiss-ux,Sabine Krämer,2022-03-02 10:00:00 UTC,,Hi Sabine,INBOX',
			].join('\n'),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'linkedin', [dir]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(data.me.handles.linkedin).toBe('sabine-kraemer-4b1a2c');
		const byName = (name: string) => data.people.filter(person => person.name === name);
		// The connection (no URL) and the sender of the invitation are the same record within one export.
		const jana = byName('Jana Weiß').find(person => person.connectedOn.linkedin)!;
		expect(jana.connectedOn.linkedin).toBe('2022-03-02');
		expect(data.requests.find(request => request.from === jana.id)!.status).toBe('accepted');
		expect(data.requests.find(request => request.from === byName('Tom Berg')[0]!.id)!.status).toBe('pending');
		const messages = data.interactions.map(i => [i.direction, data.people.find(p => p.id === i.person)!.handles.linkedin]);
		// The reply is matched to Jana's profile within the conversation, though TO has only her name.
		expect(messages).toEqual([['out', 'jana-weiss-ux'], ['in', 'jana-weiss-ux']]);
	});

	it('accepts Excel re-saves: BOM, CRLF and rewritten dates', async () => {
		const dir = await writeFiles({
			'Connections.csv': '\uFEFF' + (preamble + 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Berg,https://www.linkedin.com/in/anna-berg,,"Berg, Söhne & Co",CEO,9-Sep-22\n').replace(/\n/g, '\r\n'),
			'Invitations.csv': '\uFEFFFrom,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\nTom Berg,Sabine,2/12/2026 11:44,"Hi,\r\nwe met",INCOMING,https://www.linkedin.com/in/tom-berg,' + owner + '\r\n',
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'auto', [dir]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(personNamed(data, 'Anna Berg')).toMatchObject({company: 'Berg, Söhne & Co', connectedOn: {linkedin: '2022-09-09'}});
		expect(data.requests[0]!.message).toBe('Hi,\r\nwe met');
	});

	it('reads the 2024–25 message columns and skips drafts', async () => {
		const dir = await writeFiles({
			'messages.csv': [
				'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
				`c1,,Sabine,${owner},Tom,https://www.linkedin.com/in/tom,2025-03-03 10:00:00 UTC,,not sent yet,INBOX,,Yes,No`,
				`c1,,Tom,https://www.linkedin.com/in/tom,Sabine,${owner},2025-03-02 10:00:00 UTC,,Hallo,INBOX,,No,No`,
				`c2,,Ute,https://www.linkedin.com/in/ute,Sabine,${owner},2025-03-01 10:00:00 UTC,,Moin,ARCHIVE,,FALSE,FALSE`,
				`c3,,Max,https://www.linkedin.com/in/max,Sabine,${owner},2025-03-01 11:00:00 UTC,,Crypto!,SPAM,,false,false`,
			].join('\n'),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'linkedin', [path.join(dir, 'messages.csv')]);
		expect(result.interactions).toMatchObject({added: 2, skipped: 2});
		expect(result.problems.map(problem => [problem.where, problem.message])).toEqual([['line 2', 'draft, never sent'], ['line 5', 'in the SPAM folder']]);
	});

	it('splits several recipients by their profile URLs, also when a name contains a comma', async () => {
		const dir = await writeFiles({
			'messages.csv': [
				'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
				`g1,Team,Sabine,${owner},"Ada Lovelace, PhD, Tom Berg","https://www.linkedin.com/in/ada,https://www.linkedin.com/in/tom",2025-03-03 10:00:00 UTC,,Hallo ihr,INBOX`,
				`g1,Team,Tom Berg,https://www.linkedin.com/in/tom,"Sabine, Ada Lovelace, PhD","${owner},https://www.linkedin.com/in/ada",2025-03-02 10:00:00 UTC,,Hi,INBOX`,
				`g2,,Sabine,${owner},Ada Lovelace,https://www.linkedin.com/in/ada,2025-03-01 10:00:00 UTC,,Hallo Ada,INBOX`,
				`g3,,Tom Berg,https://www.linkedin.com/in/tom,Sabine,${owner},2025-02-01 10:00:00 UTC,,Moin,INBOX`,
			].join('\n'),
		});
		const db = path.join(dir, 'db.json');
		await importInto(db, 'linkedin', [dir]);
		const data = await readDb(db);
		expect(data.people.map(person => [person.handles.linkedin, person.name]).sort()).toEqual([['ada', 'Ada Lovelace'], ['tom', 'Tom Berg']]);
		expect(data.interactions.filter(i => i.direction === 'out')).toHaveLength(3);
	});
});

describe('LinkedIn files that are damaged or odd', () => {
	it('skips and reports bad records with their real line, importing the rest', async () => {
		const dir = await writeFiles({
			'Invitations.csv': [
				'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
				`Anna,Sabine,"1/2/26, 9:00 AM","line one`,
				`line two",INCOMING,https://www.linkedin.com/in/anna,${owner}`,
				`Bernd,Sabine,yesterday,,INCOMING,https://www.linkedin.com/in/bernd,${owner}`,
				`Carla,Sabine,"1/3/26, 9:00 AM",,SIDEWAYS,https://www.linkedin.com/in/carla,${owner}`,
				`Dora,Sabine,"1/4/26, 9:00 AM",,INCOMING`,
				`Emil,Sabine,"1/5/26, 9:00 AM","cut off here`,
			].join('\n'),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'linkedin', [dir]);
		expect(result.requests.added).toBe(2);
		expect(result.problems.map(problem => [problem.where, problem.message])).toEqual([
			['line 7', expect.stringContaining('never closed')],
			['line 4', '"Sent At" is not a date: "yesterday"'],
			['line 5', '"Direction" is neither INCOMING nor OUTGOING: "SIDEWAYS"'],
		]);
		const data = await readDb(db);
		// A row missing its profile columns is still a request, keyed by the name.
		expect(data.people.map(person => person.name).sort()).toEqual(['Anna', 'Dora']);
	});

	it('stores control characters and escape sequences as given, and cuts huge messages', async () => {
		const evil = 'Eve\u001b]0;owned\u0007\u001b[2J';
		const dir = await writeFiles({
			'messages.csv': [
				'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
				`c1,,${evil},https://www.linkedin.com/in/eve,Sabine,${owner},2025-03-02 10:00:00 UTC,,"${'x'.repeat(maxTextLength + 10)}",INBOX`,
				`c2,,Sabine,${owner},Tom,https://www.linkedin.com/in/tom,2025-03-03 10:00:00 UTC,,"\u0007bell\u001b[31m",INBOX`,
				`c2,,Tom,https://www.linkedin.com/in/tom,Sabine,${owner},2025-03-01 10:00:00 UTC,,hi,INBOX`,
			].join('\n'),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'linkedin', [dir]);
		expect(result.warnings[0]?.message).toMatch(/cut/);
		const data = await readDb(db);
		expect(data.people.find(person => person.handles.linkedin === 'eve')!.name).toBe(evil);
		expect(data.interactions.find(i => i.direction === 'out')!.text).toBe('\u0007bell\u001b[31m');
		expect(data.interactions[0]!.text!.length).toBeLessThan(maxTextLength + 10);
	});

	it('says it cannot tell sent from received when messages.csv comes alone with one conversation', async () => {
		const dir = await writeFiles({
			'messages.csv': 'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,A,https://www.linkedin.com/in/a,B,https://www.linkedin.com/in/b,2025-03-01 10:00:00 UTC,hi\n',
		});
		const result = await importInto(path.join(dir, 'db.json'), 'linkedin', [dir]);
		expect(result.interactions.added).toBe(0);
		expect(result.problems[0]!.message).toMatch(/which account is yours/);
	});

	it('finds the owner without Invitations.csv: the one account in every conversation', async () => {
		const sample = await copySample('linkedin');
		const db = path.join(await tempDir(), 'db.json');
		const result = await importInto(db, 'linkedin', [path.join(sample, 'messages.csv')]);
		expect(result.interactions.added).toBe(7);
		expect((await readDb(db)).me.handles.linkedin).toBe('sabine-kraemer-4b1a2c');
	});

	it('refuses an empty or foreign file named explicitly, and writes nothing', async () => {
		const dir = await writeFiles({'Connections.csv': '', 'other.csv': 'a,b\n1,2\n'});
		const db = path.join(dir, 'db.json');
		await expect(importInto(db, 'linkedin', [path.join(dir, 'Connections.csv')])).rejects.toThrow(/not a linkedin export file/);
		await expect(importInto(db, 'auto', [path.join(dir, 'other.csv')])).rejects.toThrow(/not an export netinbox knows/);
		await expect(importInto(db, 'linkedin', [dir])).rejects.toThrow(/no linkedin export files/);
		const {existsSync} = await import('node:fs');
		expect(existsSync(db)).toBe(false);
	});

	it('marks an earlier pending invitation accepted when Connections.csv is imported later', async () => {
		const sample = await copySample('linkedin');
		const db = path.join(await tempDir(), 'db.json');
		await importInto(db, 'linkedin', [path.join(sample, 'Invitations.csv')]);
		const before = await readDb(db);
		expect(before.requests.filter(request => request.status === 'accepted')).toHaveLength(0);
		const result = await importInto(db, 'linkedin', [path.join(sample, 'Connections.csv')]);
		expect(result.requests.updated).toBe(1);
		const after = await readDb(db);
		expect(after.requests.find(request => request.status === 'accepted')!.from).toBe(personNamed(after, 'Priya Raman').id);
	});
});
