// Reply drafts that ask the sender why: polite, say that the owner connects
// with people they know or have talked to, and ask what the sender has in mind.
// Built in: English, German with du and with Sie; the user's own in
// `replies/NAME.md` in the config directory, which may also replace these.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {NetinboxError, UsageError} from '../errors.js';
import type {ContactRequest, Me, Person} from '../model.js';
import {networkNames} from '../networks/actions.js';
import {configDir} from '../paths.js';

export const builtinTemplates: Record<string, string> = {
	en: `Hello {firstName},

thank you for your request. I connect with people I know or have talked to, and we have not met yet as far as I can tell. What do you have in mind — what brings you to me?

Best regards,
{myName}`,
	'de-du': `Hallo {firstName},

danke für deine Anfrage. Ich vernetze mich mit Menschen, die ich kenne oder mit denen ich schon einmal gesprochen habe, und soweit ich sehe, kennen wir uns noch nicht. Magst du mir sagen, was du im Sinn hast?

Viele Grüße
{myName}`,
	'de-sie': `Guten Tag {name},

vielen Dank für Ihre Anfrage. Ich vernetze mich mit Menschen, die ich kenne oder mit denen ich schon einmal gesprochen habe, und soweit ich sehe, kennen wir uns noch nicht. Darf ich fragen, was Sie im Sinn haben?

Viele Grüße
{myName}`,
};

export function repliesDir(): string {
	return path.join(configDir(), 'replies');
}

/** Every template by name: the built-in ones, then the user's (which win on the same name). */
export async function loadTemplates(directory = repliesDir()): Promise<Record<string, string>> {
	const out = {...builtinTemplates};
	let names: string[];
	try {
		names = (await readdir(directory)).filter(name => name.endsWith('.md')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
		throw new NetinboxError(`${directory}: cannot read the reply templates: ${(error as Error).message}`);
	}
	for (const name of names) {
		const file = path.join(directory, name);
		try {
			out[name.slice(0, -3)] = (await readFile(file, 'utf8')).replace(/\r\n/g, '\n').trim();
		} catch (error) {
			throw new NetinboxError(`${file}: cannot read this reply template: ${(error as Error).message}`);
		}
	}
	return out;
}

const german = /\b(ich|und|nicht|mit|wir|würde|gerne|gern|hallo|grüße|gruß|liebe[rs]?|vielen|dank|über|für|uns|mich|möchte|bei)\b/giu;
const english = /\b(i|and|not|with|we|would|like|hello|hi|regards|thanks|thank|about|for|us|me|your|you)\b/giu;
const du = /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure)\b/iu;

/** The built-in template that fits the request's own message: its language, and du or Sie. */
export function templateFor(request: Pick<ContactRequest, 'message' | 'network'>): string {
	const message = request.message ?? '';
	const de = (message.match(german) ?? []).length;
	const en = (message.match(english) ?? []).length;
	if (!message.trim()) return request.network === 'xing' ? 'de-sie' : 'en';
	if (de <= en) return 'en';
	if (du.test(message)) return 'de-du';
	// "Sie" or nothing to tell by: the formal form offends no one.
	return 'de-sie';
}

/** The template with `{firstName}`, `{name}`, `{myName}`, `{myFirstName}`, `{network}` filled in; unknown ones stay. */
export function fill(template: string, values: {person: Pick<Person, 'name'> | undefined; me: Pick<Me, 'name'>; request: Pick<ContactRequest, 'network'>}): string {
	const name = values.person?.name?.trim() || 'there';
	const myName = values.me.name?.trim() ?? '';
	const map: Record<string, string> = {
		firstName: name.split(/\s+/)[0]!,
		name,
		myName,
		myFirstName: myName.split(/\s+/)[0] ?? '',
		network: networkNames[values.request.network],
	};
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => map[key] ?? whole).replace(/\n+$/, '');
}

export type Draft = {template: string; text: string};

export async function draftFor(request: ContactRequest, person: Person | undefined, me: Me, wanted?: string, templates?: Record<string, string>): Promise<Draft> {
	const all = templates ?? await loadTemplates();
	const template = wanted ?? templateFor(request);
	const text = all[template];
	if (text === undefined) throw new UsageError(`no reply template "${template}"; there are ${Object.keys(all).join(', ')} (your own go in ${repliesDir()})`);
	return {template, text: fill(text, {person, me, request})};
}
