// The real inbox in a real terminal at every size a user may have: each pane is
// read from the screen, and nothing may overlap, be cut unannounced, or hide
// the way to help and out.
import {pushAll} from '../../source/core/arrays.js';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {paneLayout} from '../../source/ui/layout.js';
import {tempDir} from '../helpers/temp.js';
import {hasTmux, TmuxSession} from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

async function openDemo(columns: number, rows: number) {
	const directory = await tempDir();
	const env = {XDG_DATA_HOME: path.join(directory, 'data'), XDG_CONFIG_HOME: path.join(directory, 'config')};
	const tui = new TmuxSession(['--demo'], env, {columns, rows});
	sessions.push(tui);
	await tui.waitFor(s => /\[Pending \d+\]/.test(s) && /\d+\/\d+/.test(s) && !s.includes('classifying'), 'the demo inbox, classified');
	return tui;
}

const lines = (screen: string) => screen.split('\n');
const statusOf = (screen: string) => lines(screen).filter(line => line.trim()).at(-1)!;

/** What every screen must show, whatever the size: the whole header and the way to help and out. */
function expectFrame(screen: string, columns: number, hints = ['? help', 'q quit']) {
	const header = lines(screen)[0]!;
	expect(header, screen).toMatch(/^ \[Pending \d+\]/);
	expect(header, screen).not.toContain('…');
	for (const hint of hints) expect(statusOf(screen), screen).toContain(hint);
	for (const line of lines(screen)) expect([...line].length).toBeLessThanOrEqual(columns);
}

/** The panes of the list screen, read where the layout puts them. */
function expectPanes(screen: string, columns: number, rows: number, name: string) {
	const layout = paneLayout(columns, rows);
	const body = lines(screen).slice(1, 1 + layout.body);
	if (layout.kind === 'side') {
		// Nothing of the list runs into the detail: the gap between them is blank on every row.
		for (const line of body) expect([...line.padEnd(columns)][layout.listWidth], screen).toBe(' ');
		const detail = body.map(line => [...line].slice(layout.listWidth + 1).join(''));
		expect(detail[0]!.trim(), screen).toBe(name);
		expect(detail.some(line => /^ Suggestion /.test(line)) || detail.some(line => /↓ \d+ more/.test(line)), screen).toBe(true);
	} else if (layout.kind === 'stacked') {
		expect(body[layout.listHeight], screen).toBe('─'.repeat(columns));
		expect(body[layout.listHeight + 1]!.trim(), screen).toBe(name);
	}
	// The selected row is on screen, and its preview is readable.
	const selected = body.find(line => line.startsWith('›'));
	expect(selected, screen).toContain(name);
}

/** The help's columns, each read top to bottom, as the layout places them (one padding column each side). */
function helpColumns(screen: string, columns: number): string[] {
	const perPage = Math.max(1, Math.min(3, Math.floor((columns - 2) / 38)));
	const width = Math.floor((columns - 2) / perPage);
	const body = lines(screen).slice(3, -2);
	return Array.from({length: perPage}, (_, column) => body.map(line => [...line].slice(1 + column * width, 1 + (column + 1) * width).join('').trim()).join(' '));
}

/** The detail on its own screen, scrolled through to the end: every line of it, in order. */
async function readDetail(tui: TmuxSession): Promise<string[]> {
	tui.send('Enter');
	let screen = await tui.waitFor(s => s.includes('Esc back'), 'the detail on its own screen');
	const seen: string[] = [];
	for (let page = 0; page < 20; page++) {
		const body = lines(screen).slice(1).filter(line => !/^ \d+\/\d+ ·/.test(line));
		const marker = body.findIndex(line => /[↑↓] \d+ (above|more)/.test(line));
		pushAll(seen, (marker === -1 ? body : body.slice(0, marker)).map(line => line.trimEnd()));
		if (marker === -1 || !body[marker]!.includes('more')) break;
		const before = body[marker];
		tui.send('j');
		screen = await tui.waitFor(s => lines(s).find(line => /[↑↓] \d+ (above|more)/.test(line)) !== before, 'the detail scrolled');
	}
	tui.send('Escape');
	await tui.waitFor(s => !s.includes('Esc back'), 'back to the list');
	return seen;
}

describe.skipIf(!hasTmux())('every screen size', () => {
	it.each([
		[60, 15],
		[80, 24],
		[120, 40],
		[200, 50],
	])('at %i×%i every pane reads whole', async (columns, rows) => {
		const tui = await openDemo(columns, rows);
		expectFrame(tui.screen(), columns);
		// Dr. Sabrina Kühn: a long message, reasons that wrap, a heading line longer than a narrow pane.
		tui.send('j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j');
		let screen = await tui.waitFor(s => /^›.*Dr\. Sabrina Kühn/m.test(s), 'the tenth request selected');
		expectFrame(screen, columns);
		expectPanes(screen, columns, rows, 'Dr. Sabrina Kühn');

		const detail = (await readDetail(tui)).join('\n');
		expect(detail).toContain('Dr. Sabrina Kühn');
		expect(detail).toMatch(/^ Suggestion/m);
		expect(detail).toMatch(/^ History/m);
		// The whole message, wrapped but not cut.
		expect(detail.replace(/\s+/g, ' ')).toContain('Darf ich Ihnen die Details per Mail schicken?');

		tui.send('?');
		screen = await tui.waitFor(s => s.includes('Esc close'), 'the help');
		expectFrame(screen, columns, ['Esc close']);
		const pages = Number(/page \d+\/(\d+)/.exec(screen)?.[1] ?? 1);
		let help = '';
		for (let page = 1; page <= pages; page++) {
			help += ` ${helpColumns(screen, columns).join(' ')}`;
			if (page < pages) {
				tui.send('j');
				screen = await tui.waitFor(s => s.includes(`page ${page + 1}/${pages}`), `help page ${page + 1}`);
			}
		}
		for (const description of ['next request', 'accept: confirm the contact', 'do I know …? search everyone in your records', 'save and quit, from anywhere']) {
			expect(help.replace(/\s+/g, ' ')).toContain(description);
		}
		expect(help).not.toMatch(/\w…/);
		tui.send('Escape');
		await tui.waitFor(s => !s.includes('Esc close'), 'the help closed');
	});

	it('lays the panes out again when the terminal is resized, with the selection kept in view', async () => {
		const tui = await openDemo(200, 50);
		tui.send('G');
		const last = await tui.waitFor(s => /^›/m.test(s) && /(\d+)\/\1 /.test(s), 'the last request selected');
		const name = [...lines(last).find(line => line.startsWith('›'))!].slice(8, 30).join('').trim();
		for (const [columns, rows] of [[80, 24], [60, 15], [120, 40], [200, 50]] as const) {
			tui.resize(columns, rows);
			await tui.waitFor(s => {
				try {
					expectFrame(s, columns);
					expectPanes(s, columns, rows, name);
					return lines(s).length <= rows + 1;
				} catch {
					return false;
				}
			}, `every pane laid out for ${columns}×${rows}`);
		}
	});
});
