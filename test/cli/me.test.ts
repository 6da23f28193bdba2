import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseMeText, meText} from '../../source/commands/me.js';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

async function setup() {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	const document = sampleDocument();
	document.me = {name: 'Steve Keller', handles: {twitter: '@stevek'}, profile: 'Talk: Netzwerken mit Sinn'};
	await runCli(['import', 'generic', await writeDocument(directory, document), '--db', db]);
	return db;
}

describe('netinbox me', () => {
	it('shows the profile, and edits it in $EDITOR', async () => {
		const db = await setup();
		const shown = await runCli(['me', '--db', db]);
		expect(shown.code).toBe(0);
		expect(shown.stdout).toContain('name     Steve Keller');
		expect(shown.stdout).toContain('Talk: Netzwerken mit Sinn');
		// An "editor" that changes the name, adds a handle and a talk, as a user would in the file.
		const editor = `sed -i -e 's/^name: .*/name: Steve K. Keller/' -e 's/^---$/mastodon: stevek@norden.social\\n---/' -e '$a Book: Das leise Netzwerk'`;
		const edited = await runCli(['me', 'edit', '--db', db], {env: {EDITOR: editor, VISUAL: ''}});
		expect(edited.code, edited.stderr).toBe(0);
		expect(edited.stdout).toContain('Saved.');
		const me = JSON.parse((await runCli(['me', '--json', '--db', db])).stdout);
		expect(me).toEqual({name: 'Steve K. Keller', handles: {twitter: '@stevek', mastodon: 'stevek@norden.social'}, profile: 'Talk: Netzwerken mit Sinn\nBook: Das leise Netzwerk'});
	});

	it('changes nothing when the editor fails or the text is broken', async () => {
		const db = await setup();
		const before = await readFile(db, 'utf8');
		const failed = await runCli(['me', 'edit', '--db', db], {env: {EDITOR: 'false', VISUAL: ''}});
		expect(failed.code).toBe(2);
		expect(failed.stderr).toContain('the editor (false) did not finish cleanly');
		const broken = await runCli(['me', 'edit', '--db', db], {env: {EDITOR: `sed -i 's/^---$//'`, VISUAL: ''}});
		expect(broken.code).toBe(1);
		expect(broken.stderr).toContain('needs its "---" line');
		expect(await readFile(db, 'utf8')).toBe(before);
		expect((await runCli(['me', 'nonsense', '--db', db])).code).toBe(2);
	});

	it('reads back what it writes', () => {
		const me = {name: 'Anna', handles: {xing: 'Anna_M', linkedin: 'anna-m'}, profile: 'Line one\n\nLine three: with a colon'};
		expect(parseMeText(meText(me))).toEqual(me);
		expect(() => parseMeText('name: x\nnot a pair\n---\n')).toThrow('line 2: "not a pair" is not "network: handle"');
	});
});
