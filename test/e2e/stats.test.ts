// The Stats screen in a real terminal: found from the hints, read page by
// page at 80×24, at a glance at 120×40, with and without colour, and on an
// empty database.
import {afterEach, describe, expect, it} from 'vitest';
import {statsDbFile} from '../helpers/stats-db.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

const titles = ['Requests per month', 'Decisions', 'What the screening saw', 'Your network', 'Where you overrode the suggestion'];
const colours = /\u001B\[[0-9;]*(?:3[0-7]|9[0-7])m/;

async function openStats(empty: boolean, size: {columns: number; rows: number}, env: Record<string, string> = {}) {
	const {db, env: paths} = await statsDbFile(empty);
	const tui = new TmuxSession(['--db', db], {...paths, ...env}, size);
	sessions.push(tui);
	// The screening panels wait for the classifier: open the screen once it is done.
	await tui.waitFor(s => s.includes('[Pending') && !s.includes('classifying'), 'the inbox, classified', 30_000);
	tui.send('c');
	await tui.waitFor(s => s.includes('Your network at a glance'), 'the Stats screen');
	return tui;
}

describe.skipIf(!hasTmux())('the Stats screen in a real terminal', () => {
	it('at 80×24: every panel on its pages, j turns them, Esc goes back; listed in ?', async () => {
		const tui = await openStats(false, {columns: 80, rows: 24});
		const first = tui.screen();
		expect(first).toMatch(/page 1\/\d · j\/k more/);
		expect(first).toContain('Esc back · j/k page');
		const pages = Number(/page 1\/(\d)/.exec(first)![1]);
		let seen = first;
		for (let page = 2; page <= pages; page++) {
			tui.send('j');
			seen += await tui.waitFor(s => s.includes(`page ${page}/${pages}`), `page ${page}`);
		}
		for (const title of titles) expect(seen).toContain(title);
		expect(seen).toMatch(/everyone +█+░+ +3 of 7 +43 %/);
		expect(seen).toMatch(/− mass-sent +█+ +3\n/);
		expect(seen).toContain('“Ich bin immer auf der Suche nach spannenden …”');
		for (const line of seen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		expect(tui.screen(true)).toMatch(colours);

		tui.send('Escape');
		await tui.waitFor(s => s.includes('[Pending 3]') && !s.includes('Your network at a glance'), 'the inbox again');
		tui.send('?');
		await tui.waitFor(s => s.includes('Keys page 1/'), 'the help');
		// Page through the help until the key shows: where it falls depends on how many keys there are.
		let found = false;
		for (let page = 0; page < 6 && !found; page++) {
			tui.send('j');
			await tui.waitFor(s => s.includes(`Keys page ${Math.min(page + 2, 99)}/`) || /c +your network at a glance/.test(s), `help page ${page + 2}`);
			found = /c +your network at a glance/.test(tui.screen());
		}
		expect(found).toBe(true);
	});

	it('at 120×40 without colour: every panel on one page, in two columns', async () => {
		const tui = await openStats(false, {columns: 120, rows: 40}, {NO_COLOR: '1'});
		const screen = tui.screen();
		expect(screen).not.toContain('page 1/');
		for (const title of titles) expect(screen).toContain(title);
		expect(screen.split('\n').some(line => /Requests per month.* {2,}\S/.test(line))).toBe(true);
		expect(screen).toContain('▓ Facebook');
		expect(tui.screen(true)).not.toMatch(colours);
	});

	it('on an empty database, each panel says what is missing instead of drawing an empty axis', async () => {
		const tui = await openStats(true, {columns: 80, rows: 24});
		let seen = tui.screen();
		const pages = Number(/page 1\/(\d)/.exec(seen)?.[1] ?? 1);
		for (let page = 2; page <= pages; page++) {
			tui.send('j');
			seen += await tui.waitFor(s => s.includes(`page ${page}/${pages}`), `page ${page}`);
		}
		expect(seen).toContain('No requests yet. Import an export: netinbox import auto PATH');
		expect(seen).toContain('No connections on record.');
		expect(seen).toContain('Nothing decided yet');
		// No bars: only the network panel's legend line shows the glyphs.
		expect(seen.split('\n').filter(line => !line.includes('could vouch for')).join('\n')).not.toMatch(/[▏█▓▒░]/);
	});
});
