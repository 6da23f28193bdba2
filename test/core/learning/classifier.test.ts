// Learning inside the real classifier, over a database built by the generic
// importer, with the user's decisions made through the real actions.
import {describe, expect, it} from 'vitest';
import {decide, undo} from '../../../source/core/actions.js';
import {Classifier} from '../../../source/core/classifier/index.js';
import {parseGenericDocument} from '../../../source/core/importers/generic.js';
import {mergeBatch} from '../../../source/core/importers/merge.js';
import {Learning} from '../../../source/core/learning/index.js';
import {emptyDatabase, type ContactRequest, type Database} from '../../../source/core/model.js';

const turkish = "Merhaba Henrike Hanım, Leipzig'de yaşayan bir İK uzmanıyım. Podcast'inizin iki kültür arasında kariyer bölümünü dinledim; babamın hikâyesini anlatıyor gibiydi. Bağlantıda kalmak isterim.";
const pitch = 'Hi Henrike, we help coaches like you fill their calendar with 20 qualified leads a month through our done-for-you LinkedIn outreach system. Open to a quick 15-minute call this week?';

function inbox(requests: Array<{id: string; network: string; from: string; at: string; message: string | null}>, people: Array<{id: string; name: string}>): Database {
	const document = {
		format: 'netinbox/v1',
		me: {name: 'Henrike Lindner', handles: {linkedin: 'henrike-lindner'}, profile: 'Karrierecoach, Podcast „Feierabendfragen“'},
		people,
		interactions: [],
		requests: requests.map(({at, ...request}) => ({...request, receivedAt: at})),
	};
	return mergeBatch(emptyDatabase(), parseGenericDocument(document, 'inbox.json')).data;
}

const suggest = (db: Database, id: string) => {
	const classifier = Classifier.build(db, {learning: Learning.fromDatabase(db)});
	return {learned: classifier.suggest(db.requests.find(request => request.id === id)!), rules: classifier.suggest(db.requests.find(request => request.id === id)!, false)};
};

describe('learning in the classifier', () => {
	it('remembers a text the user welcomed: the same person writing again on another network is tipped, marked unsure', () => {
		let db = inbox([
			{id: 'r-1', network: 'linkedin', from: 'p-1', at: '2026-09-01T10:00:00Z', message: turkish},
			{id: 'r-2', network: 'mastodon', from: 'p-1', at: '2026-11-01T10:00:00Z', message: turkish.replace('Merhaba', 'Selam')},
		], [{id: 'p-1', name: 'Serkan Öztürk'}]);
		expect(suggest(db, 'r-2').learned.decision).toBe('ignore');
		db = decide(db, [db.requests[0]!.key], 'accept', new Date('2026-09-02T08:00:00Z')).data;
		const {learned, rules} = suggest(db, 'r-2');
		expect(rules.decision).toBe('ignore');
		expect(rules.unsure).toBe(true);
		expect(learned.decision).toBe('follower');
		expect(learned.unsure).toBe(true);
		expect(learned.reasons.map(reason => reason.text)).toContain('unsure: your past decisions say follower, the rules said ignore');
	});

	it('says which near-identical text the user reported, from whom and when', () => {
		let db = inbox([
			{id: 'r-1', network: 'linkedin', from: 'p-1', at: '2026-10-01T10:00:00Z', message: pitch},
			{id: 'r-2', network: 'linkedin', from: 'p-1', at: '2026-11-20T10:00:00Z', message: pitch.replace('this week', 'next week')},
		], [{id: 'p-1', name: 'Lea Brandt'}]);
		db = decide(db, [db.requests[0]!.key], 'spam', new Date('2026-10-03T08:00:00Z')).data;
		const {learned} = suggest(db, 'r-2');
		expect(learned.reasons.map(reason => reason.text)).toContain('you reported a near-identical text from Lea Brandt on 2026-10-03');
		expect(learned.decision).toBe('spam');
	});

	it('counts the decided copies of a text: the fifth copy is mass-sent though the first four were decided months ago; this user ignores it rather than report it', () => {
		const senders = ['Lea Brandt', 'Tom Fink', 'Ida Roth', 'Jan Vogt', 'Uwe Sand'];
		let db = inbox(senders.map((_, index) => ({id: `r-${index + 1}`, network: 'linkedin', from: `p-${index + 1}`, at: `2026-0${index + 4}-01T10:00:00Z`, message: pitch})), senders.map((name, index) => ({id: `p-${index + 1}`, name})));
		for (const request of db.requests.slice(0, 4)) db = decide(db, [request.key], 'ignore', new Date('2026-09-01T00:00:00Z')).data;
		const {learned, rules} = suggest(db, 'r-5');
		expect(rules.decision).toBe('spam');
		expect(learned.decision).toBe('ignore');
		expect(learned.unsure).toBe(true);
		expect(learned.reasons.find(reason => reason.rule === 'MASS_SENT')!.text).toMatch(/same text as 4 other requests/);
		expect(learned.reasons.map(reason => reason.text)).toContain('your past decisions: 4 similar requests ignored');
	});

	it('learns a decision made while the inbox is open at once, and forgets it again on undo', () => {
		const db = inbox([
			{id: 'r-1', network: 'linkedin', from: 'p-1', at: '2026-09-01T10:00:00Z', message: turkish},
			{id: 'r-2', network: 'mastodon', from: 'p-1', at: '2026-11-01T10:00:00Z', message: turkish},
		], [{id: 'p-1', name: 'Serkan Öztürk'}]);
		const learning = Learning.fromDatabase(db);
		const classifier = Classifier.build(db, {learning});
		const [first, second] = db.requests as [ContactRequest, ContactRequest];
		expect(classifier.suggest(second).decision).toBe('ignore');
		const decided = decide(db, [first.key], 'follower').data;
		learning.update(decided, [first.key], request => classifier.suggest(request, false));
		expect(learning.decisions).toBe(1);
		expect(classifier.suggest(second).decision).toBe('follower');
		learning.update(undo(decided).data, [first.key], request => classifier.suggest(request, false));
		expect(learning.decisions).toBe(0);
		expect(classifier.suggest(second).decision).toBe('ignore');
	});

	it('learns nothing from a bulk apply left unchanged, and nothing when learning is off', () => {
		let db = inbox([
			{id: 'r-1', network: 'linkedin', from: 'p-1', at: '2026-09-01T10:00:00Z', message: turkish},
			{id: 'r-9', network: 'linkedin', from: 'p-9', at: '2026-09-01T11:00:00Z', message: null},
			{id: 'r-2', network: 'mastodon', from: 'p-1', at: '2026-11-01T10:00:00Z', message: turkish},
		], [{id: 'p-1', name: 'Serkan Öztürk'}, {id: 'p-9', name: 'Ole Berg'}]);
		const bulk = decide(db, [db.requests[0]!.key, db.requests[1]!.key], 'accept').data;
		expect(suggest(bulk, 'r-2').learned.decision).toBe('ignore');
		db = decide(db, [db.requests[0]!.key], 'accept').data;
		expect(suggest(db, 'r-2').learned.decision).toBe('follower');
		expect(suggest({...db, settings: {...db.settings, learning: false}}, 'r-2').learned.decision).toBe('ignore');
	});
});
