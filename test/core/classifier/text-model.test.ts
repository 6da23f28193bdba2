import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildTextModel} from '../../../source/core/classifier/text-model/build.js';
import {features} from '../../../source/core/classifier/text-model/features.js';
import {languageOf} from '../../../source/core/classifier/text-model/language.js';
import {TextModel} from '../../../source/core/classifier/text-model/model.js';
import {shippedTextModel} from '../../../source/core/classifier/text-model/shipped.js';
import {train} from '../../../source/core/classifier/text-model/train.js';

describe('the text model', () => {
	it('ships exactly what training on data/messages gives', () => {
		expect(readFileSync('data/text-model.json', 'utf8')).toBe(buildTextModel());
	});

	it('learns from examples and names the features that weighed most', () => {
		const examples = [
			...['Book a free call with our team today', 'Get 50 % off our tool, book a demo now', 'Free webinar, only 20 seats, book now'].map(text => ({text, label: 'pitch' as const})),
			...['I would like to add you to my network', 'Let us connect and grow our network', 'I would like to join your network'].map(text => ({text, label: 'template' as const})),
			...['Your talk on bird migration in Chur stayed with me', 'Loved your photo of the ibex at dawn', 'Your chapter on owls answered my question'].map(text => ({text, label: 'individual' as const})),
		];
		const model = new TextModel(train(examples, {minCount: 1, minLanguage: 1}));
		const pitch = model.read('Book a free demo call today');
		expect(pitch.best).toBe('pitch');
		expect(pitch.evidence.join(' ')).toMatch(/book|free|call|demo/);
		expect(model.read('Your photo of the owl at dawn').best).toBe('individual');
	});

	it('reads a pitch, a template and a reason in languages it was trained on', () => {
		const model = shippedTextModel();
		expect(model.read('Kostenloses Webinar nur diese Woche, jetzt Platz sichern: www.example.com/webinar').best).toBe('pitch');
		expect(model.read('Je souhaiterais vous ajouter à mon réseau professionnel.').best).toBe('template');
		expect(model.read('Ho letto il capitolo sul tuo progetto di orti urbani a Torino, bellissimo il pezzo sui semi.').best).toBe('individual');
		expect([...model.languages]).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'pt']));
	});

	it('reads words, pairs and pieces of words, and the same for a hyphen or a compound', () => {
		const compound = features('Opensource Strategien');
		const hyphen = features('Open-Source-Strategien');
		expect([...compound.keys()].filter(feature => feature.startsWith('c ') && hyphen.has(feature)).length).toBeGreaterThan(5);
		expect([...features('see https://x.example/a and 30 %').keys()]).toEqual(expect.arrayContaining(['w zzlink', 'w 0', 'w zzpercent']));
	});

	it('tells the languages apart, and a language it was not trained on', () => {
		expect(languageOf('Hallo Steve, ich habe deinen Vortrag gesehen')).toBe('de');
		expect(languageOf('Olá, vi a sua palestra sobre cidades')).toBe('pt');
		expect(languageOf('Merhaba, sunumunuzu izledim, çok güzeldi')).toBe('tr');
		expect(shippedTextModel().languages.has('tr')).toBe(false);
	});
});
