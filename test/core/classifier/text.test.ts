import {stemmerFor} from '../../../source/core/classifier/stem.js';
import {describe, expect, it} from 'vitest';
import {clauses, fold, nameKey} from '../../../source/core/classifier/fold.js';
import {salutation, shapeOf} from '../../../source/core/classifier/message.js';
import {profileTerms, titleMentioned} from '../../../source/core/classifier/profile.js';
import {bare} from '../../../source/core/classifier/library.js';
import {words} from '../../../source/core/classifier/fold.js';
import {library, me} from '../../helpers/screening.js';

describe('folding', () => {
	it('folds case, accents, ß and typographic quotes the same way for every spelling', () => {
		expect(fold('Grüße aus Zürich')).toBe(fold('Grüsse aus Zurich'));
		expect(fold('„Netzwerken mit Sinn“')).toBe('"netzwerken mit sinn"');
		expect(nameKey('Jürgen  Weiß')).toBe('jurgen weiss');
	});
	it('splits clauses at sentence ends, but not after a day of the month or an abbreviation', () => {
		expect(clauses('Wir planen den Tag am 12. März. Dr. Kühn kommt – z.B. mit Folien! Passt das?')).toEqual(['Wir planen den Tag am 12. März.', 'Dr. Kühn kommt', 'z.B. mit Folien!', 'Passt das?']);
	});
});

describe('salutation and sign-off', () => {
	it('finds the name after a greeting and titles', () => {
		expect(salutation('Sehr geehrter Herr Dr. Keller, danke', library)).toMatchObject({name: 'Keller', formal: true});
		expect(salutation('Hi Thomas! Great to meet you', library)).toMatchObject({name: 'Thomas', formal: false});
		expect(salutation('Hallo zusammen, wie geht es?', library)?.name).toBeUndefined();
		expect(salutation('Ich habe Ihr Buch gelesen', library)).toBeUndefined();
	});
	it('cuts greeting and sign-off away from the body', () => {
		const shape = shapeOf('Hallo Steve, ich würde mich freuen, dich in meinem XING-Netzwerk begrüßen zu dürfen. Viele Grüße, Erika', library, 'Erika Musterfrau');
		expect(shape.body).toBe('ich würde mich freuen, dich in meinem XING-Netzwerk begrüßen zu dürfen.');
		expect(shape.wholeDefault?.network).toBe('xing');
	});
});

describe('profile terms', () => {
	const terms = profileTerms(me.profile, [me.name], library);
	it('finds quoted titles with what they are, and distinctive words beyond the headline', () => {
		expect(terms.titles.map(title => [title.kind, title.title])).toEqual(expect.arrayContaining([['talk', 'Netzwerken mit Sinn'], ['book', 'Das leise Netzwerk'], ['project', 'anfragefilter']]));
		expect(terms.terms.get('fediverse')).toBe('Fediverse');
		expect(terms.terms.has('hamburg')).toBe(false);
	});
	it('a title counts as named as written, not by one of its common words', () => {
		const book = terms.titles.find(title => title.title === 'Das leise Netzwerk')!;
		const named = (text: string) => {
			const tokens = new Set(words(bare(fold(text))));
			const stem = stemmerFor('de');
			return titleMentioned(book, bare(fold(text)), tokens, new Set([...tokens].map(stem)), {stem, rare: () => true});
		};
		expect(named('Ich habe „Das leise Netzwerk“ gelesen')).toBe(true);
		expect(named('Ihr Buch Das Leise Netzwerk liegt hier')).toBe(true);
		expect(named('Ich möchte mein Netzwerk erweitern')).toBe(false);
	});
});
