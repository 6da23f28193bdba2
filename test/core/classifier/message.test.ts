import {describe, expect, it} from 'vitest';
import {rulesOf, World} from '../../helpers/screening.js';

const fires = (message: string | null, rule: string, network: 'linkedin' | 'xing' | 'facebook' | 'mastodon' = 'linkedin') =>
	expect(rulesOf(new World().stranger(message, network)), String(message)).toContain(rule);
const silent = (message: string | null, rule: string, network: 'linkedin' | 'xing' | 'facebook' | 'mastodon' = 'linkedin') =>
	expect(rulesOf(new World().stranger(message, network)), String(message)).not.toContain(rule);

describe('EMPTY_MESSAGE', () => {
	it('fires on no text, blank text, and says Facebook keeps them as follower', () => {
		fires(null, 'EMPTY_MESSAGE');
		fires('   ', 'EMPTY_MESSAGE');
		const suggestion = new World().stranger(null, 'facebook');
		expect(suggestion.decision).toBe('ignore');
		expect(suggestion.reasons[0]!.text).toContain('follower');
	});
	it('does not fire on any text', () => silent('Hi', 'EMPTY_MESSAGE'));
});

describe('NETWORK_DEFAULT_TEXT', () => {
	it('fires on default texts and their variants: du/Sie, greeting, sign-off, typos, Swiss ss', () => {
		for (const text of [
			"I'd like to add you to my professional network on LinkedIn.",
			'Hallo Steve, ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen',
			"Hi Steve, I'd like to add you to my profesional network on Linkedin. Best regards, Erika",
			'Ich würde mich freuen, dich in meinem XING-Netzwerk begrüssen zu dürfen. LG Erika',
		]) fires(text, 'NETWORK_DEFAULT_TEXT');
		expect(new World().stranger("I'd like to join your LinkedIn network.").decision).toBe('ignore');
	});
	it('does not fire on an individual text that only ends politely', () =>
		silent('Ich habe Ihr Buch „Das leise Netzwerk“ gelesen und meine Kontakte ausgemistet. Danke dafür!', 'NETWORK_DEFAULT_TEXT'));
	it('is never mass-sent, however many send it', () => {
		const world = new World();
		const keys = ['A', 'B', 'C', 'D'].map(letter => world.request(world.person({name: `Person ${letter}`}), {message: "I'd like to add you to my professional network on LinkedIn."}));
		for (const key of keys) expect(rulesOf(world.suggest(key))).not.toContain('MASS_SENT');
	});
});

describe('WE_ARE_BOTH', () => {
	it('fires on the schema in its phrasings', () => {
		for (const text of [
			'Hallo Herr Keller, wir sind beide Mitglied in der Gruppe „Social Media Hamburg“.',
			"Hi Steve, we are both in the 'Community Management' group – let's connect!",
			'I saw we share 12 contacts. Would be great to connect!',
			'Sie sind mir in meinen Vorschlägen aufgefallen. Lassen Sie uns vernetzen!',
			'Hi Steve, we both work in marketing, so I thought it makes sense to connect.',
			'Hallo Steve, wir waren beide auf der dmexco 2026 – lass uns vernetzen!',
		]) {
			// The schema by its pattern where one holds across corpora, else as text that reads like a template.
			const suggestion = new World().stranger(text);
			expect(rulesOf(suggestion).some(rule => rule === 'WE_ARE_BOTH' || rule === 'GENERIC_TEXT'), text).toBe(true);
			expect(suggestion.decision, text).toBe('ignore');
		}
	});
	it('does not fire when the shared context is a concrete moment (a thread both wrote in)', () => {
		const suggestion = new World().stranger('Hi Steve, wir haben im Community-Slack beide im Thread „Moderation bei kleinen Communities“ geschrieben – deine drei Fragen vor einer Sperre fand ich super.');
		expect(rulesOf(suggestion)).not.toContain('WE_ARE_BOTH');
		expect(suggestion.decision).toBe('accept');
	});
});

describe('PLACEHOLDER_LEFT', () => {
	it('fires on leftover placeholders and impersonal salutations', () => {
		for (const text of ['Hallo {Vorname}, ich würde mich freuen.', 'Hi [Name], let us connect', 'Dear Sir/Madam, I would like to connect.']) fires(text, 'PLACEHOLDER_LEFT');
	});
	it('means ignore alone, spam with a pitch', () => {
		expect(new World().stranger('Hallo {Vorname}, ich bin auf Ihr Profil gestoßen.').decision).toBe('ignore');
		expect(new World().stranger('Hi {{first_name}}, we help B2B companies book more meetings: https://cal.example/x').decision).toBe('spam');
	});
	it('does not fire on brackets that are not placeholders', () => silent('Ich habe deinen Talk (BarCamp Hamburg) gesehen, danke!', 'PLACEHOLDER_LEFT'));
});

describe('WRONG_NAME', () => {
	it('fires when the salutation names someone else', () => {
		fires('Hallo Thomas, schön, dass wir uns auf der Messe kennengelernt haben!', 'WRONG_NAME');
		fires('Hallo Frau Schneider, wie besprochen.', 'WRONG_NAME');
	});
	it('does not fire on the user, a typo of the user, titles or greetings without a name', () => {
		for (const text of ['Hallo Steve, danke!', 'Grüezi Herr Keller. Danke für den Talk.', 'Hi Stevee, nice talk!', 'Hallo zusammen, danke', 'Moin moin!', 'Lieber Herr Keller, wir planen eine Konferenz.', 'Hey Süße, na?']) silent(text, 'WRONG_NAME');
	});
});

describe('HEADLINE_ECHO and GENERIC_TEXT', () => {
	it('your own headline pasted back is a template', () => {
		const suggestion = new World().stranger('Hallo Herr Keller, Community Lead bei Hafenblick Digital – spannend! Lassen Sie uns vernetzen.');
		expect(rulesOf(suggestion)).toContain('HEADLINE_ECHO');
		expect(suggestion.decision).toBe('ignore');
	});
	it('praise that would fit anyone says nothing specific', () => {
		for (const text of ['Love your profile! Always happy to connect with inspiring people 🙌', 'Ich bewundere Ihren Werdegang und Ihre Leidenschaft für Ihre Arbeit.', 'Hi Steve, I really enjoy your posts. Let\'s connect!']) {
			const suggestion = new World().stranger(text);
			expect(rulesOf(suggestion), text).toContain('GENERIC_TEXT');
			expect(suggestion.decision, text).toBe('ignore');
		}
	});
	it('GENERIC_TEXT does not fire on an individual text', () => silent('Nice talk yesterday in Cologne!', 'GENERIC_TEXT'));
});

describe('individual reasons', () => {
	it('PROFILE_REFERENCE names the talk, the book or the project', () => {
		const suggestion = new World().stranger('Ich habe Ihren Vortrag «Netzwerken mit Sinn» als Aufzeichnung gesehen.');
		expect(suggestion.reasons).toContainEqual(expect.objectContaining({rule: 'PROFILE_REFERENCE', text: 'mentions your talk "Netzwerken mit Sinn"'}));
		fires('hab gestern ein Issue für anfragefilter aufgemacht', 'PROFILE_REFERENCE');
	});
	it('PROFILE_REFERENCE does not fire on common words of the profile', () => silent('Ich baue mein Netzwerk aus und freue mich auf Austausch.', 'PROFILE_REFERENCE'));
	it('YOUR_WORK: a specific post or thread of the user; short can be individual', () => {
		fires('Your thread on moving an NGO to Mastodon was exactly what our charity needed.', 'YOUR_WORK');
		expect(new World().stranger('Nice talk yesterday in Cologne!').decision).toBe('accept');
		silent("Let's talk: https://example.com", 'YOUR_WORK');
	});
	it('NAMES_CONTACT: a person the user knows', () => {
		const world = new World();
		world.person({name: 'Anna Brandt', connectedOn: {xing: '2020-01-01'}});
		const suggestion = world.stranger('Guten Tag Herr Keller, Anna Brandt hat mir erzählt, dass Sie den Community-Leitfaden geschrieben haben.', 'xing');
		expect(rulesOf(suggestion)).toContain('NAMES_CONTACT');
		silent('Guten Tag, Anna Schmidt hat mir erzählt, dass Sie schreiben.', 'NAMES_CONTACT');
	});
	it('INQUIRY: a one-to-one question about the user\'s work is a reason, not a pitch', () => {
		const suggestion = new World().stranger('Servus Herr Keller, unser Verband möchte wechseln. Hätten Sie Kapazität für einen halben Beratungstag in Graz?', 'xing');
		expect(rulesOf(suggestion)).toContain('INQUIRY');
		expect(rulesOf(suggestion)).not.toContain('SALES_PITCH');
		expect(suggestion.decision).toBe('accept');
		silent('Would you like to connect?', 'INQUIRY');
	});
	it('follows the network: follower on facebook, twitter, mastodon, instagram; accept elsewhere', () => {
		const text = 'Dein Thread über Mastodon-Instanzen für Sportvereine hat uns sehr geholfen – wir ziehen mit dem TSV gerade um.';
		for (const network of ['facebook', 'twitter', 'mastodon', 'instagram'] as const) expect(new World().stranger(text, network as never).decision).toBe('follower');
		for (const network of ['linkedin', 'xing', 'other'] as const) expect(new World().stranger(text, network as never).decision).toBe('accept');
	});
});

describe('SALES_PITCH', () => {
	it('fires on sales, recruiting, investment pitches and MLM, in German and English', () => {
		for (const text of [
			'Hi Steve, I help companies 3x their inbound pipeline. Do you have 15 minutes? https://calendly.com/x/15',
			'Hallo Herr Keller, am 14.11. veranstalten wir ein kostenloses Webinar. Jetzt Platz sichern: https://x.example/webinar',
			'Sehr geehrter Herr Keller, für einen renommierten Kunden suche ich eine/n Head of Sales (m/w/d). Rufen Sie mich an: 0211 555 0190.',
			'Hello dear, I made 40% profit last month with Bitcoin trading. DM me or WhatsApp +44 7700 900123',
			'Hey Süße, hast du Lust auf ein zweites Standbein von zuhause aus? Ich such noch motivierte Frauen für mein Team!',
			'Hi! Looking for a reliable offshore dev team? We provide senior developers from $18/hr.',
		]) {
			fires(text, 'SALES_PITCH');
			expect(new World().stranger(text).decision, text).toBe('spam');
		}
	});
	it('a personalised pitch is still a pitch', () => {
		const suggestion = new World().stranger('Hi Steve, I loved your talk "Netzwerken mit Sinn"! At LeadLoop we have built an AI for requests. Could I show you a 15-minute demo?');
		expect(suggestion.decision).toBe('spam');
	});
	it('does not fire on an invitation to speak with a fee', () =>
		silent('Lieber Herr Keller, wir planen den Community Day Leipzig und würden Sie gern für die Keynote gewinnen. Honorar und Reisekosten übernehmen wir.', 'SALES_PITCH'));
	it('is shown but does not win over a real dialogue', () => {
		const world = new World();
		const ralf = world.person({name: 'Ralf Hinrichs'});
		world.history(ralf, 'twitter reply in 2020-01-01', 'twitter reply out 2020-01-02', 'twitter reply in 2020-02-01', 'twitter reply out 2020-02-02');
		const suggestion = world.suggest(world.request(ralf, {message: 'Hi Steve! I help SaaS companies grow. Book a free call: https://calendly.com/ralf'}));
		expect(suggestion.decision).toBe('accept');
		expect(rulesOf(suggestion)).toContain('SALES_PITCH');
	});
});
