// vCard files (.vcf), one or many cards each: address books, and XING, which
// exports contacts only this way. Each card is a person; social profiles and
// e-mail addresses become the handles that merge them with other sources.
import {BatchBuilder} from './builder.js';
import {dayOf, parseExportDate} from './dates.js';
import {defineImporter, progressOver, readText} from './define.js';
import {extension} from './files.js';
import {mastodonAddress, profileOf} from './social.js';
import type {ImportedPerson} from './types.js';
import {components, parseVcards, rawValue, textValue, type VCard, type VProperty} from './vcard-parse.js';

const networkNames: Record<string, string> = {x: 'twitter', twitter: 'twitter', linkedin: 'linkedin', xing: 'xing', facebook: 'facebook', instagram: 'instagram', mastodon: 'mastodon'};

function socialHandle(property: VProperty): {network: string; handle: string; url?: string} | undefined {
	const value = rawValue(property).trim();
	const fromUrl = profileOf(value);
	const type = (property.params.type ?? []).map(t => t.toLowerCase()).find(t => networkNames[t]);
	const network = type ? networkNames[type]! : fromUrl?.network;
	if (!network) return undefined;
	const user = property.params['x-user']?.[0]?.trim() || (fromUrl?.network === network ? fromUrl.handle : value.replace(/^x-apple:/i, ''));
	if (!user || /^[a-z]+:\/\//i.test(user)) return undefined;
	const handle = network === 'twitter' || network === 'instagram' ? `@${user.replace(/^@/, '')}` : network === 'mastodon' ? mastodonAddress(user) ?? user : user;
	return {network, handle, ...(fromUrl ? {url: value} : {})};
}

function nameOf(card: VCard): string | undefined {
	const of = (name: string) => card.properties.find(p => p.name === name);
	const full = of('FN') && textValue(of('FN')!);
	if (full) return full;
	const n = of('N');
	if (n) {
		const [family = '', given = '', additional = '', prefix = '', suffix = ''] = components(n);
		const joined = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
		if (joined) return joined;
	}
	const org = of('ORG');
	return (org && components(org)[0]) || undefined;
}

export function personOfCard(card: VCard, now: Date): ImportedPerson | string {
	const name = nameOf(card);
	if (!name) return 'card has no name (no FN, N or ORG)';
	const all = (name: string) => card.properties.filter(p => p.name === name || p.name === `X-${name}`);
	const handles: Record<string, string> = {};
	const notes: string[] = all('NOTE').map(textValue).filter(Boolean);
	let profileUrl: string | undefined;
	const emails = card.properties.filter(p => p.name === 'EMAIL').sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)));
	const email = emails.map(textValue).find(value => value.includes('@'));
	if (email) handles.email = email.toLowerCase();
	for (const property of card.properties.filter(p => p.name === 'URL')) {
		const url = textValue(property);
		const profile = profileOf(url);
		if (profile) {
			handles[profile.network] ??= profile.handle;
			profileUrl ??= url;
		} else if (url) notes.push(`Website: ${url}`);
	}
	for (const property of all('SOCIALPROFILE')) {
		const social = socialHandle(property);
		if (!social) continue;
		handles[social.network] ??= social.handle;
		if (social.url) profileUrl ??= social.url;
	}
	const org = card.properties.find(p => p.name === 'ORG');
	const company = org ? components(org).find(Boolean) : undefined;
	const title = card.properties.find(p => p.name === 'TITLE') ?? card.properties.find(p => p.name === 'ROLE');
	const uid = card.properties.find(p => p.name === 'UID');
	const tel = card.properties.find(p => p.name === 'TEL');
	const person: ImportedPerson = {
		// Without a UID, what the card says about whom it describes: the same card re-imported is the same person.
		sourceId: uid && textValue(uid) ? `uid/${textValue(uid)}` : `card/${name}|${handles.email ?? ''}|${tel ? textValue(tel) : ''}|${profileUrl ?? ''}`,
		name,
	};
	if (Object.keys(handles).length > 0) person.handles = handles;
	if (company) person.company = company;
	if (title && textValue(title)) person.headline = textValue(title);
	if (profileUrl) person.profileUrl = profileUrl;
	if (notes.length > 0) person.notes = notes.join('\n');
	if (fromXing(card)) {
		const rev = card.properties.find(p => p.name === 'REV');
		const date = rev ? parseExportDate(textValue(rev).slice(0, 10)) : undefined;
		person.connectedOn = {xing: date ? dayOf(date) : now.toISOString().slice(0, 10)};
	}
	return person;
}

const isPreferred = (property: VProperty) => Boolean(property.params.pref) || (property.params.type ?? []).some(t => /^pref$/i.test(t));
// A card XING wrote says so in PRODID or its own X-XING properties; a XING link alone is not a contact there.
const fromXing = (card: VCard) => card.properties.some(p => (p.name === 'PRODID' && /xing/i.test(p.value)) || p.name.startsWith('X-XING'));

export const vcard = defineImporter({
	name: 'vcard',
	expected: 'a .vcf file with BEGIN:VCARD … END:VCARD cards',
	async recognize(file) {
		const ext = extension(file);
		if (ext !== '.vcf' && ext !== '.vcard' && !file.explicit) return undefined;
		return /^\s*BEGIN:VCARD\s*$/im.test(await file.head()) ? 'cards' : undefined;
	},
	async parseFiles(files, options) {
		const builder = new BatchBuilder('vcard');
		const progress = progressOver(files, options);
		for (const {file} of files) {
			const {cards, problems} = parseVcards(await readText(file, builder));
			for (const problem of problems) builder.problem(file.display, `line ${problem.line}`, problem.message, 'people');
			for (const card of cards) {
				const person = personOfCard(card, options?.now ?? new Date());
				if (typeof person === 'string') builder.problem(file.display, `line ${card.line}`, person, 'people');
				else builder.person(person);
			}
			progress.finished(file);
		}
		return builder.finish();
	},
});
