// The suggestion must not hinge on the accidents of writing: a hyphen or a
// compound, a plural, the word order, a synonym, an emoji, one more word, or a
// greeting in another language. And a template padded with the owner's own
// field words stays a template, whoever the owner is.
import {describe, expect, it} from 'vitest';
import type {Decision, Network} from '../../../source/core/model.js';
import {World} from '../../helpers/screening.js';

type Case = {expect: Decision; network: Network; text: string; variants: string[]};

const cases: Case[] = [
	{
		expect: 'accept', network: 'linkedin',
		text: 'Hallo Steve, dein Buch „Das leise Netzwerk“ hat unserem Verein geholfen: wir moderieren jetzt mit drei Fragen vor einer Sperre.',
		variants: [
			'Hallo Steve, dein Buch „Das leise Netzwerk“ hat unserem Verein geholfen: wir moderieren jetzt mit drei Fragen vor jeder Sperre. 🙏',
			'Bonjour Steve, dein Buch „Das leise Netzwerk“ hat unserem Verein geholfen: wir moderieren jetzt mit drei Fragen vor einer Sperre.',
			'Hallo Steve, dein Buch „Das leise Netzwerk“ hat unserem Vereinen sehr geholfen: wir moderieren jetzt mit drei Fragen vor einer Sperre.',
			'Hallo Steve, unserem Verein hat dein Buch „Das leise Netzwerk“ geholfen: mit drei Fragen vor einer Sperre moderieren wir jetzt.',
		],
	},
	{
		expect: 'follower', network: 'mastodon',
		text: 'Your talk "Netzwerken mit Sinn" at BarCamp Hamburg changed how our open-source project answers new members.',
		variants: [
			'Your talk "Netzwerken mit Sinn" at BarCamp Hamburg changed how our opensource project answers new members.',
			'Your talk "Netzwerken mit Sinn" at BarCamp Hamburg changed how our open source projects answer new members 🎉',
			'Your talk "Netzwerken mit Sinn" at BarCamp Hamburg really changed how our open-source project answers new members.',
			'Hola! Your talk "Netzwerken mit Sinn" at BarCamp Hamburg changed how our open-source project greets new members.',
		],
	},
	{
		expect: 'spam', network: 'linkedin',
		text: 'Hi Steve, we help community managers save 10 hours a week with our AI moderation tool. Book a free demo: https://modbot.example/demo',
		variants: [
			'Hi Steve, we help community-managers save 10 hours a week with our AI moderation tool 🚀 Book a free demo: https://modbot.example/demo',
			'Hallo Steve, we help community managers save ten hours every week with our AI moderation tool. Book a free demo: https://modbot.example/demo',
			'Hi Steve, with our AI moderation tool we help community managers save 10 hours a week. Schedule a free demo: https://modbot.example/demo',
		],
	},
	{
		expect: 'ignore', network: 'linkedin',
		text: 'Hallo Steve, wir sind beide in der Gruppe Community Management. Lass uns vernetzen!',
		variants: [
			'Hallo Steve, wir sind beide in der Gruppe Community-Management. Lass uns vernetzen! 🙂',
			'Hi Steve, wir sind beide in der Gruppe Community Management. Lass uns gerne vernetzen!',
			'Hallo Steve, wir sind beide Mitglieder der Gruppe Community Management. Vernetzen wir uns!',
		],
	},
];

describe('perturbations', () => {
	it.each(cases)('$expect stays $expect: $text', ({expect: expected, network, text, variants}) => {
		for (const message of [text, ...variants]) {
			const suggestion = new World().stranger(message, network);
			expect(suggestion.decision, `${message}\n${suggestion.reasons.map(reason => reason.text).join(' | ')}`).toBe(expected);
		}
	});
});

const profiles = [
	{name: 'Steve Keller', words: ['Community', 'Moderation', 'Fediverse', 'Vereine', 'Netzwerken'], profile: 'Community Lead bei Hafenblick Digital GmbH, Hamburg. Themen: Moderation, Fediverse, Vereine, Netzwerken.'},
	{name: 'Imke Rasmussen', words: ['Data Engineering', 'pipelines', 'open source', 'Python', 'analytics'], profile: 'Staff Data Engineer at Nordlicht Energy. Topics: data engineering, pipelines, open source, Python, analytics. Talk: "Boring pipelines" (PyCon 2025).'},
	{name: 'Lucía Ferrer', words: ['urbanismo', 'movilidad', 'espacio público', 'vivienda', 'participación'], profile: 'Arquitecta y urbanista en Valencia. Temas: urbanismo, movilidad, espacio público, vivienda, participación ciudadana. Libro: «La calle compartida».'},
];

describe('a template padded with the owner\'s field words', () => {
	it.each(profiles)('stays ignore for $name', ({name, words, profile}) => {
		for (const template of [
			`Hi, we are both passionate about ${words[0]} and ${words[1]}. Let's connect!`,
			`Hallo, wir sind beide im Bereich ${words[0]}, ${words[2]} und ${words[3]} unterwegs – lass uns vernetzen.`,
			`I saw we share 14 contacts in ${words[1]} and ${words[4]}. Would be great to connect.`,
		]) {
			const world = new World();
			world.db.me = {name, handles: {}, profile};
			const suggestion = world.stranger(template, 'linkedin');
			expect(suggestion.decision, `${name}: ${template}\n${suggestion.reasons.map(reason => reason.text).join(' | ')}`).toBe('ignore');
		}
	});
});
