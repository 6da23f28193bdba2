// Plain checks of the database file's shape. Every load checks the whole file;
// at 200,000 interactions the zod schema takes longer than JSON.parse itself and
// most of the wait for the first frame. These checks say "valid" only for data
// the schema accepts too; anything else goes to the schema, which finds and names
// the problem (schema.ts), so errors read exactly as before.
import {channels, directions, interactionKinds, networks, pushSteps, requestStatuses, strictnessLevels} from '../model.js';

type Raw = Record<string, unknown>;

const setOf = (items: readonly string[]) => new Set<string>(items);
const networkSet = setOf(networks);
const channelSet = setOf(channels);
const kindSet = setOf(interactionKinds);
const directionSet = setOf(directions);
const statusSet = setOf(requestStatuses);
const strictnessSet = setOf(strictnessLevels);
const stepSet = setOf(pushSteps);

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown) => typeof value === 'string' && value.length > 0;
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';
const isInteger = (value: unknown) => Number.isSafeInteger(value);
const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isOneOf = (set: Set<string>) => (value: unknown) => typeof value === 'string' && set.has(value);
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);

/** Every value passes `check`; keys pass `key` (a `__proto__` key is left to the schema). */
function isMap(value: unknown, check: (item: unknown) => boolean, key: (name: string) => boolean = () => true): boolean {
	if (!isRecord(value)) return false;
	for (const name in value) if (name === '__proto__' || !key(name) || !check(value[name])) return false;
	return true;
}

const isSource = (value: unknown) => isRecord(value) && isText(value.format) && isText(value.id);

function isPerson(value: unknown): boolean {
	if (!isRecord(value)) return false;
	const {vouched} = value;
	return isId(value.id) && isText(value.name) && isTextList(value.aliases) && isMap(value.handles, isText)
		&& isOptionalText(value.company) && isOptionalText(value.headline) && isOptionalText(value.location)
		&& isOptionalText(value.profileUrl) && isOptionalText(value.notes)
		&& (value.mutualContacts === undefined || (isInteger(value.mutualContacts) && (value.mutualContacts as number) >= 0))
		&& isTextList(value.tags) && isMap(value.connectedOn, isDate, name => networkSet.has(name))
		&& Array.isArray(value.sources) && value.sources.every(isSource)
		&& (vouched === undefined || (isRecord(vouched) && isDate(vouched.at) && isOptionalText(vouched.note)));
}

function isRequest(value: unknown): boolean {
	return isRecord(value) && isId(value.key) && isId(value.id) && isOneOf(networkSet)(value.network) && isId(value.from)
		&& isDate(value.receivedAt) && (value.message === null || isText(value.message)) && isOneOf(statusSet)(value.status)
		&& (value.decidedAt === undefined || isDate(value.decidedAt)) && (value.dateKnown === undefined || value.dateKnown === false) && isSource(value.source)
		&& (value.remote === undefined || isRemote(value.remote))
		&& (value.askedAt === undefined || isDate(value.askedAt)) && (value.doneAt === undefined || isDate(value.doneAt));
}

const isOptionalDate = (value: unknown) => value === undefined || isDate(value);

function isRemote(value: unknown): boolean {
	return isRecord(value) && isText(value.instance) && isText(value.accountId) && isOptionalDate(value.goneAt)
		&& (value.done === undefined || (Array.isArray(value.done) && value.done.every(isOneOf(stepSet))))
		&& isOptionalDate(value.pushedAt) && isOptionalText(value.error) && isOptionalDate(value.failedAt);
}

function isInteraction(value: unknown): boolean {
	return isRecord(value) && isId(value.id) && isId(value.person) && isDate(value.at) && isOneOf(channelSet)(value.channel)
		&& isOneOf(kindSet)(value.kind) && isOneOf(directionSet)(value.direction) && isOptionalText(value.text)
		&& (value.logged === undefined || value.logged === true);
}

function isJournalEntry(value: unknown): boolean {
	return isRecord(value) && isInteger(value.seq) && isDate(value.at) && isText(value.request) && isOneOf(statusSet)(value.from)
		&& isOneOf(statusSet)(value.to) && isText(value.batch) && typeof value.bulk === 'boolean'
		&& (value.undoneAt === undefined || isDate(value.undoneAt));
}

const isForgotten = (value: unknown) => isRecord(value) && isDate(value.at) && (value.since === undefined || isDate(value.since));

const isList = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);

const isTextIdList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isMerge = (value: unknown) => isRecord(value) && isId(value.id) && isDate(value.at) && isPerson(value.kept) && isPerson(value.removed)
	&& isTextIdList(value.interactions) && isTextIdList(value.requests) && (value.undoneAt === undefined || isDate(value.undoneAt));
const isNotSame = (value: unknown) => isRecord(value) && isId(value.a) && isId(value.b) && isDate(value.at);
const isIdentity = (value: unknown) => value === undefined || (isRecord(value) && isList(value.merges, isMerge) && isList(value.notSame, isNotSame));

/** True only for data the database schema accepts; false means: ask the schema. */
export function isPlainlyValidDatabase(data: unknown): boolean {
	if (!isRecord(data)) return false;
	const {me, settings, counters} = data;
	return isInteger(data.version) && isOptionalText(data.id)
		&& isRecord(me) && isOptionalText(me.name) && isMap(me.handles, isText) && isOptionalText(me.profile)
		&& isRecord(settings) && isOneOf(strictnessSet)(settings.strictness) && (settings.learning === undefined || typeof settings.learning === 'boolean')
		&& (settings.blockSpam === undefined || typeof settings.blockSpam === 'boolean')
		&& (data.learning === undefined || (isRecord(data.learning) && isList(data.learning.forgotten, isForgotten)))
		&& isList(data.people, isPerson) && isList(data.requests, isRequest)
		&& isList(data.interactions, isInteraction) && isList(data.journal, isJournalEntry)
		&& isRecord(counters) && isInteger(counters.person) && isInteger(counters.interaction) && isInteger(counters.journal)
		&& isIdentity(data.identity);
}
