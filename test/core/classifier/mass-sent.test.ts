import {describe, expect, it} from 'vitest';
import {rulesOf, World} from '../../helpers/screening.js';

const base = 'ich baue gerade mein Netzwerk im Bereich Digitalisierung & Marketing aus und würde mich freuen, wenn wir uns vernetzen. Auf einen guten Austausch!';

describe('MASS_SENT', () => {
	it('near-duplicates from different senders form a cluster, named on every member', () => {
		const world = new World();
		const keys = [
			['Patrick Werner', `Hallo Steve, ${base} Beste Grüße, Patrick`],
			['Simone Krause', `Hallo Steve, ${base.replace('&', 'und')} Viele Grüße, Simone`],
			['Dennis Wagner', `Hi Steve! ${base.replace(', wenn', ' wenn')} Dennis`],
			['Tanja Richter', `Hallo Steve! ${base.replace('einen ', '')} Tanja`],
		].map(([name, message], index) => world.request(world.person({name: name!}), {message: message!, receivedAt: `2026-02-0${index + 1}T10:00:00Z`}));
		for (const key of keys) {
			const suggestion = world.suggest(key);
			expect(suggestion.decision).toBe('spam');
			expect(suggestion.reasons).toContainEqual(expect.objectContaining({rule: 'MASS_SENT', text: 'same text as 3 other requests (Feb 2026)'}));
		}
	});

	it('the same person sending the same text on two networks is not mass-sent', () => {
		const world = new World();
		const helene = world.person({name: 'Hélène Dubois'});
		const text = 'Bonjour Steve, ich übersetze Sachbücher ins Französische und habe „Das leise Netzwerk“ gelesen – gibt es Pläne für eine französische Ausgabe?';
		const keys = [world.request(helene, {network: 'linkedin', message: text}), world.request(helene, {network: 'xing', message: text})];
		for (const key of keys) {
			expect(rulesOf(world.suggest(key))).not.toContain('MASS_SENT');
			expect(world.suggest(key).decision).toBe('accept');
		}
	});

	it('empty messages are never "the same text"', () => {
		const world = new World();
		const keys = ['A', 'B', 'C'].map(letter => world.request(world.person({name: `Person ${letter}`}), {network: 'facebook'}));
		for (const key of keys) expect(rulesOf(world.suggest(key))).not.toContain('MASS_SENT');
	});

	it('different individual texts do not cluster', () => {
		const world = new World();
		const keys = [
			'Ich habe deinen Talk „Netzwerken mit Sinn“ gesehen und setze die Tipps im Verein um.',
			'Dein Buch „Das leise Netzwerk“ liegt bei uns im Büro, danke für die Checkliste.',
			'Hab gestern ein Issue für anfragefilter aufgemacht, englische Texte fehlen.',
		].map((message, index) => world.request(world.person({name: `Person ${index}`}), {message}));
		for (const key of keys) expect(rulesOf(world.suggest(key))).not.toContain('MASS_SENT');
	});
});

describe('MASS_SENT holds when the copies differ the way copies do', () => {
	const text = 'ich bin Spezialistin für Open-Source-Strategien im Mittelstand und freue mich darauf, Erfahrungen mit Ihnen auszutauschen und gemeinsam zu wachsen.';
	const variants: [string, (base: string) => string][] = [
		['an emoji', base => `${base} 🚀`],
		['a greeting in another language', base => `Bonjour Steve! ${base}`],
		['one inserted word', base => base.replace('gemeinsam', 'gerne gemeinsam')],
		['a compound instead of a hyphen', base => base.replace('Open-Source-Strategien', 'Opensource Strategien')],
		['a synonym', base => base.replace('freue mich darauf', 'würde mich freuen')],
		['word order', base => base.replace('Erfahrungen mit Ihnen auszutauschen', 'mit Ihnen Erfahrungen auszutauschen')],
	];
	it.each(variants)('copies differing by %s are one cluster', (_, change) => {
		const world = new World();
		const keys = ['Lena Vogt', 'Tim Berg', 'Ute Kranz'].map((name, index) =>
			world.request(world.person({name}), {message: `Hallo Steve, ${index === 1 ? change(text) : text}`, receivedAt: `2026-03-0${index + 1}T10:00:00Z`}));
		for (const key of keys) expect(rulesOf(world.suggest(key)), key).toContain('MASS_SENT');
	});

	it('a short text from three senders is mass-sent; from two it is chance', () => {
		const world = new World();
		const short = 'Let us connect and grow!';
		const two = ['A Person', 'B Person'].map(name => world.request(world.person({name}), {message: short}));
		for (const key of two) expect(rulesOf(world.suggest(key))).not.toContain('MASS_SENT');
		const third = world.request(world.person({name: 'C Person'}), {message: `${short} 🙂`});
		for (const key of [...two, third]) expect(rulesOf(world.suggest(key))).toContain('MASS_SENT');
	});

	it('counts copies already decided: the next copy of a reported text is mass-sent', () => {
		const world = new World();
		for (const [index, name] of ['Ana Paz', 'Bo Lind'].entries()) {
			world.request(world.person({name}), {message: `Hi Steve, ${text}`, status: index === 0 ? 'spam' : 'ignored', receivedAt: '2026-01-10T10:00:00Z'});
		}
		const key = world.request(world.person({name: 'Cem Aydin'}), {message: `Hallo Steve! ${text}`});
		expect(world.suggest(key).reasons).toContainEqual(expect.objectContaining({rule: 'MASS_SENT', text: 'same text as 2 other requests (Jan 2026 – Oct 2026)'}));
	});
});

describe('strictness', () => {
	it('strict turns every ignore into spam; lenient accepts an individual reason on every network', () => {
		const strict = new World();
		strict.db.settings.strictness = 'strict';
		expect(strict.stranger(null).decision).toBe('spam');
		expect(strict.stranger('Nice talk yesterday in Cologne!', 'mastodon').decision).toBe('follower');
		const lenient = new World();
		lenient.db.settings.strictness = 'lenient';
		expect(lenient.stranger('Nice talk yesterday in Cologne!', 'mastodon').decision).toBe('accept');
		expect(lenient.stranger(null, 'mastodon').decision).toBe('ignore');
	});
});
