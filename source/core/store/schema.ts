// The shape of the database file, checked on every load so that a file edited
// by hand into something wrong is refused with the field that is wrong.
import {z} from 'zod';
import {channels, directions, interactionKinds, networks, pushSteps, requestStatuses, strictnessLevels} from '../model.js';
import {isPlainlyValidDatabase} from './schema-fast.js';

const isoDate = z.string().refine(value => !Number.isNaN(Date.parse(value)), 'not an ISO 8601 date');
const handles = z.record(z.string(), z.string());
const source = z.object({format: z.string(), id: z.string()});

const person = z.object({
	id: z.string().min(1),
	name: z.string(),
	placeholderName: z.boolean().optional(),
	aliases: z.array(z.string()),
	handles,
	company: z.string().optional(),
	headline: z.string().optional(),
	location: z.string().optional(),
	profileUrl: z.string().optional(),
	mutualContacts: z.number().int().nonnegative().optional(),
	notes: z.string().optional(),
	tags: z.array(z.string()),
	connectedOn: z.partialRecord(z.enum(networks), isoDate),
	sources: z.array(source),
	vouched: z.object({at: isoDate, note: z.string().optional()}).optional(),
});

const request = z.object({
	key: z.string().min(1),
	id: z.string().min(1),
	network: z.enum(networks),
	from: z.string().min(1),
	receivedAt: isoDate,
	dateKnown: z.literal(false).optional(),
	message: z.string().nullable(),
	status: z.enum(requestStatuses),
	decidedAt: isoDate.optional(),
	source,
	remote: z.object({
		instance: z.string(),
		accountId: z.string(),
		goneAt: isoDate.optional(),
		done: z.array(z.enum(pushSteps)).optional(),
		pushedAt: isoDate.optional(),
		error: z.string().optional(),
		failedAt: isoDate.optional(),
	}).optional(),
	askedAt: isoDate.optional(),
	doneAt: isoDate.optional(),
});

const interaction = z.object({
	id: z.string().min(1),
	person: z.string().min(1),
	at: isoDate,
	channel: z.enum(channels),
	kind: z.enum(interactionKinds),
	direction: z.enum(directions),
	text: z.string().optional(),
	logged: z.literal(true).optional(),
});

const journalEntry = z.object({
	seq: z.number().int(),
	at: isoDate,
	request: z.string(),
	from: z.enum(requestStatuses),
	to: z.enum(requestStatuses),
	batch: z.string(),
	bulk: z.boolean(),
	undoneAt: isoDate.optional(),
});

const merge = z.object({
	id: z.string().min(1),
	at: isoDate,
	kept: person,
	removed: person,
	interactions: z.array(z.string()),
	requests: z.array(z.string()),
	undoneAt: isoDate.optional(),
});

const identity = z.object({
	merges: z.array(merge),
	notSame: z.array(z.object({a: z.string().min(1), b: z.string().min(1), at: isoDate})),
});

export const databaseSchema = z.object({
	version: z.number().int(),
	id: z.string().optional(),
	me: z.object({name: z.string().optional(), handles, profile: z.string().optional()}),
	settings: z.object({strictness: z.enum(strictnessLevels), learning: z.boolean().optional(), blockSpam: z.boolean().optional()}),
	people: z.array(person),
	requests: z.array(request),
	interactions: z.array(interaction),
	journal: z.array(journalEntry),
	learning: z.object({forgotten: z.array(z.object({at: isoDate, since: isoDate.optional()}))}).optional(),
	counters: z.object({person: z.number().int(), interaction: z.number().int(), journal: z.number().int()}),
	identity: identity.optional(),
});

/** `requests[3].status`: where a validation problem is, as a user would look for it. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const part of path) {
		out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
	}
	return out || '(top level)';
}

export type ValidationProblem = {field: string; detail: string};

export function validateDatabase(data: unknown): ValidationProblem | undefined {
	if (isPlainlyValidDatabase(data)) return undefined;
	const result = databaseSchema.safeParse(data);
	if (result.success) return undefined;
	const issue = result.error.issues[0]!;
	return {field: formatPath(issue.path), detail: issue.message};
}
