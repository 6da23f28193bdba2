// A synthetic database for timing the classifier: realistic-ish texts (default
// texts, "we are both", individual ones, pitches, mass-sent waves), people with
// histories (meetings, dialogues, one-way likes) and look-alike names.
// Deterministic: the same size gives the same database.
import {emptyDatabase, requestKey, type Database, type Interaction, type Network} from '../../source/core/model.js';

const firstNames = ['Anna', 'Jonas', 'Lea', 'Paul', 'Mia', 'Felix', 'Emma', 'Lukas', 'Sophie', 'Ben', 'Marta', 'Ayşe', 'Łukasz', 'Hélène', 'Jürgen', 'Chris', 'Priya', 'Kai', 'Nora', 'Tim'];
const lastNames = ['Müller', 'Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Nowak', 'Kılıç', 'Dubois', 'Weiß', 'Brown', 'Lange', 'Krause', 'Vogel', 'Roth', 'Engel'];
const networks: Network[] = ['linkedin', 'xing', 'facebook', 'twitter', 'mastodon', 'instagram'];
const topics = ['Moderation', 'Vereine', 'Fediverse', 'Kommentarspalten', 'Barrierefreiheit', 'Newsletter', 'Onboarding', 'Forenregeln', 'Ehrenamt', 'Podcasts', 'Communities', 'Stadtwerke'];
const cities = ['Köln', 'Leipzig', 'Graz', 'Zürich', 'Bremen', 'Kiel', 'Wien', 'Münster', 'Berlin', 'Hamburg'];
const templates = [
	"I'd like to add you to my professional network on LinkedIn.",
	'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
	'Ich würde mich freuen, Sie in meinem XING-Netzwerk begrüßen zu dürfen.',
	'Hallo, wir sind beide Mitglied in der Gruppe „Social Media Hamburg“. Über eine Vernetzung würde ich mich freuen.',
	'Hi, I saw we share 12 contacts. Would be great to connect!',
	'Hi {Vorname}, ich bin auf Ihr Profil gestoßen.',
	'Hi, I help B2B companies generate 30+ qualified leads per month. Book a call: https://calendly.com/x/15',
	'Love your profile! Always happy to connect with inspiring people 🙌',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function buildBenchDatabase(requests: number, people = requests * 3, interactions = requests * 20): Database {
	const next = random(requests);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const db: Database = {
		...emptyDatabase(),
		me: {name: 'Steve Keller', handles: {}, profile: 'Community Lead bei Hafenblick Digital GmbH, Hamburg. Talks: „Netzwerken mit Sinn“, „Kontaktspam erkennen in 5 Minuten“. Buch: „Das leise Netzwerk“. Projekt: „anfragefilter“. Themen: Moderation, Fediverse, Vereine.'},
	};
	for (let i = 0; i < people; i++) {
		const name = i % 997 === 5 ? 'Mаrta Nowak' : `${pick(firstNames)} ${pick(lastNames)}${i % 7 === 0 ? `-${pick(lastNames)}` : ''}`;
		db.people.push({
			id: `p${i}`, name, aliases: [], handles: {}, tags: [], sources: [],
			connectedOn: i % 9 === 0 ? {[pick(networks)]: '2020-01-01'} : {},
			...(i % 40 === 0 ? {notes: `Beim Stammtisch in ${pick(cities)} getroffen.`} : {}),
			...(i % 3 === 0 ? {headline: pick(['UX Lead', 'Community Manager', 'Crypto Trader | DM me 💰', 'Vertrieb', 'Redakteurin'])} : {}),
		});
	}
	const kinds: Interaction['kind'][] = ['reply', 'message', 'like', 'follow', 'mention', 'comment', 'email', 'meeting'];
	for (let i = 0; i < interactions; i++) {
		const kind = pick(kinds);
		db.interactions.push({
			id: `i${i}`,
			person: `p${Math.floor(next() * people)}`,
			at: `20${10 + Math.floor(next() * 16)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}T10:00:00Z`,
			channel: kind === 'meeting' ? 'in-person' : kind === 'email' ? 'email' : pick(networks),
			kind,
			direction: kind === 'meeting' ? 'both' : next() < 0.6 ? 'in' : 'out',
		});
	}
	for (let i = 0; i < requests; i++) {
		const network = pick(networks);
		const id = `r${i}`;
		const roll = next();
		let message: string | null;
		if (roll < 0.25) message = null;
		else if (roll < 0.55) message = pick(templates);
		else if (roll < 0.65) {
			// A mass-sent wave: the same pasted text with small edits, 20 senders a wave.
			const wave = Math.floor(i / 20) % 50;
			message = `Hallo Steve, ich baue gerade mein Netzwerk im Bereich ${topics[wave % topics.length]} und ${cities[wave % cities.length]} aus und würde mich freuen, wenn wir uns vernetzen${next() < 0.5 ? '!' : '.'} Beste Grüße`;
		} else {
			message = `Hallo Steve, dein Beitrag über ${pick(topics)} in ${pick(cities)} hat uns beim Projekt ${Math.floor(next() * 1000)} geholfen – wir arbeiten gerade an ${pick(topics)} für ${pick(cities)}. ${next() < 0.3 ? 'Habe deinen Talk „Netzwerken mit Sinn“ gesehen.' : ''}`;
		}
		db.requests.push({key: requestKey(network, id), id, network, from: `p${Math.floor(next() * people)}`, receivedAt: '2026-10-01T10:00:00Z', message, status: 'pending', source: {format: 'bench', id}});
	}
	return db;
}
