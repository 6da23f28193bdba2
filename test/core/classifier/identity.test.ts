import {describe, expect, it} from 'vitest';
import {looksAlike, mixedScripts, skeleton} from '../../../source/core/classifier/confusables.js';
import {rulesOf, World} from '../../helpers/screening.js';

describe('skeletons and scripts', () => {
	it('legitimate letters of real names are never a signal by themselves', () => {
		for (const name of ['Ayşe Kılıç', 'Łukasz Nowiński', 'Hélène Dubois', 'Jürgen Weiß', 'Çağlar Öztürk', 'Søren Ørsted', 'Иван Петров', 'Ελένη Παππά', 'Nguyễn Văn An']) {
			expect(mixedScripts(name), name).toBeUndefined();
		}
		expect(looksAlike('Elif Aydın', 'Elif Aydin')).toBe(false);
		expect(looksAlike('Jürgen Weiß', 'Jurgen Weiss')).toBe(false);
		expect(looksAlike('Łukasz', 'Lukasz')).toBe(false);
	});
	it('Cyrillic and Greek look-alikes, fullwidth letters and I/l swaps share a skeleton', () => {
		expect(mixedScripts('Mаrta Nowak')).toEqual(['Latin', 'Cyrillic']);
		expect(looksAlike('Mаrta Nowak', 'Marta Nowak')).toBe(true);
		expect(looksAlike('Καtharina Roth', 'Katharina Roth')).toBe(true);
		expect(looksAlike('Ｓteve Keller', 'Steve Keller')).toBe(true);
		expect(looksAlike('Steve KeIler', 'Steve Keller')).toBe(true);
		expect(looksAlike('Steve Keller', 'steve keller')).toBe(false);
		expect(skeleton('Steve Kеller')).toBe(skeleton('Steve Keller'));
	});
});

describe('MIXED_SCRIPT_NAME and LOOKALIKE_NAME', () => {
	it('a name mixing Latin and Cyrillic that looks like a contact is spam, even with a nice message', () => {
		const world = new World();
		const marta = world.person({name: 'Marta Nowak'});
		world.history(marta, 'mastodon reply in 2025-01-01', 'mastodon reply out 2025-01-02', 'mastodon reply in 2025-02-01', 'mastodon reply out 2025-02-02');
		const suggestion = world.suggest(world.request(world.person({name: 'Mаrta Nowak'}), {message: "Hi Steve, it's Marta from Mastodon, I'm moving my professional stuff here, let's connect!"}));
		expect(suggestion.decision).toBe('spam');
		expect(suggestion.reasons[0]).toMatchObject({rule: 'MIXED_SCRIPT_NAME', text: 'name mixes Latin and Cyrillic letters: looks like Marta Nowak'});
	});
	it('a look-alike of the user is spam', () => {
		const world = new World();
		const suggestion = world.suggest(world.request(world.person({name: 'Steve KeIler'}), {network: 'instagram'}));
		expect(rulesOf(suggestion)).toContain('LOOKALIKE_NAME');
		expect(suggestion.decision).toBe('spam');
	});
	it('does not fire on names with diacritics, or a look-alike of nobody known', () => {
		const world = new World();
		world.person({name: 'Elif Aydin', connectedOn: {linkedin: '2020-01-01'}});
		const suggestion = world.suggest(world.request(world.person({name: 'Elif Aydın'}), {network: 'xing'}));
		expect(rulesOf(suggestion)).not.toContain('LOOKALIKE_NAME');
		expect(rulesOf(suggestion)).not.toContain('MIXED_SCRIPT_NAME');
		expect(rulesOf(new World().stranger(null, 'linkedin', 'Łukasz Nowiński'))).toEqual(['EMPTY_MESSAGE']);
	});
});

describe('CLONE_OF_CONTACT, IMPERSONATION and NAME_TWIN', () => {
	it('a second account under the exact name of a contact on the same network is a clone', () => {
		const world = new World();
		world.person({name: 'Felix Baumann', company: 'Kiezwerk GmbH', connectedOn: {xing: '2021-03-15'}, handles: {xing: 'Felix_Baumann'}});
		const clone = world.person({name: 'Felix Baumann', company: 'Kiezwerk GmbH', handles: {xing: 'Felix_Baumann2'}});
		const suggestion = world.suggest(world.request(clone, {network: 'xing', message: 'Hallo Steve, das ist mein neues Konto. Nimm mich bitte wieder auf!'}));
		expect(rulesOf(suggestion)).toContain('CLONE_OF_CONTACT');
		expect(suggestion.decision).toBe('spam');
	});
	it('the name and headline of a contact on another network, or a "new account" story, is impersonation', () => {
		const world = new World();
		world.person({name: 'Katharina Roth', headline: 'Researcherin', company: 'Quellwerk', connectedOn: {facebook: '2018-01-01'}});
		const copy = world.person({name: 'Katharina Roth', headline: 'Researcherin', company: 'Quellwerk'});
		const suggestion = world.suggest(world.request(copy, {network: 'linkedin'}));
		expect(rulesOf(suggestion)).toContain('IMPERSONATION');
		expect(suggestion.decision).toBe('spam');
	});
	it('a common name shared with a contact on another network, clearly someone else, is not', () => {
		const world = new World();
		world.person({name: 'Thomas Müller', company: 'Hansewerk Events GmbH', location: 'Hamburg', connectedOn: {xing: '2019-08-01'}});
		const other = world.person({name: 'Thomas Müller', company: 'Schwabentech AG', location: 'Stuttgart', headline: 'Data Engineer'});
		const suggestion = world.suggest(world.request(other, {message: 'Hallo Herr Keller, ich habe Ihr Buch „Das leise Netzwerk“ gelesen und meine Kontakte ausgemistet.'}));
		expect(rulesOf(suggestion)).toContain('NAME_TWIN');
		expect(rulesOf(suggestion)).not.toContain('IMPERSONATION');
		expect(suggestion.decision).toBe('accept');
	});
});

describe('PITCH_IN_NAME', () => {
	it('is shown, but a pitchy name without a message is not enough for spam', () => {
		const suggestion = new World().stranger(null, 'instagram', 'Crypto Queen Lisa 🚀');
		expect(rulesOf(suggestion)).toContain('PITCH_IN_NAME');
		expect(suggestion.decision).toBe('ignore');
	});
	it('does not fire on an ordinary name', () => expect(rulesOf(new World().stranger(null, 'instagram', 'Mia Koch'))).not.toContain('PITCH_IN_NAME'));
});
