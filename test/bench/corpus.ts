// Word lists the generator draws from: names as they appear in a German-speaking
// professional network (German, English, Turkish, Polish), companies, headlines,
// and the kinds of request texts the screening policy distinguishes.

export const firstNames = [
	'Anna', 'Jürgen', 'Jörg', 'Björn', 'Sören', 'Günther', 'Bärbel', 'Käthe', 'Dörte', 'Jürgen', 'Sabine', 'Katrin',
	'Thomas', 'Andreas', 'Stefanie', 'Miriam', 'Hannes', 'Lukas', 'Lea', 'Jonas', 'Greta', 'Uwe', 'Heike', 'Kai-Uwe',
	'Anja', 'Tobias', 'Nadine', 'Moritz', 'Frieda', 'Maren', 'Ines', 'Matthias', 'Susanne', 'Wolfgang', 'Claudia',
	'James', 'Emily', 'Olivia', 'Liam', 'Sophia', 'Chris', 'Sarah', 'Kevin', 'Jessica', 'Brandon', 'Patrick',
	'Ömer', 'Özlem', 'Gül', 'Çağla', 'Şule', 'İsmail', 'Ümit', 'Ayşe', 'Büşra', 'Elif', 'Ahmet', 'Çağlar', 'Emre',
	'Łukasz', 'Paweł', 'Michał', 'Wojciech', 'Małgorzata', 'Agnieszka', 'Żaneta', 'Krzysztof', 'Jędrzej', 'Marta',
];

export const lastNames = [
	'Müller', 'Schäfer', 'Krüger', 'Weiß', 'Groß', 'Köhler', 'Jäger', 'Böhm', 'Schröder', 'Hoffmann', 'Brüggemann',
	'Voigt', 'Kröger', 'Brandt', 'Lange', 'Schuster', 'Vogel', 'Asmussen', 'Hartmann', 'Petersen', 'Sommer', 'Kühn',
	'Meier', 'Maier', 'Mayer', 'Schmidt', 'Schmitt', 'Fischer', 'Wagner', 'Becker', 'Albrecht', 'Lindström',
	'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Collins', 'Walsh', "O'Neill",
	'Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Kılıç', 'Aydın', 'Demir', 'Arslan', 'Güneş',
	'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Dąbrowski', 'Zieliński', 'Kowalczyk',
];

export const cities = ['Hamburg', 'Berlin', 'München', 'Köln', 'Düsseldorf', 'Leipzig', 'Kiel', 'Lübeck', 'Bremen', 'Wien', 'Zürich', 'Graz', 'London', 'Warszawa', 'İstanbul', 'Kraków'];

const companyStems = ['Hafen', 'Elb', 'Nord', 'Alster', 'Kontor', 'Werft', 'Brücken', 'Möwe', 'Leuchtturm', 'Lotsen', 'Speicher', 'Rhein', 'Isar', 'Bosporus', 'Wisła'];
const companyKinds = ['Digital', 'Consulting', 'Medien', 'Software', 'Design', 'Logistik', 'Kommunikation', 'Solutions', 'Labs', 'Partners'];
const companyForms = ['GmbH', 'AG', 'GmbH & Co. KG', 'e.V.', 'Ltd', 'sp. z o.o.', 'A.Ş.', ''];

export function companyName(pick: <T>(items: readonly T[]) => T): string {
	return [pick(companyStems) + pick(['', 'blick', 'werk', 'haus', 'feld']), pick(companyKinds), pick(companyForms)].filter(Boolean).join(' ');
}

export const headlines = [
	'UX Lead', 'Head of Marketing', 'Community Manager', 'Freie Texterin', 'Software Engineer', 'Geschäftsführer',
	'Social Media Managerin', 'Vertriebsleiter DACH', 'Recruiter IT', 'Growth Hacker', 'Projektleiterin Digitalisierung',
	'Pressesprecher', 'Vorstand', 'Senior Consultant', 'Data Scientist', 'Produktmanagerin', 'Moderatorin', 'Coach & Speaker',
];

export const tags = ['barcamp', 'ux', 'verein', 'presse', 'kunde', 'kollege', 'mastodon', 'podcast', 'stammtisch', 'recruiter'];

export const notes = [
	'BarCamp Hamburg 2025: zusammen eine Session zu Moderationsregeln gehalten.',
	'Kenne ich aus dem Social Media Stammtisch Hamburg.',
	'Ehemalige Kollegin bei Hafenblick Digital.',
	'Hat mich 2024 zum Podcast eingeladen.',
	'Kunde 2023, Projekt Community-Leitfaden.',
	'Met at re:publica 2026, talked about Mastodon for NGOs.',
];

export const me = {
	name: 'Steve Keller',
	handles: {twitter: '@stevekeller_hh', xing: 'Steve_Keller', linkedin: 'steve-keller-hamburg', mastodon: 'stevek@norden.social'},
	profile: 'Community & Content Lead bei Hafenblick Digital GmbH, Hamburg. Schreibt auf kontaktpflege.blog über Netzwerken und Kontaktanfragen. '
		+ 'Talks: „Netzwerken mit Sinn“ (BarCamp Hamburg 2025; re:publica 2026), „Weniger Kontakte, mehr Netzwerk“ (Social Media Week Cologne 2026), '
		+ '„Kontaktspam erkennen in 5 Minuten“ (Community Camp Berlin). Buch: „Das leise Netzwerk“ (2024). Podcast: „Moin Netzwerk“. '
		+ 'Open-Source-Projekt: „anfragefilter“.',
};

export const defaultTexts: Record<string, string[]> = {
	linkedin: [
		"I'd like to add you to my professional network on LinkedIn.",
		'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
		"Hi Steve, I'd like to add you to my professional network on LinkedIn.",
		'Hallo Steve, ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen',
		"I'd like to join your LinkedIn network.",
	],
	xing: [
		'Ich würde mich freuen, Sie in meinem XING-Netzwerk begrüßen zu dürfen.',
		'Ich würde Sie gerne zu meinen Kontakten hinzufügen.',
		'Ich würde mich freuen, wenn wir uns auf XING vernetzen.',
	],
};

export const weAreBoth = [
	'Hallo Herr Keller, wir sind beide Mitglied in der Gruppe „{group}“. Über eine Vernetzung würde ich mich freuen.',
	'Hi Steve, we are both in {group}, so I thought it makes sense to connect.',
	'Hi Steve, I saw we share {n} contacts. Would be great to connect!',
	'Sie sind mir in meinen Vorschlägen aufgefallen. Lassen Sie uns vernetzen!',
	'Hallo Steve, wir waren beide auf der {event} – lass uns vernetzen!',
	'Hi Steve, we both work in {field}, so I thought it makes sense to connect.',
];

export const groups = ['Social Media Hamburg', 'Digital Marketing DACH', 'Community Manager Deutschland', 'Online-Redaktion', 'UX Professionals'];
export const events = ['dmexco 2026', 'OMR 2026', 're:publica 2026', 'Social Media Week Cologne', 'CMCX 2025'];
export const fields = ['marketing', 'communications', 'digital media', 'HR', 'sales'];

export const talks = ['„Netzwerken mit Sinn“', '„Weniger Kontakte, mehr Netzwerk“', '„Kontaktspam erkennen in 5 Minuten“'];

/** Personal openings and reasons; combined, they make texts that are each individual. */
export const personalOpenings = [
	'Hallo Steve, ich war in deinem Talk {talk} und',
	'Moin Steve, nach unserem Gespräch beim Stammtisch',
	'Hi Steve, I watched your talk {talk} and',
	'Guten Tag Herr Keller, ich habe Ihr Buch „Das leise Netzwerk“ gelesen und',
	'Hey Steve, ich höre „Moin Netzwerk“ seit Folge {n} und',
	'Hallo Steve, ich habe ein Issue für anfragefilter aufgemacht und',
];
export const personalReasons = [
	'würde gern mit dir über Moderation in {city} sprechen.',
	'wir stehen bei {company} gerade vor derselben Frage.',
	'would love to continue the discussion about Mastodon for NGOs.',
	'möchte Sie für eine Keynote in {city} anfragen.',
	'danke für den Tipp mit den Standardtexten – wir nutzen deine Checkliste jetzt im Team.',
	'your point about quiet contacts changed how we do outreach at {company}.',
];

export const massBases = [
	'ich baue gerade mein Netzwerk im Bereich Digitalisierung & Marketing aus und würde mich freuen, wenn wir uns vernetzen. Auf einen guten Austausch!',
	'I came across your profile and thought it would be great to connect and exchange ideas.',
	'Love your profile! Always happy to connect with inspiring people 🙌',
	'ich bin auf Ihr Profil gestoßen und würde mich sehr über eine Vernetzung freuen.',
];
export const salutations = ['Hallo Steve, ', 'Hi Steve! ', 'Hallo Herr Keller, ', 'Hallo {Vorname}, ', 'Hi [Name], ', 'Dear Sir/Madam, ', ''];

export const pitches = [
	'Hi Steve, I help companies like {company} 3x their inbound pipeline with LinkedIn automation. Do you have 15 minutes this week? https://calendly.com/{handle}/15',
	'Hallo Herr Keller, am {day}.11. veranstalten wir ein kostenloses Webinar: „In 30 Tagen zu 10.000 Followern“. Jetzt Platz sichern: https://followerboost.example/{handle}',
	'Sehr geehrter Herr Keller, für einen renommierten Kunden suche ich eine/n Head of Digital Sales (m/w/d). Ihr Profil passt perfekt! Rufen Sie mich an.',
	'Hello dear 🌸 I made 40% profit last month with Bitcoin trading under my mentor. DM me 💰',
	'Boost your reach 🚀 1000 real followers for 29 € – https://boost.example/{handle}',
];

export const interactionTexts = [
	'Frage zur Nachfolge in der Gruppenmoderation', 'Danke für den Link!', 'Re: Folien vom BarCamp', 'Kurze Frage zu deinem Blogpost',
	'Treffen beim Stammtisch', 'Projekt-Update', 'Lunch at re:publica', 'Thanks for the intro', 'Einladung zum Podcast', 'Antwort auf Thread',
];
