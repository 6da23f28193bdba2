// Synthetic people for the search benchmark: names from German, Turkish, Polish
// and English, with employers, headlines, places, handles, tags, notes and some
// history, so every searched field carries realistic text. Seeded: the same
// database every run.
import {emptyDatabase, type Database, type Interaction, type Network, type Person} from '../../source/core/model.js';

const first = [
	'Anna', 'Lena', 'Jürgen', 'Jörg', 'Björn', 'Søren', 'Thomas', 'Stefan', 'Stephan', 'Katrin', 'Sabine', 'Dörte', 'Hannes', 'Maximilian',
	'Friederike', 'Ulrike', 'Günther', 'Uwe', 'Klaus', 'Heike', 'Jens', 'Lukas', 'Felix', 'Jonas', 'Emma', 'Mia', 'Sophie', 'Marie', 'Laura',
	'Johanna', 'Petra', 'Ralf', 'Dirk', 'Sven', 'Mehmet', 'Ayşe', 'Çağlar', 'Emre', 'Zeynep', 'Fatma', 'Elif', 'İpek', 'Murat', 'Burak',
	'Deniz', 'Łukasz', 'Małgorzata', 'Grzegorz', 'Katarzyna', 'Paweł', 'Piotr', 'Michał', 'Agnieszka', 'Wojciech', 'Bartosz', 'Joanna',
	'Tomasz', 'John', 'Sarah', 'James', 'Emily', 'Oliver', 'Jessica', 'Michael', 'David', 'Chris', 'Olivia', 'Liam', 'François', 'Hélène', 'José',
];
const last = [
	'Müller', 'Mueller', 'Möller', 'Schmidt', 'Schmitt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Meier', 'Maier', 'Wagner', 'Becker',
	'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun',
	'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitz', 'Krause', 'Weiß', 'Weiss', 'Groß', 'Straßburger', 'Brenneisen', 'Brenner',
	'Brüggemann', 'Hübner', 'Kühn', 'Günther', 'Jørgensen', 'Öztürk', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Doğan', 'Kılıç', 'Aydın',
	'Arslan', 'Koç', 'Wójcik', 'Nowak', 'Kowalczyk', 'Kowalski', 'Wiśniewska', 'Dąbrowska', 'Zielińska', 'Szymański', 'Lewandowski',
	'Zając', 'Brzęczyszczykiewicz', 'Smith', 'Johnson', 'Brown', 'Taylor', "O'Connor", "O'Neill", 'Whitfield', 'Clarke', 'de Vries',
	'Lefèvre', 'García', 'Dubois', 'Asmussen', 'Ahrens', 'Kröger', 'Hinrichs', 'Petersen', 'Jessen', 'Thiessen', 'Carstens', 'Albrecht',
];
const companyStems = ['Nord', 'Elb', 'Hafen', 'Alster', 'Rhein', 'Isar', 'Spree', 'Weser', 'Main', 'Ostsee', 'Bosporus', 'Wisła', 'Thames', 'Alpen', 'Harz'];
const companyKinds = ['Digital', 'Consulting', 'Bau', 'Logistik', 'Media', 'Software', 'Analytics', 'Design', 'Versicherung', 'Immobilien', 'Labs', 'Events', 'Kliniken'];
const legal = ['GmbH', 'AG', 'GmbH & Co. KG', 'e.V.', 'Sp. z o.o.', 'Ltd', ''];
const roles = ['Sales Manager', 'Recruiterin', 'Software Engineer', 'Beraterin', 'Marketing Lead', 'Geschäftsführer', 'Head of Growth', 'Data Analyst',
	'UX Designerin', 'Account Executive', 'Projektleiter', 'Redakteurin', 'Community Manager', 'Fotograf', 'Tischler', 'Steuerberaterin'];
const cities = ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dortmund', 'Bremen',
	'Kiel', 'Lübeck', 'Freiburg im Breisgau', 'İstanbul', 'Warszawa', 'Kraków', 'Gdańsk', 'London', 'Dublin', 'Zürich', 'Wien'];
const tags = ['barcamp', 'stammtisch', 'ux', 'podcast', 'presse', 'oss', 'fediverse', 'recruiting', 'kunde', 'kollegen', 'freunde', 'verein'];
const noteParts = ['Getroffen auf dem', 'Hat mich angeschrieben wegen', 'Kennt', 'Met at', 'Vortrag über', 'Kommentiert oft zu', 'Austausch über',
	'BarCamp Hamburg', 'Stammtisch', 're:publica', 'dmexco', 'Moderation', 'Employer Branding', 'Kontaktanfragen', 'Open Source', 'Fotografie'];

/** A small seeded generator (mulberry32), so runs compare. */
export function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticPeople(count = 30_000, seed = 42): Database {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const db = emptyDatabase();
	const interactions: Interaction[] = [];
	for (let i = 1; i <= count; i++) {
		const given = pick(first);
		const family = pick(last);
		const slug = `${given}.${family}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
		const handles: Partial<Record<Network, string>> = {};
		if (next() < 0.6) handles.twitter = `@${slug.replace('.', '_').slice(0, 12)}${Math.floor(next() * 100)}`;
		if (next() < 0.5) handles.linkedin = `${slug.replace('.', '-')}-${Math.floor(next() * 0xffff).toString(16)}`;
		if (next() < 0.2) handles.mastodon = `@${slug.split('.')[0]}@${pick(['chaos.social', 'mastodon.social', 'hachyderm.io'])}`;
		const person: Person = {
			id: `p${i}`,
			name: next() < 0.03 ? `Dr. ${given} ${family}` : `${given} ${family}`,
			aliases: next() < 0.05 ? [`${given.slice(0, 3)} ${family}`] : [],
			handles,
			company: `${pick(companyStems)} ${pick(companyKinds)} ${pick(legal)}`.trim(),
			headline: pick(roles),
			location: pick(cities),
			tags: next() < 0.4 ? [pick(tags), pick(tags)] : [],
			connectedOn: next() < 0.3 ? {[pick(['linkedin', 'xing', 'facebook'])]: '2021-05-01'} : {},
			sources: [{format: 'generic', id: `s-${i}`}],
		};
		if (next() < 0.3) person.notes = `${pick(noteParts)} ${pick(noteParts)} ${2015 + Math.floor(next() * 11)}, ${pick(noteParts)} ${pick(noteParts)}.`;
		db.people.push(person);
		const talks = next() < 0.2 ? Math.floor(next() * 8) : 0;
		for (let k = 0; k < talks; k++) {
			interactions.push({
				id: `i${interactions.length + 1}`, person: person.id, at: `202${Math.floor(next() * 6)}-0${1 + Math.floor(next() * 9)}-1${k % 10}T10:00:00Z`,
				channel: pick(['email', 'twitter', 'linkedin', 'in-person'] as const), kind: k === 0 && next() < 0.3 ? 'meeting' : pick(['message', 'reply', 'like'] as const),
				direction: pick(['in', 'out'] as const),
			});
		}
	}
	db.interactions = interactions;
	db.counters = {person: count, interaction: interactions.length, journal: 0};
	return db;
}
