// What of a person is searched, in which field, and how much each field counts.
import {looseWords} from '../people/names.js';
import type {Person} from '../model.js';
import {pushAll} from '../arrays.js';

/**
 * The fields searched, and how much a word found in each counts. A handle
 * counts whole (`annam`, `anna-mueller-12ab` as one word); its pieces count
 * less, so `lars-petersen-hafen` does not outrank the people employed at Hafen.
 */
export const fields = [
	['name', 1],
	['alias', 0.95],
	['handle', 0.95],
	['company', 0.85],
	['handle part', 0.8],
	['headline', 0.65],
	['location', 0.7],
	['tags', 0.7],
	['notes', 0.55],
	['meeting', 0.55],
] as const;
export type Field = (typeof fields)[number][0];
export const fieldWeights: number[] = fields.map(([, weight]) => weight);
/** Fields before this one are where a word of one or two letters may match: anywhere else would be noise. */
export const shortWordFields = 4;
export const handleFields: ReadonlySet<number> = new Set([2, 4]);
/** A posting packs person number and field into one integer: person * fieldSlots + field. */
export const fieldSlots = 16;

/** The field values as the person's records have them, by field number: what a match is shown with. */
export function rawValuesOf(person: Person, meetings: string[] = []): Array<[number, string[]]> {
	const handles = [...Object.values(person.handles).filter((h): h is string => Boolean(h)), ...urlHandle(person.profileUrl)];
	return [
		[0, [person.name]],
		[1, person.aliases],
		[2, handles],
		[3, person.company ? [person.company] : []],
		[4, handles],
		[5, person.headline ? [person.headline] : []],
		[6, person.location ? [person.location] : []],
		[7, person.tags],
		[8, person.notes ? [person.notes] : []],
		[9, meetings],
	];
}

const joined = /[\p{L}\p{N}][^\s\p{L}\p{N}\p{M}]+[\p{L}\p{N}]/u;

/** Words of one field value: each loose word, plus words joined where only punctuation separated them. */
function fieldWords(value: string, joinAll = false): string[] {
	const out = looseWords(value);
	if (joined.test(value)) {
		for (const chunk of value.split(/\s+/)) {
			const parts = looseWords(chunk);
			if (parts.length > 1) out.push(parts.join(''));
		}
	}
	if (joinAll && out.length > 1) out.push(looseWords(value).join(''));
	return out;
}

/** A handle as one word (`anna-mueller-12ab` → `annamuller12ab`; a fediverse handle by its user name) and its pieces. */
function handleWords(handles: string[]): {whole: string[]; parts: string[]} {
	const whole: string[] = [];
	const parts: string[] = [];
	for (const handle of handles) {
		const [user = '', ...host] = handle.replace(/^@/, '').split('@');
		const pieces = looseWords(user);
		if (pieces.length > 0) whole.push(pieces.join(''));
		if (pieces.length > 1) pushAll(parts, pieces);
		pushAll(parts, host.flatMap(looseWords));
	}
	return {whole, parts};
}

/** The last path segment of a profile URL is a handle too (`xing.com/profile/Anna_Mueller`). */
function urlHandle(url: string | undefined): string[] {
	const segment = url?.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1);
	return segment && !/^(www\.)?[a-z]+\.[a-z]+$/i.test(segment) ? [segment] : [];
}

/** The words of each field of a person, by field number; `meetings`: what the records say of meeting them. */
export function valuesOf(person: Person, meetings: string[] = []): Array<[number, string[]]> {
	const handles = handleWords([...Object.values(person.handles).filter((h): h is string => Boolean(h)), ...urlHandle(person.profileUrl)]);
	return [
		[0, fieldWords(person.name, true)],
		[1, person.aliases.flatMap(alias => fieldWords(alias, true))],
		[2, handles.whole],
		[3, person.company ? fieldWords(person.company) : []],
		[4, handles.parts],
		[5, person.headline ? fieldWords(person.headline) : []],
		[6, person.location ? fieldWords(person.location) : []],
		[7, person.tags.flatMap(tag => fieldWords(tag))],
		[8, person.notes ? looseWords(person.notes) : []],
		[9, meetings.flatMap(looseWords)],
	];
}

export function trigramsOf(word: string): string[] {
	const padded = `^${word}`;
	const out = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
	return [...out];
}
