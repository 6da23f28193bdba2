// Plain checks for the common, valid records of a netinbox/v1 document. A file
// with a million interactions spends seconds in per-record schema parsing; these
// accept the ordinary record several times faster and give up (undefined) on
// anything unusual, so the zod schema in generic.ts still decides every odd case
// and writes every error message.
import {directions, interactionKinds} from '../model.js';
import {isCalendarDate} from './dates.js';

type Raw = Record<string, unknown>;
type Parsed<T> = {success: true; data: T};

const kinds = new Set<string>(interactionKinds);
const directionSet = new Set<string>(directions);
// Sentinel for "not the plain case": the caller falls back to the schema.
const odd = Symbol('odd');

function isRecord(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}


function requiredText(value: unknown): string | typeof odd {
	return typeof value === 'string' && value.length > 0 ? value : odd;
}

function optionalText(value: unknown): string | undefined | typeof odd {
	if (value === undefined || value === null) return undefined;
	return typeof value === 'string' ? value : odd;
}

function stringList(value: unknown): string[] | undefined | typeof odd {
	if (value === undefined) return undefined;
	return Array.isArray(value) && value.every(item => typeof item === 'string') ? [...value] : odd;
}

function stringMap(value: unknown, check: (item: unknown) => boolean): Record<string, string> | undefined | typeof odd {
	if (value === undefined) return undefined;
	if (!isRecord(value)) return odd;
	const out: Record<string, string> = {};
	for (const key of Object.keys(value)) {
		if (key === '__proto__' || !check(value[key])) return odd;
		out[key] = value[key] as string;
	}
	return out;
}

/** Drops undefined fields; `odd` anywhere means the record needs the schema. */
function settle<T>(fields: Record<string, unknown>): Parsed<T> | undefined {
	const data: Record<string, unknown> = {};
	for (const key in fields) {
		const value = fields[key];
		if (value === odd) return undefined;
		if (value !== undefined) data[key] = value;
	}
	return {success: true, data: data as T};
}

export function quickPerson<T>(raw: unknown): Parsed<T> | undefined {
	if (!isRecord(raw)) return undefined;
	const contacts = raw.mutualContacts;
	return settle<T>({
		id: requiredText(raw.id),
		name: requiredText(raw.name),
		aliases: stringList(raw.aliases),
		handles: stringMap(raw.handles, item => typeof item === 'string'),
		company: optionalText(raw.company),
		headline: optionalText(raw.headline),
		location: optionalText(raw.location),
		profileUrl: optionalText(raw.profileUrl),
		mutualContacts: contacts === undefined || contacts === null ? undefined : Number.isSafeInteger(contacts) && (contacts as number) >= 0 ? contacts : odd,
		notes: optionalText(raw.notes),
		tags: stringList(raw.tags),
		connectedOn: stringMap(raw.connectedOn, isCalendarDate),
	});
}

export function quickInteraction<T>(raw: unknown): Parsed<T> | undefined {
	if (!isRecord(raw)) return undefined;
	return settle<T>({
		person: requiredText(raw.person),
		at: isCalendarDate(raw.at) ? raw.at : odd,
		channel: requiredText(raw.channel),
		kind: typeof raw.kind === 'string' && kinds.has(raw.kind) ? raw.kind : odd,
		direction: typeof raw.direction === 'string' && directionSet.has(raw.direction) ? raw.direction : odd,
		text: optionalText(raw.text),
	});
}

export function quickRequest<T>(raw: unknown): Parsed<T> | undefined {
	if (!isRecord(raw)) return undefined;
	const message = optionalText(raw.message);
	return settle<T>({
		id: requiredText(raw.id),
		network: requiredText(raw.network),
		from: requiredText(raw.from),
		receivedAt: isCalendarDate(raw.receivedAt) ? raw.receivedAt : odd,
		// Absent, null and "" all mean: no message (and null is a value, not a missing field).
		message: message === odd ? odd : message || null,
	});
}
