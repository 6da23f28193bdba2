// Collects one export into a batch: the same person met in several files of
// the export becomes one record, and skips for one reason are reported once with a count.
import {emptyBatch, type ImportBatch, type ImportedInteraction, type ImportedPerson, type ImportedRequest, type Problem, type RecordKind} from './types.js';

/** Longer message texts are cut: a database of tens of megabytes per message helps no one. */
export const maxTextLength = 65_536;

function addMissing<T extends object>(into: T | undefined, from: T | undefined): T | undefined {
	if (!from) return into;
	const out = {...into} as Record<string, unknown>;
	for (const [key, value] of Object.entries(from)) if (out[key] === undefined && value !== undefined) out[key] = value;
	return out as T;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
	if (!b?.length) return a;
	return [...new Set([...(a ?? []), ...b])];
}

function combinePeople(existing: ImportedPerson, next: ImportedPerson): ImportedPerson {
	const out: ImportedPerson = {...addMissing(existing, next)!};
	if (existing.placeholderName && !next.placeholderName && next.name) {
		out.name = next.name;
		delete out.placeholderName;
	} else if (!next.placeholderName && next.name && next.name !== existing.name) {
		out.aliases = union(existing.aliases, [next.name]);
	}
	out.handles = addMissing(existing.handles, next.handles);
	out.connectedOn = addMissing(existing.connectedOn, next.connectedOn);
	out.tags = union(existing.tags, next.tags);
	out.aliases = union(out.aliases, next.aliases);
	for (const key of ['handles', 'connectedOn', 'tags', 'aliases'] as const) if (out[key] === undefined) delete out[key];
	return out;
}

/** Whether `existing` already says everything `next` says. */
function covers(existing: ImportedPerson, next: ImportedPerson): boolean {
	for (const [key, value] of Object.entries(next)) {
		if (value === undefined) continue;
		const had = existing[key as keyof ImportedPerson];
		if (Array.isArray(value)) {
			if (!value.every(item => (had as string[] | undefined)?.includes(item))) return false;
		} else if (typeof value === 'object') {
			for (const [inner, innerValue] of Object.entries(value)) if ((had as Record<string, unknown> | undefined)?.[inner] !== innerValue) return false;
		} else if (had !== value && !(key === 'placeholderName' && existing.name)) return false;
	}
	return true;
}

export class BatchBuilder {
	private readonly people = new Map<string, ImportedPerson>();
	private readonly interactions: ImportedInteraction[] = [];
	private readonly requests = new Map<string, ImportedRequest>();
	private readonly problems: Problem[] = [];
	private readonly warnings: Problem[] = [];
	private readonly tallies = new Map<string, Problem & {places: string[]}>();
	me: ImportBatch['me'];
	listsRequests: ImportBatch['listsRequests'];

	constructor(readonly format: string) {}

	/** Adds or completes a person; returns the id records of this batch refer to. */
	person(person: ImportedPerson): string {
		const existing = this.people.get(person.sourceId);
		// Most repeats (the sender of the next message) add nothing: skip building a copy.
		if (!existing) this.people.set(person.sourceId, person);
		else if (!covers(existing, person)) this.people.set(person.sourceId, combinePeople(existing, person));
		return person.sourceId;
	}

	hasPerson(sourceId: string): boolean {
		return this.people.has(sourceId);
	}

	/** The name of a person of this batch, unless it is only a placeholder. */
	nameOf(sourceId: string): string | undefined {
		const person = this.people.get(sourceId);
		return person && !person.placeholderName ? person.name : undefined;
	}

	request(request: ImportedRequest): void {
		// The same request listed twice (a re-sent invitation in one file) is one request, dated by its latest listing.
		const existing = this.requests.get(request.id);
		if (!existing || existing.receivedAt < request.receivedAt) this.requests.set(request.id, request);
	}

	interaction(interaction: ImportedInteraction, file: string, where: string): void {
		if (interaction.text !== undefined && interaction.text.length > maxTextLength) {
			this.warnOnce(file, where, `message texts longer than ${maxTextLength} characters were cut`);
			interaction = {...interaction, text: interaction.text.slice(0, maxTextLength) + ' […]'};
		}
		this.interactions.push(interaction);
	}

	/** A record that was skipped because something in it is wrong. */
	problem(file: string, where: string | undefined, message: string, kind?: RecordKind): void {
		this.problems.push({file, ...(where ? {where} : {}), message, ...(kind ? {kind} : {})});
	}

	warn(file: string, message: string, where?: string): void {
		this.warnings.push({file, ...(where ? {where} : {}), message});
	}

	/** Records skipped on purpose (sponsored, drafts, hidden profiles): one line per reason, with a count. */
	skip(file: string, where: string, reason: string, kind: RecordKind): void {
		const key = `${file}\u0000${reason}\u0000${kind}`;
		const tally = this.tallies.get(key);
		if (tally) {
			tally.count = (tally.count ?? 1) + 1;
			if (tally.places.length < 3) tally.places.push(where);
		} else this.tallies.set(key, {file, message: reason, kind, count: 1, places: [where]});
	}

	private readonly warned = new Set<string>();
	private warnOnce(file: string, where: string, message: string): void {
		if (this.warned.has(`${file}\u0000${message}`)) return;
		this.warned.add(`${file}\u0000${message}`);
		this.warn(file, message, `first at ${where}`);
	}

	finish(): ImportBatch {
		const batch = emptyBatch(this.format);
		if (this.me) batch.me = this.me;
		if (this.listsRequests) batch.listsRequests = this.listsRequests;
		batch.people = [...this.people.values()];
		batch.interactions = this.interactions;
		batch.requests = [...this.requests.values()];
		const tallied = [...this.tallies.values()].map(({places, ...problem}) => ({
			...problem,
			where: places.join(', ') + ((problem.count ?? 1) > places.length ? ` and ${(problem.count ?? 1) - places.length} more` : ''),
		}));
		batch.problems = [...this.problems, ...tallied];
		batch.warnings = this.warnings;
		return batch;
	}
}
