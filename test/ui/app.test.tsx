import {describe, expect, it, vi} from 'vitest';
import {classifyAll} from '../../source/core/classifier/index.js';
import {databaseFrom, manyRequests} from '../helpers/db.js';
import {sampleDocument} from '../helpers/generic.js';
import {renderApp} from '../helpers/render.js';
import {keymap} from '../../source/ui/keymap.js';

const statusOf = (saved: ReturnType<typeof renderApp>['saved'], id: string) => saved.at(-1)!.requests.find(r => r.id === id)!.status;

describe('the inbox', () => {
	it('lists the pending requests newest first with the selected one in detail', async () => {
		const app = renderApp(databaseFrom());
		const frame = await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		const order = ['Carla Schmidt', 'Jonas Weber', 'Anna Müller'].map(name => frame.indexOf(name));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(frame).toContain("I'd like to add you to my");
		expect(frame).toMatch(/›\[ \] LI Carla Schmidt/);
		expect(frame).toContain('[Pending 3]');
		expect(frame).toContain('1/3');
		app.unmount();
	});

	it('shows the history and notes of the selected sender', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('cursor.bottom');
		await app.press('detail.open');
		const frame = await app.waitForFrame(f => f.includes('met in person 1×'));
		expect(frame).toContain('note: Met at BarCamp Hamburg 2025.');
		expect(frame).toContain('twitter 1 in / 1 out');
		expect(frame).toContain('2025-04-02 → twitter reply: Thanks!');
		expect(frame).toContain('4 mutual contacts');
		app.unmount();
	});

	it('renders only the rows that fit, also for 10,000 requests', async () => {
		const app = renderApp(databaseFrom(manyRequests(10_000)));
		const frame = await app.waitForFrame(f => f.includes('1/10000'));
		expect(frame).toContain('Person 00000');
		expect(frame).not.toContain('Person 00030');
		expect(frame.split('\n').length).toBeLessThanOrEqual(24);
		await app.press('cursor.bottom');
		await app.waitForFrame(f => f.includes('10000/10000') && f.includes('Person 09999'));
		app.unmount();
	});

	it('accepts the selected request, moves on to the next pending one and undoes it', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('request.accept');
		let frame = await app.waitForFrame(f => f.includes('Pending 2'));
		expect(frame).toContain('accepted Carla Schmidt — u: undo');
		expect(frame).toMatch(/›\[ \] LI Jonas Weber/);
		expect(statusOf(app.saved, 'r-003')).toBe('accepted');
		await app.press('undo');
		frame = await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		expect(frame).toContain('undid: back to pending Carla Schmidt');
		expect(statusOf(app.saved, 'r-003')).toBe('pending');
		app.unmount();
	});

	it('decides every marked request at once and asks before reporting several as spam', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('mark.toggle');
		await app.press('mark.toggle');
		await app.waitForFrame(f => f.includes('2 marked'));
		await app.press('request.spam');
		await app.waitForFrame(f => f.includes('report 2 requests as contact spam?'));
		await app.press('confirm.no');
		await app.waitForFrame(f => f.includes('2 marked') && !f.includes('report 2'));
		await app.press('request.spam');
		await app.press('confirm.yes');
		const frame = await app.waitForFrame(f => f.includes('Pending 1'));
		expect(frame).toContain('reported as spam 2 requests');
		expect(app.saved.at(-1)!.journal.map(entry => [entry.request, entry.bulk])).toEqual([
			['linkedin:r-002', true],
			['linkedin:r-003', true],
		]);
		app.unmount();
	});

	it('applies the suggestions to the view after showing the plan, as one batch', async () => {
		const db = databaseFrom();
		const suggestions = classifyAll(db);
		const app = renderApp(db);
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('plan.open');
		const frame = await app.waitForFrame(f => f.includes('y apply') && f.includes('apply: '));
		const counts = new Map<string, number>();
		for (const s of suggestions.values()) counts.set(s.decision, (counts.get(s.decision) ?? 0) + 1);
		for (const [decision, count] of counts) expect(frame).toContain(`${decision} ${count}`);
		await app.press('confirm.yes');
		await app.waitForFrame(f => f.includes('Decided 3'));
		const batches = new Set(app.saved.at(-1)!.journal.map(entry => entry.batch));
		expect(batches.size).toBe(1);
		await app.press('undo');
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		app.unmount();
	});

	it('lists the unsure suggestions first in the S cycle, and A skips them, saying how many', async () => {
		// A second "Anna Müller" with Anna's headline and a meeting of her own: accept, but unsure.
		const document = sampleDocument();
		document.people.push({id: 'p-004', name: 'Anna Müller', headline: 'UX Lead'});
		document.interactions.push({person: 'p-004', at: '2026-06-01T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both', text: 'Hamburg'});
		document.requests.push({id: 'r-004', network: 'linkedin', from: 'p-004', receivedAt: '2026-11-23T10:00:00Z', message: null});
		const db = databaseFrom(document);
		const suggestions = classifyAll(db);
		const unsure = db.requests.filter(request => suggestions.get(request.key)!.unsure);
		// Both Annas are unsure now: each could be the other's second account.
		expect(unsure.map(request => request.id).sort()).toEqual(['r-001', 'r-004']);
		const app = renderApp(db);
		await app.ready();
		await app.press('plan.open');
		const plan = await app.waitForFrame(f => f.includes('y apply'));
		expect(plan).toContain('skipping 2 unsure (S shows them)');
		await app.press('confirm.no');
		await app.press('filter.suggestion');
		const filtered = await app.waitForFrame(f => f.includes('unsure suggestions') && f.includes('1/2'));
		expect(filtered).not.toContain('Carla Schmidt');
		await app.press('plan.open');
		await app.waitForFrame(f => f.includes('nothing to apply: 2 are unsure: decide them yourself'));
		expect(app.saved).toEqual([]);
		app.unmount();
	});

	it('marks every request with the same suggestion as the selected one', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('cursor.down');
		await app.press('mark.sameSuggestion');
		const frame = await app.waitForFrame(f => f.includes('2 marked'));
		expect(frame).toContain('marked 2 with the suggestion accept');
		expect(frame).toMatch(/\[x\] LI Jonas Weber/);
		expect(frame).toMatch(/\[x\] XI Anna Müller/);
		expect(frame).toMatch(/\[ \] LI Carla Schmidt/);
		app.unmount();
	});

	it('handles keys typed faster than it renders', async () => {
		const app = renderApp(databaseFrom(manyRequests(50)));
		await app.waitForFrame(f => f.includes('1/50'));
		await app.type('jjjj');
		await app.waitForFrame(f => f.includes('5/50'));
		await app.type('  i');
		const frame = await app.waitForFrame(f => f.includes('Pending 48'));
		expect(frame).toContain('ignored 2 requests');
		const ignored = app.saved.at(-1)!.requests.filter(r => r.status === 'ignored').map(r => r.id);
		expect(ignored).toEqual(['r00004', 'r00005']);
		app.unmount();
	});

	it('logs a meeting with the sender and shows it in the history at once', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('log.open');
		await app.waitForFrame(f => f.includes('log an interaction with Carla Schmidt'));
		await app.press('log.meeting');
		await app.type('2026-11-20 coffee at the meetup');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged: met in person 2026-11-20'));
		await app.press('detail.open');
		const frame = await app.waitForFrame(f => f.includes('met in person 1×, last 2026-11'));
		expect(frame).toContain('2026-11-20 ↔ in-person meeting: coffee');
		const logged = app.saved.at(-1)!.interactions.at(-1)!;
		expect(logged).toMatchObject({kind: 'meeting', direction: 'both', channel: 'in-person', at: '2026-11-20', text: 'coffee at the meetup'});
		app.unmount();
	});

	it('refuses a date that does not exist, saying why, and keeps what was typed', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('log.open');
		await app.press('log.meeting');
		await app.type('2026-13-45 coffee');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('2026-13-45: there is no month 13'));
		expect(app.frame()).toContain('2026-13-45 coffee');
		expect(app.saved).toEqual([]);
		for (let index = 0; index < '13-45 coffee'.length; index++) await app.press('prompt.backspace');
		await app.type('11-02 coffee');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged: met in person 2026-11-02'));
		expect(app.saved.at(-1)!.interactions.at(-1)).toMatchObject({at: '2026-11-02', text: 'coffee', logged: true});
		app.unmount();
	});

	it('undoes the last log rather than an older decision, and edits or removes a logged interaction', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('request.ignore');
		await app.waitForFrame(f => f.includes('ignored Carla Schmidt'));
		await app.press('log.open');
		await app.press('log.call');
		await app.type('2026-11-20 about the talk');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged: talked 2026-11-20'));
		const before = app.saved.at(-1)!.interactions.length;
		await app.press('undo');
		await app.waitForFrame(f => f.includes('undid: logged call 2026-11-20 with Jonas Weber removed'));
		expect(app.saved.at(-1)!.interactions).toHaveLength(before - 1);
		expect(statusOf(app.saved, 'r-003')).toBe('ignored');

		await app.press('log.edit');
		await app.waitForFrame(f => f.includes('nothing logged with Jonas Weber yet'));
		await app.press('log.open');
		await app.press('log.wrote');
		await app.type('2026-11-21 thanks');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged: I wrote 2026-11-21'));
		await app.press('log.edit');
		await app.waitForFrame(f => f.includes('edit message with Jonas Weber (empty removes it): 2026-11-21 thanks'));
		await app.press('prompt.deleteWord');
		await app.press('prompt.deleteWord');
		await app.type('thanks again');
		await app.press('prompt.home');
		await app.type('2026-11-22 ');
		await app.waitForFrame(f => f.includes(': 2026-11-22 thanks again'));
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged interaction changed: 2026-11-22'));
		expect(app.saved.at(-1)!.interactions.at(-1)).toMatchObject({at: '2026-11-22', text: 'thanks again', logged: true});
		await app.press('log.edit');
		await app.waitForFrame(f => f.includes('edit message with Jonas Weber'));
		await app.press('prompt.deleteWord', false);
		await app.press('prompt.deleteWord', false);
		await app.press('prompt.deleteWord');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('logged interaction removed'));
		expect(app.saved.at(-1)!.interactions).toHaveLength(before - 1);
		app.unmount();
	});

	it("edits the sender's note", async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('cursor.bottom');
		await app.press('note.open');
		await app.waitForFrame(f => f.includes('note on Anna Müller: Met at BarCamp Hamburg 2025.'));
		for (let index = 0; index < 'Hamburg 2025.'.length; index++) await app.press('prompt.backspace');
		await app.type('Kiel');
		await app.press('prompt.submit');
		await app.waitForFrame(f => f.includes('note: Met at BarCamp Kiel'));
		app.unmount();
	});

	it('switches views and filters by network', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('request.ignore');
		await app.press('view.next');
		await app.press('view.next');
		await app.press('view.next');
		let frame = await app.waitForFrame(f => f.includes('1/1'));
		expect(frame).toContain('Carla Schmidt');
		await app.press('view.next');
		await app.press('filter.network');
		frame = await app.waitForFrame(f => f.includes('network: linkedin') && f.includes('[All 3]') && f.includes('1/2'));
		expect(frame).not.toContain('Anna Müller');
		await app.press('filter.network');
		frame = await app.waitForFrame(f => f.includes('network: xing') && f.includes('1/1'));
		expect(frame).toContain('Anna Müller');
		app.unmount();
	});

	it('shows every key in the help', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		let frames = await app.press('help.open');
		const pages = Number(/page \d+\/(\d+)/.exec(frames)?.[1] ?? 1);
		for (let page = 1; page < pages; page++) frames += await app.press('help.next');
		for (const binding of keymap.filter(b => b.group !== 'Dialogs')) expect(frames, binding.command).toContain(binding.description.slice(0, 24));
		await app.press('help.close');
		app.unmount();
	});

	it('shows names and messages with escape sequences inert', async () => {
		const document = sampleDocument();
		document.people[2]!.name = 'Carla\u001b]0;pwned\u0007 \u001b[2JSchmidt\u202e';
		document.requests[2]!.message = 'hi\u001b]52;c;cm0gLXJmIH4=\u0007 there\rEvil';
		const app = renderApp(databaseFrom(document));
		const frame = await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		expect(frame).toContain('Carla␛]0;pwned␇ ␛[2JSchmidt');
		expect(frame).toContain('hi␛]52;c;cm0gLXJmIH4=␇ there␍Evil');
		expect(frame).not.toMatch(/\u001b\]|\u0007|\u202e/);
		app.unmount();
	});

	it('tells the user when a save fails and keeps the decision', async () => {
		let fail = true;
		const app = renderApp(databaseFrom(), {
			save: async () => {
				if (fail) throw new Error('disk full');
			},
		});
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('request.ignore');
		await app.waitForFrame(f => f.includes('save failed, retrying: disk full'));
		expect(app.frame()).toContain('Pending 2');
		fail = false;
		await app.waitForFrame(f => !f.includes('save failed'));
		app.unmount();
	});
});

describe('"do I know X?" in the inbox', () => {
	it('searches with every key, opens the card, vouches and jumps to the pending request', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('search.open');
		await app.waitForFrame(f => f.includes('Type a name, a handle or a company'));
		await app.type('mueler');
		await app.waitForFrame(f => /› Anna Müller\s+know well/.test(f));
		await app.press('search.card');
		let frame = await app.waitForFrame(f => f.includes('connected') && f.includes('xing since 2024-05-02'));
		expect(frame).toMatch(/BarCamp Hamburg/);
		await app.press('card.vouch');
		await vi.waitFor(() => expect(app.saved.at(-1)?.people.find(p => p.name === 'Anna Müller')?.vouched).toBeDefined());
		await app.press('card.jump');
		frame = await app.waitForFrame(f => f.includes('[Pending 3]') && f.includes('3/3'));
		expect(frame).toMatch(/›\[ \] XI Anna Müller/);
	});

	it('opens with the query it had when it was last closed', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('search.open');
		await app.type('mueler');
		await app.waitForFrame(f => /› Anna Müller\s+know well/.test(f));
		await app.press('search.close');
		await app.waitForFrame(f => f.includes('[Pending 3]'));
		await app.press('search.open');
		await app.waitForFrame(f => f.includes('/ mueler') && /› Anna Müller\s+know well/.test(f));
		app.unmount();
	});

	it('says on the card when the person has no pending request to go to', async () => {
		const document = sampleDocument();
		document.people.push({id: 'p-009', name: 'Dora Lindqvist'});
		const app = renderApp(databaseFrom(document));
		await app.ready();
		await app.press('search.open');
		await app.type('lindqvist');
		await app.waitForFrame(f => /› Dora Lindqvist/.test(f));
		await app.press('search.card');
		await app.waitForFrame(f => f.includes('Dora Lindqvist (p'));
		await app.press('card.jump');
		await app.waitForFrame(f => f.includes('no pending request from Dora Lindqvist'));
		await app.press('card.back');
		const frame = await app.waitForFrame(f => !f.includes('Dora Lindqvist (p'));
		expect(frame).not.toContain('no pending request');
		app.unmount();
	});

	it('shows who is probably the same person on the card, merges them and takes it back', async () => {
		const document = sampleDocument();
		document.people.push({id: 'p-004', name: 'Anni Müller', handles: {instagram: '@anni.ux'}, headline: 'UX at Hafen Digital', location: 'Hamburg'});
		document.requests.push({id: 'r-004', network: 'instagram', from: 'p-004', receivedAt: '2026-11-23T10:00:00Z', message: null});
		const app = renderApp(databaseFrom(document));
		await app.ready();
		await app.press('search.open');
		await app.type('anna hafen');
		await app.waitForFrame(f => /› Anna Müller\s+know well/.test(f));
		await app.press('search.card');
		let frame = await app.waitForFrame(f => f.includes('probably') && f.includes('also Anni Müller'));
		expect(frame).toContain('Anna Müller goes by Anni in your records');
		expect(frame).toContain('m merge');
		await app.press('card.merge');
		frame = await app.waitForFrame(f => /merged +\d{4}-\d\d-\d\d Anni Müller \(p\d+\) merged into this record \(m1\)/.test(f));
		expect(frame).toContain('U unmerge');
		expect(frame).not.toContain('also Anni Müller');
		const merged = app.saved.at(-1)!;
		expect(merged.people.map(p => p.name)).toEqual(['Anna Müller', 'Jonas Weber', 'Carla Schmidt']);
		expect(merged.requests.find(r => r.id === 'r-004')!.from).toBe(merged.people[0]!.id);
		await app.press('card.unmerge');
		await app.waitForFrame(f => f.includes('also Anni Müller') && !f.includes('merged into this record'));
		expect(app.saved.at(-1)!.people.map(p => p.name)).toEqual(['Anna Müller', 'Anni Müller', 'Jonas Weber', 'Carla Schmidt']);
		await app.press('card.notSame');
		await app.waitForFrame(f => !f.includes('also Anni Müller') && !f.includes('m merge'));
		expect(app.saved.at(-1)!.identity!.notSame).toHaveLength(1);
		app.unmount();
	});

	it('keeps what is typed while the index is built, and searches it once it is there', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.type('/mue', false);
		await app.waitForFrame(f => /› Anna Müller\s+know well/.test(f) && f.includes('/ mue'));
		app.unmount();
	});

	it('goes back from the card to the matches, and closes on escape', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('search.open');
		await app.type('jonas');
		await app.waitForFrame(f => f.includes('› Jonas Weber'));
		await app.press('search.card');
		await app.press('card.back');
		await app.waitForFrame(f => f.includes('/ jonas') && f.includes('› Jonas Weber'));
		await app.press('search.close');
		await app.waitForFrame(f => f.includes('[Pending 3]') && f.includes('1/3'));
	});
});

describe('suggestions in the inbox', () => {
	it('shows the suggestion with its reasons, and updates it at once when a meeting is logged', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		let frame = app.frame();
		expect(frame).toMatch(/›\[ \] LI Carla Schmidt\s+ignore/);
		expect(frame).toMatch(/Suggestion ignore/);
		expect(frame).toMatch(/LinkedIn default text/i);
		await app.press('log.open');
		await app.press('log.meeting');
		await app.type('2026-11-01 talked at the meetup');
		await app.press('prompt.submit');
		frame = await app.waitForFrame(f => /Suggestion accept/.test(f));
		expect(frame).toMatch(/›\[ \] LI Carla Schmidt\s+accept/);
		expect(frame).toMatch(/met in person 2026-11-01/);
		app.unmount();
	});

	it('lists the other senders of a mass-sent text beside it', async () => {
		const document = sampleDocument();
		const text = 'Ich unterstütze Unternehmen dabei, ihre Sichtbarkeit auf LinkedIn in 90 Tagen zu verdoppeln. Lassen Sie uns vernetzen!';
		for (const [index, name] of ['Tim Berger', 'Lea Vogt', 'Olaf Brandt'].entries()) {
			document.people.push({id: `m-${index}`, name});
			document.requests.push({id: `m-${index}`, network: 'linkedin', from: `m-${index}`, receivedAt: `2026-11-1${index}T09:00:00Z`, message: index === 1 ? text.replace('!', '.') : text});
		}
		const app = renderApp(databaseFrom(document));
		await app.ready();
		expect(app.frame()).toContain('[Pending 6]');
		await app.press('cursor.bottom');
		await app.press('detail.open');
		const frame = await app.waitForFrame(f => f.includes('Same text from'));
		expect(frame).toMatch(/Lea Vogt · LinkedIn/);
		expect(frame).toMatch(/Olaf Brandt · LinkedIn/);
		expect(frame).toMatch(/same text as 2 other requests/);
		app.unmount();
	});

	it('brings a deferred follower back as ready to accept once a real dialogue appears', async () => {
		const document = sampleDocument();
		document.requests[1]!.network = 'twitter';
		const app = renderApp(databaseFrom(document));
		await app.ready();
		expect(app.frame()).toContain('[Pending 3]');
		await app.press('cursor.down');
		await app.waitForFrame(f => f.includes('2/3'));
		await app.press('request.follower');
		await app.waitForFrame(f => f.includes('Followers 1') && f.includes('Ready to accept 0'));
		await app.press('view.next');
		await app.press('view.next');
		await app.waitForFrame(f => f.includes('[Followers 1]') && f.includes('1/1'));
		for (const kind of ['log.received', 'log.wrote', 'log.received', 'log.wrote'] as const) {
			await app.press('log.open');
			await app.press(kind);
			await app.type('2026-11-25');
			await app.press('prompt.submit');
		}
		const frame = await app.waitForFrame(f => f.includes('Ready to accept 1'));
		expect(frame).toMatch(/Jonas Weber\s+ready/);
		expect(frame).toContain('accept (ready to accept)');
		app.unmount();
	});
});

describe('what the inbox says', () => {
	it('clears a message with the next action, so it never outlives the state it describes', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('cursor.down');
		await app.press('mark.sameSuggestion');
		await app.waitForFrame(f => f.includes('marked 2 with the suggestion accept'));
		await app.press('filter.network');
		const frame = await app.waitForFrame(f => f.includes('network: linkedin'));
		expect(frame).not.toContain('marked 2');
		expect(frame).not.toContain('2 marked');
		app.unmount();
	});

	it('shows the status, in words, where requests are decided, and A there says truly why nothing applies', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('request.ignore');
		await app.waitForFrame(f => f.includes('Decided 1'));
		await app.press('view.next');
		await app.press('view.next');
		await app.press('view.next');
		const decided = await app.waitForFrame(f => f.includes('[Decided 1]') && f.includes('1/1'));
		expect(decided).toMatch(/›\[ \] LI Carla Schmidt\s+ignored /);
		expect(decided).toMatch(/decided:\s+ignored/);
		await app.press('plan.open');
		await app.waitForFrame(f => f.includes('nothing to apply: 1 request is decided already'));
		await app.press('view.next');
		const all = await app.waitForFrame(f => f.includes('[All 3]') && f.includes('/3'));
		expect(all).toMatch(/LI Carla Schmidt\s+ignored /);
		expect(all).toMatch(/LI Jonas Weber\s+accept /);
		app.unmount();
	});

	it('lists who a bulk decision touches before it is applied', async () => {
		const app = renderApp(databaseFrom());
		await app.ready();
		await app.press('plan.open');
		const frame = await app.waitForFrame(f => f.includes('y apply'));
		expect(frame).toMatch(/accept 2 \((Jonas, Anna|Anna, Jonas)\)/);
		expect(frame).toMatch(/Jonas Weber, Anna Müller|Anna Müller, Jonas Weber/);
		app.unmount();
	});

	it('says in the row and the detail when the sender is pending or connected on another network too', async () => {
		const document = sampleDocument();
		document.requests.push({id: 'r-009', network: 'linkedin', from: 'p-001', receivedAt: '2026-11-01T10:00:00Z', message: null});
		const app = renderApp(databaseFrom(document));
		await app.ready();
		const frame = await app.waitForFrame(f => /XI\+Anna Müller/.test(f));
		expect(frame).toMatch(/LI\+Anna Müller/);
		expect(frame).toMatch(/LI Carla Schmidt/);
		await app.press('cursor.bottom');
		await app.press('detail.open');
		const detail = await app.waitForFrame(f => f.includes('also pending on XING (r-001)'));
		expect(detail).toContain('connected on XING since 2024-05-02');
		app.unmount();
	});

	it('shows how to import, per network, and how to open the demo when the database is empty', async () => {
		const app = renderApp(databaseFrom({format: 'netinbox/v1', people: [], interactions: [], requests: []}));
		const frame = await app.waitForFrame(f => f.includes('No requests yet'));
		for (const command of ['netinbox import linkedin', 'netinbox import facebook', 'netinbox import twitter', 'netinbox import mastodon', 'netinbox import vcard', 'netinbox import auto', 'netinbox --demo']) {
			expect(frame).toContain(command);
		}
		expect(frame).toContain('q quit');
		app.unmount();
	});
});
