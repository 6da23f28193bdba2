import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseVcards, textValue} from '../../../source/core/importers/vcard-parse.js';
import {changes, copySample, importInto, personNamed, readDb, tempDir, writeFiles} from './helpers.js';

describe('vCard sample (3.0, CRLF, folded lines)', () => {
	it('imports each card with its social profiles and e-mail as handles', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const sample = await copySample('vcard');
		const result = await importInto(db, 'auto', [sample]);
		expect(result.people.added).toBe(5);
		const data = await readDb(db);
		expect(personNamed(data, 'Anja Müller')).toMatchObject({
			company: 'Stadtwerke Bielefeld GmbH',
			headline: 'Personalreferentin',
			handles: {email: 'anja.mueller@example.de', linkedin: 'anja-mueller-hr'},
			profileUrl: 'https://www.linkedin.com/in/anja-mueller-hr',
			notes: 'Kennengelernt beim Straßenfest 2025, Ansprechpartnerin für Bürgerbeteiligung. Möchte im Frühjahr einen gemeinsamen Workshop planen.',
		});
		expect(personNamed(data, 'Dr. Jürgen Weißhaupt').handles).toMatchObject({xing: 'Juergen_Weisshaupt'});
		expect(personNamed(data, 'Emily Carter')).toMatchObject({handles: {twitter: '@emcarter_ux', mastodon: 'emilyc@mastodon.social'}, notes: 'Met at Config Berlin\nInterested in a11y audits'});
		// A company website is not a profile: it must not merge everyone from that company.
		expect(personNamed(data, 'Maximilian von Strauß')).toMatchObject({notes: 'Website: https://example.org'});
		expect(personNamed(data, 'Maximilian von Strauß').profileUrl).toBeUndefined();
		expect(changes(await importInto(db, 'vcard', [sample]))).toBe(0);
	});
});

describe('vCard versions and damage', () => {
	it('reads 2.1 quoted-printable with soft line breaks and CHARSET, bare parameters, and 4.0', async () => {
		const latin1 = Buffer.from('Gr=FC=DFe aus K=F6ln', 'latin1').toString();
		const dir = await writeFiles({
			'old.vcf': [
				'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg', 'TEL;WORK;VOICE:+49 1',
				'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe, erste Zeile=0D=0A=', 'zweite Zeile', 'END:VCARD',
				'BEGIN:VCARD', 'VERSION:2.1', 'FN;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Hans M=FCller', `NOTE;QUOTED-PRINTABLE:${latin1}`, 'END:VCARD',
			].join('\n'),
			'new.vcf': '\uFEFF' + [
				'BEGIN:VCARD', 'VERSION:4.0', 'FN:Ana Souza', 'EMAIL;TYPE=work;PREF=1:ana@example.com', 'EMAIL;TYPE=home:ana@home.example',
				'SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/ana-souza', 'UID:urn:uuid:1234', 'END:VCARD',
				'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//XING AG//vCard//DE', 'FN:Kai Lang', 'REV:2024-05-06T07:08:09Z', 'END:VCARD',
			].join('\r\n'),
		});
		const db = path.join(dir, 'db.json');
		const result = await importInto(db, 'vcard', [dir]);
		expect(result.problems).toEqual([]);
		const data = await readDb(db);
		expect(personNamed(data, 'Jörg Müller').notes).toBe('Grüße, erste Zeile\r\nzweite Zeile');
		expect(personNamed(data, 'Hans Müller').notes).toBe('Grüße aus Köln');
		expect(personNamed(data, 'Ana Souza')).toMatchObject({handles: {email: 'ana@example.com', linkedin: 'ana-souza'}, sources: [{format: 'vcard', id: 'uid/urn:uuid:1234'}]});
		// Written by XING: a XING contact since the card's date.
		expect(personNamed(data, 'Kai Lang').connectedOn).toEqual({xing: '2024-05-06'});
	});

	it('skips a card without a name or without END, and keeps the others', async () => {
		const dir = await writeFiles({
			'cards.vcf': ['BEGIN:VCARD', 'VERSION:3.0', 'TEL:+49 1', 'END:VCARD', 'BEGIN:VCARD', 'FN:Ok Person', 'END:VCARD', 'BEGIN:VCARD', 'FN:Cut Off'].join('\n'),
		});
		const result = await importInto(path.join(dir, 'db.json'), 'vcard', [dir]);
		expect(result.people.added).toBe(1);
		expect(result.problems.map(problem => [problem.where, problem.message])).toEqual([
			['line 8', 'card has no END:VCARD (file cut short?); skipped'],
			['line 1', 'card has no name (no FN, N or ORG)'],
		]);
	});

	it('keeps an emoji written literally inside a quoted-printable value whole', () => {
		const {cards} = parseVcards('BEGIN:VCARD\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe \u{1F44B} und \u{1F469}\u200D\u{1F4BB}=0A\u{1F600}\r\nEND:VCARD\r\n');
		expect(textValue(cards[0]!.properties[0]!)).toBe('Grüße \u{1F44B} und \u{1F469}\u200D\u{1F4BB}\n\u{1F600}');
	});

	it('unfolds lines folded in the middle of a multi-byte character and un-escapes text', () => {
		const {cards} = parseVcards('BEGIN:VCARD\r\nNOTE:a\\, b\\; c\\\\d\\ne Stra\r\n ße\r\nEND:VCARD\r\n');
		expect(textValue(cards[0]!.properties[0]!)).toBe('a, b; c\\d\ne Straße');
	});
});
