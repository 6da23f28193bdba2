import {describe, expect, it} from 'vitest';
import {Classifier} from '../../source/core/classifier/index.js';
import {emptyDatabase, type Database} from '../../source/core/model.js';
import {networkStats, type Stats} from '../../source/core/stats/index.js';
import {columns} from '../../source/ui/charts/bars.js';
import {panelLines, plain, statsPanels, type Panel} from '../../source/ui/stats/index.js';
import {statsPage} from '../../source/ui/stats/pages.js';
import {databaseFrom} from '../helpers/db.js';
import {statsDatabase, statsDocument, statsNow} from '../helpers/stats.js';

function statsOf(db: Database): Stats {
	const classifier = Classifier.build(db, {now: statsNow});
	const suggestions = new Map(db.requests.map(request => [request.key, classifier.suggest(request)]));
	return networkStats(db, {now: statsNow, suggestions, sameText: key => classifier.sameText(key)});
}

const text = (panel: Panel, width: number) => panelLines(panel, width).map(plain);

describe('the Stats panels', () => {
	const stats = statsOf(statsDatabase());

	it.each([40, 58, 78, 100])('fit %s columns, every line', width => {
		for (const panel of statsPanels(stats, width)) {
			for (const line of text(panel, width)) expect(columns(line), line).toBeLessThanOrEqual(width);
		}
	});

	it('draw the hand-counted figures', () => {
		const [months, decisions, screening, network, overrides] = statsPanels(stats, 78).map(panel => text(panel, 78));
		expect(months![0]).toBe('Requests per month · Jan 2026 – Dec 2026');
		expect(months!.find(line => line.startsWith('Dec 2026'))).toMatch(/ 2 so far$/);
		expect(months!.find(line => line.startsWith('Jun 2026'))).toMatch(/^Jun 2026 +0$/);
		expect(decisions!.find(line => line.startsWith('accept'))).toMatch(/█+ +2 +29 %$/);
		expect(decisions!.find(line => line.startsWith('pending'))).toMatch(/ 3 +43 %$/);
		expect(decisions).toContain('decided after a median of 6 days (of 4 decided here)');
		expect(decisions).toContain('pending: waiting a median of 35 days');
		expect(screening!.find(line => line.startsWith('− mass-sent'))).toMatch(/ 3$/);
		expect(screening!.find(line => line.startsWith('− LinkedIn default text'))).toMatch(/ 1$/);
		expect(screening).toContain('“Ich bin immer auf der Suche nach spannenden …”');
		expect(screening).toContain('  3 senders, 3 requests · LinkedIn, XING · Nov 2026 – Dec 2026');
		expect(network!.find(line => line.startsWith('everyone'))).toMatch(/ 3 of 7 +43 %$/);
		expect(network).toContain('netinbox audit lists the 4 you could not vouch for yet');
		expect(overrides!.find(line => line.startsWith('accept'))).toMatch(/ 1 of 2 \(suggested ignore 1\)$/);
	});

	it('tell the networks apart by glyph, so they read without colour', () => {
		const lines = text(statsPanels(stats, 78)[0]!, 78);
		expect(lines[2]).toBe('█ LinkedIn  ▓ Facebook  ▒ XING');
		expect(lines.find(line => line.startsWith('Nov 2026'))).toMatch(/^Nov 2026 █+▒+ +2$/);
	});

	it('say so when there is nothing to draw', () => {
		const empty = networkStats(emptyDatabase(), {now: statsNow, suggestions: new Map(), sameText: () => []});
		const all = statsPanels(empty, 78).map(panel => text(panel, 78));
		expect(all.map(lines => lines[2])).toEqual([
			'No requests yet. Import an export: netinbox import auto PATH',
			'No requests to count.',
			'No reasons found: no requests screened yet.',
			'No connections on record. Import your contacts: netinbox import auto PATH',
			'Nothing decided yet: your overrides show once you decide.',
		]);
		expect(all.flatMap(lines => lines.slice(2)).some(line => /[█▏░]/.test(line))).toBe(false);
	});

	it('wait for the classifier instead of drawing half its figures', () => {
		const panels = statsPanels(stats, 78, {classified: 250, total: 1000});
		expect(text(panels[2]!, 78)[2]).toBe('classifying… 25 %');
		expect(text(panels[4]!, 78)[2]).toBe('classifying… 25 %');
	});

	it('show a mass-sent text from strangers as inert text', () => {
		const document = statsDocument();
		const payload = 'Sehr \u001B]0;pwned\u0007spannend \u001B[31mund \u202Ewichtig: ich bin immer auf der Suche nach Kontakten aus der Digitalbranche, gern auch Sie.';
		for (const request of document.requests) if (['r2', 'r3', 'r4'].includes(String(request.id))) request.message = payload;
		const panel = statsPanels(statsOf(databaseFrom(document)), 78)[2]!;
		const lines = text(panel, 78).join('\n');
		expect(lines).toContain('␛]0;pwned');
		expect(lines).not.toMatch(/[\u001B\u0007\u202E]/);
	});
});

describe('statsPage', () => {
	const panel = (title: string, body: number): Panel => ({title, about: 'about', lines: Array.from({length: body}, (_, index) => [{text: `${title}${index}`}])});
	const panels = [panel('a', 6), panel('b', 4), panel('c', 10)];
	const titles = (columns: string[][]) => columns.map(column => column.filter(line => line.length === 1).join(''));

	it('puts whole panels on pages of one column, and wraps around', () => {
		const first = statsPage(panels, 80, 12, 0);
		expect(first.pages).toBe(3);
		expect(titles(first.columns.map(column => column.map(plain)))).toEqual(['a']);
		expect(statsPage(panels, 80, 12, 3).page).toBe(0);
		expect(statsPage(panels, 80, 12, -1).page).toBe(2);
	});

	it('fills two columns on a wide terminal', () => {
		const page = statsPage(panels, 120, 16, 0);
		expect(page.pages).toBe(1);
		expect(page.columns.map(column => column.filter(line => plain(line).length === 1).map(plain).join(''))).toEqual(['ab', 'c']);
	});

	it('cuts a panel taller than the page into pieces, none over the height', () => {
		const page = statsPage([panel('x', 30)], 80, 10, 0);
		expect(page.pages).toBe(4);
		for (let index = 0; index < page.pages; index++) {
			for (const column of statsPage([panel('x', 30)], 80, 10, index).columns) expect(column.length).toBeLessThanOrEqual(10);
		}
	});
});
