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

describe('names one letter off, the user\'s own name, and other names of known people', () => {
	it('a contact\'s name with two letters swapped and their headline is impersonation; without a second match it is unsure', () => {
		const world = new World();
		const marta = world.person({name: 'Marta Brenneisen', headline: 'Head of Community at Kupferwerk', connectedOn: {linkedin: '2024-01-01'}});
		world.history(marta, 'linkedin message in 2025-01-01', 'linkedin message out 2025-01-02');
		const message = 'Hi Steve, loved your talk on quiet networks, would be great to connect!';
		const copied = world.suggest(world.request(world.person({name: 'Mrata Brenneisen', headline: 'Head of Community at Kupferwerk'}), {message}));
		expect(rulesOf(copied)).toContain('IMPERSONATION');
		expect(copied.decision).toBe('spam');
		const bare = world.suggest(world.request(world.person({name: 'Marta Brenniesen'}), {message: 'Steve, your book on quiet networks is on my desk, can we connect?'}));
		expect(rulesOf(bare)).toContain('NEAR_NAME');
		expect(bare.unsure).toBe(true);
	});

	it('the user\'s own name on another account is impersonation unless the profile is plainly someone else\'s', () => {
		const world = new World();
		const copy = world.suggest(world.request(world.person({name: 'Steve Keller'}), {message: 'Nice talk yesterday in Cologne!'}));
		expect(rulesOf(copy)).toContain('IMPERSONATION');
		expect(copy.decision).toBe('spam');
		const other = world.suggest(world.request(world.person({name: 'Steve Keller', company: 'Keller Sanitär GmbH', location: 'Passau', headline: 'Installateurmeister'}), {message: 'Haha, same name! I keep getting your mail.'}));
		expect(rulesOf(other)).not.toContain('IMPERSONATION');
		expect(rulesOf(other)).toContain('NAME_TWIN');
	});

	it('a short form of a known person\'s first name with a second match links to them: their history counts, unsure', () => {
		const world = new World();
		const johannes = world.person({name: 'Johannes Weber', location: 'Leipzig', notes: 'Met at the Leipzig book fair; goes by Hannes.'});
		world.history(johannes, 'in-person meeting both 2025-03-20');
		const suggestion = world.suggest(world.request(world.person({name: 'Hannes Weber', location: 'Leipzig'}), {network: 'mastodon', message: null}));
		expect(suggestion.decision).toBe('accept');
		expect(suggestion.unsure).toBe(true);
		expect(suggestion.reasons[0]).toMatchObject({rule: 'LINKED_PERSON'});
		expect(suggestion.reasons[0]!.text).toContain('probably Johannes Weber');
		// The same short form with nothing else in common is not linked.
		const stranger = world.suggest(world.request(world.person({name: 'Hans Weber', location: 'Graz'}), {network: 'mastodon', message: null}));
		expect(rulesOf(stranger)).not.toContain('LINKED_PERSON');
		expect(stranger.decision).toBe('ignore');
	});
});
