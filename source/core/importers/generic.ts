// `netinbox/v1`: one JSON document with people, interactions and requests,
// for any source without an importer of its own (see README).
import {readFile} from 'node:fs/promises';
import {z} from 'zod';
import {NetinboxError, messages} from '../errors.js';
import {channels, directions, interactionKinds, networks, type Network} from '../model.js';
import {formatPath} from '../store/schema.js';
import {describeJsonError} from '../store/serialize.js';
import {decodeText} from './decode.js';
import {isCalendarDate} from './dates.js';
import {defineImporter, parseJson, progressOver} from './define.js';
import {extension} from './files.js';
import {quickInteraction, quickPerson, quickRequest} from './generic-fast.js';
import {emptyBatch, type ImportBatch, type Problem, type RecordKind} from './types.js';
import {pushAll} from '../arrays.js';

const formatId = 'netinbox/v1';
const isoDate = z.string().refine(isCalendarDate, 'not an ISO 8601 date on a day that exists');
// A number past 2^53 has already lost digits when JSON was parsed: two ids would become one.
const anyId = z.union([z.string().min(1), z.number().refine(Number.isSafeInteger, 'a numeric id above 2^53 loses digits in JSON; write it as a string')]).transform(String);
const optionalText = z.string().nullish().transform(value => value ?? undefined);

const person = z.object({
	id: anyId,
	name: z.string().min(1),
	aliases: z.array(z.string()).optional(),
	handles: z.record(z.string(), z.string()).optional(),
	company: optionalText,
	headline: optionalText,
	location: optionalText,
	profileUrl: optionalText,
	mutualContacts: z.number().int().nonnegative().nullish().transform(value => value ?? undefined),
	notes: optionalText,
	tags: z.array(z.string()).optional(),
	connectedOn: z.record(z.string(), isoDate).optional(),
});

const interaction = z.object({
	person: anyId,
	at: isoDate,
	channel: z.string().min(1),
	kind: z.enum(interactionKinds),
	direction: z.enum(directions),
	text: optionalText,
});

const request = z.object({
	id: anyId,
	network: z.string().min(1),
	from: anyId,
	receivedAt: isoDate,
	message: z.string().nullish().transform(value => value || null),
});

const me = z.object({
	name: optionalText,
	handles: z.record(z.string(), z.string()).optional(),
	profile: optionalText,
});

/** The record schemas, for tests that hold the fast checks in generic-fast.ts to the same results. */
export const recordSchemas = {person, interaction, request};

const known: Record<RecordKind | 'me' | 'top', Set<string>> = {
	top: new Set(['format', 'me', 'people', 'interactions', 'requests']),
	me: new Set(Object.keys(me.shape)),
	people: new Set(Object.keys(person.shape)),
	interactions: new Set(Object.keys(interaction.shape)),
	requests: new Set(Object.keys(request.shape)),
};

function asNetwork(name: string): Network | undefined {
	const lower = name.toLowerCase();
	if (lower === 'x') return 'twitter';
	return (networks as readonly string[]).includes(lower) ? (lower as Network) : undefined;
}

export async function readGenericDocument(file: string): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new NetinboxError(messages.unreadableFile(file, (error as Error).message));
	}
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		const {where, detail} = describeJsonError(text, error as Error);
		throw new NetinboxError(`${file}: not valid JSON at ${where}: ${detail}. Nothing was imported.`);
	}
}

export function parseGenericDocument(document: unknown, file: string): ImportBatch {
	const batch = emptyBatch('generic');
	const problem = (kind: RecordKind, where: string, message: string) => batch.problems.push({file, where, message, kind});
	const warn = (where: string, message: string) => batch.warnings.push({file, where, message});
	const fail = (message: string): never => {
		throw new NetinboxError(`${file}: ${message}. Nothing was imported.`);
	};

	if (typeof document !== 'object' || document === null || Array.isArray(document)) fail('expected a JSON object');
	const root = document as Record<string, unknown>;
	if (root.format !== formatId) fail(`"format" must be "${formatId}" (found ${JSON.stringify(root.format ?? null)})`);
	for (const section of ['people', 'interactions', 'requests'] as const) {
		if (!Array.isArray(root[section])) fail(`"${section}" must be an array`);
	}
	const unknownFields = (record: unknown, section: keyof typeof known, where: string) => {
		if (typeof record !== 'object' || record === null) return;
		for (const key of Object.keys(record)) {
			if (!known[section].has(key)) warn(`${where}.${key}`, 'unknown field, ignored');
		}
	};
	unknownFields(root, 'top', '(top level)');

	if (root.me !== undefined && root.me !== null) {
		const parsed = me.safeParse(root.me);
		if (parsed.success) {
			unknownFields(root.me, 'me', 'me');
			batch.me = {...parsed.data, handles: parsed.data.handles ?? {}};
		} else {
			warn(`me.${formatPath(parsed.error.issues[0]!.path)}`, `${parsed.error.issues[0]!.message}; "me" ignored`);
		}
	}

	const peopleIds = new Set<string>();
	(root.people as unknown[]).forEach((raw, index) => {
		const where = `people[${index}]`;
		const parsed = quickPerson<z.output<typeof person>>(raw) ?? person.safeParse(raw);
		if (!parsed.success) return problem('people', `${where}.${formatPath(parsed.error.issues[0]!.path)}`, parsed.error.issues[0]!.message);
		if (peopleIds.has(parsed.data.id)) return problem('people', `${where}.id`, `duplicate person id "${parsed.data.id}"`);
		unknownFields(raw, 'people', where);
		peopleIds.add(parsed.data.id);
		const {id, connectedOn, ...rest} = parsed.data;
		const connections: Partial<Record<Network, string>> = {};
		for (const [name, date] of Object.entries(connectedOn ?? {})) {
			const network = asNetwork(name);
			if (!network) warn(`${where}.connectedOn.${name}`, 'unknown network, imported as "other"');
			connections[network ?? 'other'] = date;
		}
		batch.people.push({sourceId: id, ...stripUndefined(rest), connectedOn: connections});
	});

	(root.interactions as unknown[]).forEach((raw, index) => {
		const where = `interactions[${index}]`;
		const parsed = quickInteraction<z.output<typeof interaction>>(raw) ?? interaction.safeParse(raw);
		if (!parsed.success) return problem('interactions', `${where}.${formatPath(parsed.error.issues[0]!.path)}`, parsed.error.issues[0]!.message);
		if (!peopleIds.has(parsed.data.person)) return problem('interactions', `${where}.person`, `no person with id "${parsed.data.person}" in people`);
		unknownFields(raw, 'interactions', where);
		const channel = parsed.data.channel.toLowerCase();
		const known = (channels as readonly string[]).includes(channel) ? channel : asNetwork(channel);
		if (!known) warn(`${where}.channel`, `unknown channel "${parsed.data.channel}", imported as "other"`);
		batch.interactions.push({...stripUndefined(parsed.data), channel: (known ?? 'other') as never});
	});

	const requestIds = new Set<string>();
	(root.requests as unknown[]).forEach((raw, index) => {
		const where = `requests[${index}]`;
		const parsed = quickRequest<z.output<typeof request>>(raw) ?? request.safeParse(raw);
		if (!parsed.success) return problem('requests', `${where}.${formatPath(parsed.error.issues[0]!.path)}`, parsed.error.issues[0]!.message);
		if (!peopleIds.has(parsed.data.from)) return problem('requests', `${where}.from`, `no person with id "${parsed.data.from}" in people`);
		let network = asNetwork(parsed.data.network);
		if (!network) {
			warn(`${where}.network`, `unknown network "${parsed.data.network}", imported as "other"`);
			network = 'other';
		}
		const key = `${network}:${parsed.data.id}`;
		if (requestIds.has(key)) return problem('requests', `${where}.id`, `duplicate request id "${parsed.data.id}" on ${network}`);
		requestIds.add(key);
		unknownFields(raw, 'requests', where);
		batch.requests.push({...parsed.data, network});
	});
	return batch;
}

function stripUndefined<T extends object>(record: T): T {
	// A plain loop: this runs once per record, a million times for a large history.
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
	return out as T;
}

export const generic = defineImporter({
	name: 'generic',
	expected: `a netinbox/v1 JSON document (see README)`,
	async recognize(file) {
		if (extension(file) !== '.json' && !file.explicit) return undefined;
		// Any netinbox/… document is ours, so a wrong version gets the precise error from the parser.
		return /"format"\s*:\s*"netinbox\//.test(await file.head()) ? 'document' : undefined;
	},
	async parseFiles(files, options) {
		const progress = progressOver(files, options);
		const batches: ImportBatch[] = [];
		for (const {file} of files) {
			const {text} = decodeText(await file.read(), file.display);
			batches.push(parseGenericDocument(parseJson(text, file.display), file.display));
			progress.finished(file);
		}
		return combine('generic', batches);
	},
});

/** Several files of one format become one batch. */
export function combine(format: string, batches: ImportBatch[]): ImportBatch {
	const out = emptyBatch(format);
	for (const batch of batches) {
		out.me = batch.me ? {...out.me, ...batch.me} : out.me;
		pushAll(out.people, batch.people);
		pushAll(out.interactions, batch.interactions);
		pushAll(out.requests, batch.requests);
		pushAll(out.problems, batch.problems);
		pushAll(out.warnings, batch.warnings);
	}
	return out;
}

export type {Problem};
