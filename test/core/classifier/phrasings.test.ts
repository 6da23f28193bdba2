// Phrasings written here, one per line, with where the policy says each lands.
// The rules were once tuned on them, so they are scored like a tuned corpus:
// high agreement, and never a critical error (a pitch accepted, a reason reported).
import {describe, expect, it} from 'vitest';
import type {Decision, Network} from '../../../source/core/model.js';
import {World} from '../../helpers/screening.js';

const cases: [Decision, string][] = [
  // we-are-both / generic -> ignore
  ['ignore', 'Ich sehe, wir haben 8 gemeinsame Kontakte. Lass uns vernetzen!'],
  ['ignore', 'Wir bewegen uns ja im gleichen Umfeld, da passt eine Vernetzung.'],
  ['ignore', 'Wir sind beide im Bereich HR unterwegs.'],
  ['ignore', "We're both passionate about community building, let's connect!"],
  ['ignore', 'We went to the same university, would love to connect.'],
  ['ignore', 'I see you are also based in Hamburg. Happy to connect!'],
  ['ignore', 'LinkedIn hat mir Ihr Profil vorgeschlagen.'],
  ['ignore', 'Ihr Profil wurde mir angezeigt und ich dachte, wir könnten uns vernetzen.'],
  ['ignore', 'Looking forward to connecting!'],
  ['ignore', 'Ich freue mich auf den Austausch!'],
  ['ignore', 'Always open to new contacts in the digital world.'],
  ['ignore', 'Gerne möchte ich mein Netzwerk erweitern.'],
  ['ignore', 'Networking is important to me and I would like to have you in my network.'],
  ['ignore', 'I would like to add you as a contact.'],
  ['ignore', 'Hallo Steve, ich würde mich über eine Vernetzung freuen. Viele Grüße'],
  ['ignore', 'Hi Steve, hope you are doing well. I would love to connect and learn more about your work.'],
  ['ignore', 'Hallo Herr Keller, ich bin seit 15 Jahren im Vertrieb tätig und suche den Austausch mit Entscheidern.'],
  ['ignore', 'Hi Steve, as a fellow marketer in Hamburg I thought we should connect.'],
  ['ignore', 'Since we both attended re:publica, I thought it would be nice to connect.'],
  ['ignore', 'Dein Profil ist super interessant!'],
  ['ignore', 'Toller Content, weiter so!'],
  ['ignore', 'Great to connect with such an experienced professional.'],
  // pitch -> spam
  ['spam', 'Haben Sie Interesse an einer Zusammenarbeit? Wir sind eine Agentur für Suchmaschinenoptimierung und bringen Ihre Website auf Seite 1.'],
  ['spam', 'Do you need help with SEO? We can get your website to the first page of Google.'],
  ['spam', 'Hi Steve, are you looking for a new website? Our team builds modern websites at affordable prices.'],
  ['spam', "I'd love to introduce our services: we do video production for B2B brands."],
  ['spam', 'Gerne stelle ich Ihnen unsere Leistungen im Bereich Employer Branding vor. Wann passt Ihnen ein Termin?'],
  ['spam', 'Hi Steve, I am a financial advisor and help professionals like you build wealth. Can we schedule a call?'],
  ['spam', 'Invest in real estate with just 1000€ and earn 12% per year. Message me for details.'],
  ['spam', 'Wir suchen für unseren Kunden einen Community Manager (m/w/d) in Hamburg. Hätten Sie Interesse?'],
  ['spam', 'Sind Sie offen für neue berufliche Herausforderungen? Ich habe da etwas Spannendes für Sie.'],
  ['spam', 'Hello, I am a recruiter at TechTalents. We have a great role for you!'],
  ['spam', 'Check out my new ebook on LinkedIn growth: https://bit.ly/xyz'],
  // individual -> accept (linkedin)
  ['accept', 'Hallo Steve, ich habe gesehen, dass du über Moderation in Foren schreibst – wir bauen gerade ein Forum für unseren Verein auf und ich würde gern mitlesen und ab und zu Fragen stellen.'],
  ['accept', 'Hi Steve, Maren Jessen mentioned you when I asked about community guidelines – she said you wrote the one at Hafenblick.'],
  ['accept', 'Lieber Steve, danke für deine schnelle Antwort auf meine Mail letzte Woche – hat mir sehr geholfen.'],
  ['accept', 'Hi Steve, I run the Hamburg chapter of Women in Tech and we would love to have you as a speaker at our next meetup in March.'],
  ['accept', 'Servus Herr Keller, ich leite die Pressestelle der Stadt Graz und wir überlegen, auf Mastodon umzuziehen. Dürfte ich Ihnen ein paar Fragen dazu stellen?'],
  ['accept', 'Hey Steve, your browser extension anfragefilter just flagged 30 requests in my inbox – brilliant idea!'],
  ['accept', 'Grüezi Herr Keller, ich habe Ihr Interview im Deutschlandfunk gehört und würde Sie gerne für unseren Podcast anfragen.'],
  ['accept', 'Hi Steve, I am a journalist at Die Zeit and I am writing a piece on contact spam. Could I quote your blog post?'],
  // events, groups, short texts, hiring
  ['ignore', 'Ich war auch auf der re:publica – lass uns vernetzen!'],
  ['ignore', 'I was also at BarCamp Hamburg, great event. Let us connect.'],
  ['ignore', 'Saw you at the conference in Berlin, would be nice to connect.'],
  ['ignore', 'Glückwunsch zum neuen Job!'],
  ['ignore', 'Congrats on the work anniversary!'],
  ['ignore', 'Happy birthday!'],
  ['ignore', 'Wir sind im selben Verein.'],
  ['ignore', 'Hi Steve, I noticed you are in the Social Media Hamburg group too.'],
  ['ignore', 'Moin! Auch aus Hamburg 🙂'],
  ['accept', 'Great meeting you at the BarCamp yesterday – thanks for the tip about moderation bots!'],
  ['accept', 'Schön, dich gestern beim Stammtisch kennengelernt zu haben!'],
  ['accept', 'Wir sind beide in der Gruppe Vereinsarbeit digital, und dein Kommentar zu Mitgliederumfragen dort hat mir sehr geholfen.'],
  ['accept', 'Would you be interested in speaking at our community conference in Leipzig next spring?'],
  ['accept', 'Could you recommend a good moderation tool for a small forum? Your blog is the only place I found useful advice.'],
  ['accept', 'Danke für den Vortrag heute in Bremen!'],
  ['spam', "We're hiring a Community Manager in Berlin – interested?"],
  ['spam', 'Ich habe Ihren Artikel über Kontaktanfragen gelesen. Wir bieten eine Software an, die genau das löst. Darf ich Ihnen eine kurze Demo zeigen?'],
  ['spam', 'Join our team of successful entrepreneurs and work from anywhere!'],
  ['spam', 'Hi Steve, we help communities grow 10x faster with our AI moderation platform. Free trial: https://modai.example'],
];

const critical = (expected: Decision, got: Decision) =>
	(expected === 'spam' && (got === 'accept' || got === 'follower')) || ((expected === 'accept' || expected === 'follower') && got === 'spam');

function expectScore(results: {expected: Decision; got: Decision; text: string; why: string}[]) {
	for (const result of results) expect(critical(result.expected, result.got), `${result.text}: ${result.got} (${result.why})`).toBe(false);
	const agreed = results.filter(result => result.expected === result.got).length;
	const misses = results.filter(result => result.expected !== result.got).map(result => `${result.expected} → ${result.got}: ${result.text}`);
	expect(agreed / results.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
}

// Another user, writing in English, with a profile nobody tuned the rules for.
const daniel = {name: 'Daniel Okafor', handles: {}, profile: 'Developer Relations Lead at Brightline, London.\nWrites "The Patient API" newsletter. Talks: "APIs people love" (API Days Paris 2025), "Error messages are UX" (DevRelCon 2026). Book: "Docs First" (2024). Open source: "lintdocs", a linter for API docs. Topics: developer experience, API design, documentation, OpenAPI.'};

const english: [Decision, Network, string][] = [
  ['follower', 'mastodon', 'Hey Daniel, loved your API Days talk on error messages – we rewrote our 4xx responses because of it.'],
  ['accept', 'linkedin', "Hi Daniel, I'm a big fan of The Patient API newsletter, the issue on pagination saved my week."],
  ['accept', 'linkedin', 'Hi Dan, your book Docs First is now required reading for our new hires.'],
  ['ignore', 'linkedin', "Hi Daniel, I'd like to add you to my professional network."],
  ['ignore', 'linkedin', "Dear Daniel, I came across your profile and I'm impressed by your background in developer relations."],
  ['ignore', 'linkedin', 'Hello Daniel, we are both API enthusiasts!'],
  ['ignore', 'linkedin', 'Hi David, great to meet you at the conference!'],
  ['spam', 'linkedin', "Hi Daniel, hope this finds you well. I'm reaching out because we help dev tool companies increase signups by 40%."],
  ['spam', 'linkedin', "Are you the right person to talk to about your company's API documentation?"],
  ['spam', 'linkedin', "I came across your profile and think you'd be a great fit for a Staff DevRel role at a Series B startup."],
  ['accept', 'linkedin', 'Hi Daniel, I opened a PR on lintdocs for OpenAPI 3.1 webhooks – would love your feedback when you have time.'],
  ['follower', 'twitter', 'Your DevRelCon talk on error messages was the best of the day!'],
  ['ignore', 'linkedin', 'Developer Relations Lead at Brightline – impressive! Let us connect.'],
  ['accept', 'linkedin', 'Hi Daniel, we met briefly at the Brightline booth in Paris – you showed me the docs linter. Keen to stay in touch!'],
];

describe('phrasings from strangers', () => {
	it('land where the policy says, nine in ten at least, with no critical error', () => {
		const forSteve = cases.map(([expected, text]) => ({expected, suggestion: new World().stranger(text, 'linkedin'), text}));
		const forDaniel = english.map(([expected, network, text]) => {
			const world = new World();
			world.db.me = {...daniel};
			return {expected, suggestion: world.stranger(text, network), text};
		});
		expectScore([...forSteve, ...forDaniel].map(({expected, suggestion, text}) => ({expected, got: suggestion.decision, text, why: suggestion.reasons.map(reason => reason.text).join(' | ')})));
	});
});
