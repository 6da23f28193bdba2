import {describe, expect, it} from 'vitest';
import {rulesOf, World} from '../../helpers/screening.js';

describe('MET_IN_PERSON', () => {
	it('fires on a meeting in the history, with its date and what it was', () => {
		const world = new World();
		const anna = world.person({name: 'Anna Brandt'});
		world.db.interactions.push({id: 'i1', person: anna, at: '2025-03-04T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both', text: 'BarCamp Hamburg'});
		const suggestion = world.suggest(world.request(anna, {network: 'xing'}));
		expect(suggestion.decision).toBe('accept');
		expect(suggestion.reasons[0]).toMatchObject({rule: 'MET_IN_PERSON', text: 'met in person 2025-03-04 (BarCamp Hamburg)'});
	});

	it('fires on a note that says you met or talked, in German or English', () => {
		for (const notes of ['Exchanged cards at dmexco 2025.', 'Beim Barcamp Wien einen Abend über Retros diskutiert.', 'Alter Schulfreund.', 'Haben uns 2022 auf der Konferenz kennen gelernt.']) {
			const world = new World();
			const suggestion = world.suggest(world.request(world.person({name: 'Lukas Wendt', notes}), {network: 'instagram'}));
			expect(rulesOf(suggestion), notes).toContain('MET_IN_PERSON');
			expect(suggestion.decision).toBe('accept');
		}
	});

	it('does not fire on notes without a meeting, or that say you never met', () => {
		for (const notes of ['Kennt Claudia Reimers.', 'Never met in person, only online.', 'Noch nie persönlich getroffen.']) {
			const world = new World();
			const suggestion = world.suggest(world.request(world.person({name: 'Lukas Wendt', notes})));
			expect(rulesOf(suggestion), notes).not.toContain('MET_IN_PERSON');
		}
	});

	it('does not fire on a meeting the sender only claims in the message', () => {
		const world = new World();
		const suggestion = world.stranger('Hi Steve, we spoke briefly at the Stammtisch last Thursday about Mastodon moderation.');
		expect(rulesOf(suggestion)).not.toContain('MET_IN_PERSON');
		// An individual reason, not evidence: accept on LinkedIn through the message alone, with no history reason.
		expect(suggestion.decision).toBe('accept');
		expect(suggestion.reasons.filter(reason => reason.weight >= 4)).toEqual([]);
	});
});

describe('DIALOGUE', () => {
	it('fires on two exchanges each way and says where, how many and when', () => {
		const world = new World();
		const sandra = world.person({name: 'Sandra Voigt'});
		world.history(sandra, 'twitter reply in 2019-01-01', 'twitter reply out 2019-01-02', 'twitter message in 2019-02-01', 'twitter message out 2019-02-02');
		const suggestion = world.suggest(world.request(sandra, {network: 'facebook'}));
		expect(suggestion.decision).toBe('accept');
		expect(suggestion.reasons[0]).toMatchObject({rule: 'DIALOGUE', text: 'dialogue on twitter: 2 in, 2 out, last 2019-02-02'});
	});

	it('does not fire on one-way contact or a single thanks from you', () => {
		const world = new World();
		const dirk = world.person({name: 'Dirk Sander'});
		world.history(dirk, 'twitter follow in 2026-01-01', 'twitter like in 2026-01-02', 'twitter mention in 2026-01-03', 'twitter comment in 2026-01-04', 'twitter comment in 2026-01-05', 'twitter reply out 2026-01-06');
		const suggestion = world.suggest(world.request(dirk, {network: 'twitter'}));
		expect(rulesOf(suggestion)).not.toContain('DIALOGUE');
		expect(rulesOf(suggestion)).toContain('ONE_WAY_ONLY');
		expect(suggestion.decision).toBe('ignore');
	});
});

describe('CONNECTED_ELSEWHERE and CONNECTED_WITH_DIALOGUE', () => {
	it('a connection on another network without dialogue is shown but is not evidence', () => {
		const world = new World();
		const sabine = world.person({name: 'Sabine Wolff', connectedOn: {xing: '2018-05-20'}});
		const suggestion = world.suggest(world.request(sabine, {message: "I'd like to add you to my professional network on LinkedIn."}));
		expect(rulesOf(suggestion)).toContain('CONNECTED_ELSEWHERE');
		expect(suggestion.decision).toBe('ignore');
	});

	it('a connection with a real dialogue there is named next to the dialogue', () => {
		const world = new World();
		const nadine = world.person({name: 'Nadine Kraus', connectedOn: {xing: '2020-02-03'}});
		world.history(nadine, 'xing message in 2021-01-01', 'xing message out 2021-01-02', 'xing message in 2021-02-01', 'xing message out 2021-02-02');
		const suggestion = world.suggest(world.request(nadine, {network: 'mastodon'}));
		expect(rulesOf(suggestion)).toEqual(expect.arrayContaining(['DIALOGUE', 'CONNECTED_WITH_DIALOGUE']));
		expect(suggestion.decision).toBe('accept');
	});
});

describe('READY_TO_ACCEPT', () => {
	it('a follower whose sender is in real dialogue since comes back as accept', () => {
		const world = new World();
		const paul = world.person({name: 'Paul Dietrich'});
		const key = world.request(paul, {network: 'mastodon', status: 'follower', receivedAt: '2026-08-09T10:00:00Z', message: 'Habe deinen Talk „Netzwerken mit Sinn“ gesehen.'});
		expect(world.suggest(key).readyToAccept).toBe(false);
		world.history(paul, 'mastodon reply in 2026-09-14', 'mastodon reply out 2026-09-14', 'mastodon message in 2026-09-28', 'mastodon message out 2026-09-28');
		const suggestion = world.suggest(key);
		expect(suggestion).toMatchObject({decision: 'accept', readyToAccept: true});
		expect(suggestion.reasons[0]!.rule).toBe('READY_TO_ACCEPT');
	});

	it('a pending request with dialogue is accepted but is not "ready to accept"', () => {
		const world = new World();
		const paul = world.person({name: 'Paul Dietrich'});
		world.history(paul, 'email email in 2026-09-14', 'email email out 2026-09-14', 'email email in 2026-09-28', 'email email out 2026-09-28');
		expect(world.suggest(world.request(paul)).readyToAccept).toBe(false);
	});
});

describe('Classifier.refreshPerson', () => {
	it('updates one suggestion after a meeting is logged, without rebuilding', async () => {
		const {Classifier} = await import('../../../source/core/classifier/index.js');
		const {library} = await import('../../helpers/screening.js');
		const world = new World();
		const kai = world.person({name: 'Kai Thiessen'});
		const key = world.request(kai, {network: 'xing'});
		const classifier = Classifier.build(world.db, {library});
		const request = world.db.requests[0]!;
		expect(classifier.suggest(request).decision).toBe('ignore');
		world.db = {...world.db, interactions: [{id: 'i1', person: kai, at: '2026-10-02T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both'}]};
		classifier.refreshPerson(world.db, kai);
		expect(classifier.suggest(request).decision).toBe('accept');
		expect(key).toBe('xing:r1');
	});
});

describe('notes that say you met', () => {
	const met = ['Kennen uns vom Stammtisch.', 'Wir haben zusammen studiert.', 'Ex-Kollegin bei Hafenblick.', 'Met at re:publica 2024.', 'We had coffee in Berlin last spring.', 'Sat next to each other at the conference dinner.', 'Saß beim Stammtisch neben mir.', 'Tauschten Visitenkarten auf der dmexco.', 'Freundin aus dem Ruderverein.', 'We spoke at length after my talk in Vienna.'];
	const notMet = ['Kennt Claudia Reimers.', 'Folgt mir auf Twitter.', 'Never met, only emails.', 'Noch nie persönlich getroffen, nur Mails.', 'Hat meinen Newsletter abonniert.', 'Kommentiert oft auf LinkedIn.', 'Hat einen Vortrag auf der re:publica gehalten.'];
	it.each(met)('met: %s', async notes => {
		const {metInNotes} = await import('../../../source/core/classifier/evidence.js');
		const {library} = await import('../../helpers/screening.js');
		expect(metInNotes(notes, library)).toBe(notes);
	});
	it.each(notMet)('not met: %s', async notes => {
		const {metInNotes} = await import('../../../source/core/classifier/evidence.js');
		const {library} = await import('../../helpers/screening.js');
		expect(metInNotes(notes, library)).toBeUndefined();
	});
});
