// Untrusted text far longer than a screen: a 100k-character name, a message of
// 100k wide-ish characters. The inbox draws at once, keys work, the data keeps
// the whole text.
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {limitColumns, sanitizeLine, sanitizeText} from '../../source/core/sanitize.js';
import {assertBuilt, runCli} from '../helpers/cli-process.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';
import stringWidth from 'string-width';

const longName = 'Anna '.repeat(20_000);
const longMessage = '⑴'.repeat(100_000);

describe('limitColumns', () => {
	it('cuts by display columns with an ellipsis, and leaves short text alone', () => {
		expect(limitColumns('Anna Müller', 20)).toBe('Anna Müller');
		expect(limitColumns('abcdefghij', 5)).toBe('abcd…');
		expect(stringWidth(limitColumns('漢字'.repeat(100), 11))).toBeLessThanOrEqual(11);
		expect(limitColumns('漢字'.repeat(100), 11)).toMatch(/…$/);
		expect(stringWidth(sanitizeLine(longName))).toBeLessThanOrEqual(1000);
		expect(sanitizeText(longMessage).length).toBeLessThan(25_000);
		// One letter with 100k combining marks is one column, but no less work to measure: it is cut too.
		expect(sanitizeLine('a' + '\u0301'.repeat(100_000)).length).toBeLessThan(5_000);
	});
});

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

describe.skipIf(!hasTmux())('the inbox with huge untrusted text', () => {
	beforeAll(assertBuilt);

	it('draws its first frame, moves and quits; the data keeps the whole text', async () => {
		const directory = await tempDir();
		const document = sampleDocument();
		document.people[1] = {...document.people[1], name: longName};
		document.requests[2] = {...document.requests[2], message: longMessage};
		document.requests[1] = {...document.requests[1], receivedAt: '2026-11-23T10:00:00Z'};
		const db = path.join(directory, 'db.json');
		expect((await runCli(['import', 'generic', await writeDocument(directory, document), '--db', db])).code).toBe(0);
		const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
		const tui = new TmuxSession(['--db', db], env, {columns: 120, rows: 40});
		sessions.push(tui);
		await tui.waitFor(screen => screen.includes('1/3') && screen.includes('Anna Anna'), 'the first frame with the long name', 20_000);
		tui.send('j');
		await tui.waitFor(screen => screen.includes('2/3') && screen.includes('⑴⑴⑴'), 'the long message', 20_000);
		tui.send('q');
		const screen = await tui.waitFor(s => s.includes('EXITED rc='), 'the exit', 20_000);
		expect(screen).toContain('EXITED rc=0');
		const exported = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout) as {people: Array<{name: string}>; requests: Array<{message: string | null}>};
		expect(exported.people.map(person => person.name.length)).toContain(longName.length);
		expect(exported.requests.map(request => request.message?.length ?? 0)).toContain(longMessage.length);
	}, 90_000);
});
