// What netinbox learned from the user's own decisions: a memory of the texts
// they decided, the personal counts drawn from it, and per rule how often they
// went against it. Built from the database (the journal says who decided what),
// and grown one decision at a time while the user works.
import type {ContactRequest, Database, Decision, Suggestion} from '../model.js';
import {Disagreement} from './disagreement.js';
import {userDecision, userDecisions, type Example} from './examples.js';
import {PersonalCounts} from './counts.js';
import {TextMemory, textVector} from './memory.js';
import {leaningOf, opinionOf, type Opinion} from './personal.js';

export {learningEnabled, userDecisions, type Example, type Forgotten, type LearningRecord} from './examples.js';
export type {Opinion} from './personal.js';
export type {RuleTally} from './disagreement.js';

export class Learning {
	readonly memory = new TextMemory();
	readonly disagreement = new Disagreement();
	readonly counts = new PersonalCounts();
	/** Decided requests whose suggestion was not tallied yet: the suggestions need the classifier. */
	private untallied = new Map<string, {request: ContactRequest; decision: Decision}>();
	/** What was added per request, so that an undone or changed decision can be taken out again. */
	private readonly learned = new Map<string, {decision: Decision; vector?: Map<string, number>; suggested?: Pick<Suggestion, 'decision' | 'reasons'>}>();

	/** Everything the database teaches; nothing when learning is off. */
	static fromDatabase(db: Database): Learning {
		const learning = new Learning();
		const requests = new Map(db.requests.map(request => [request.key, request]));
		const names = new Map(db.people.map(person => [person.id, person.name]));
		for (const example of userDecisions(db)) {
			const request = requests.get(example.key);
			if (request) learning.add(request, example, names.get(request.from) ?? '');
		}
		return learning;
	}

	/** How many decisions it learned from. */
	get decisions(): number {
		return this.learned.size;
	}

	/** One more decision the user made (or corrected, replacing the earlier one); `suggested`: what netinbox had suggested for it, when known. */
	add(request: ContactRequest, example: Pick<Example, 'decision' | 'at'>, sender: string, suggested?: Pick<Suggestion, 'decision' | 'reasons'>): void {
		this.drop(request.key);
		const vector = request.message?.trim() ? textVector(request.message) : undefined;
		if (vector) {
			this.memory.add({key: request.key, decision: example.decision, at: example.at, sender, vector}, request.message!);
			this.counts.add(vector, leaningOf(example.decision));
		}
		if (suggested) this.disagreement.add(suggested, example.decision);
		else this.untallied.set(request.key, {request, decision: example.decision});
		this.learned.set(request.key, {decision: example.decision, ...(vector ? {vector} : {}), ...(suggested ? {suggested} : {})});
	}

	/** Takes out what one request's decision taught: it was undone, or sent back. */
	drop(key: string): void {
		const learned = this.learned.get(key);
		if (!learned) return;
		this.learned.delete(key);
		this.untallied.delete(key);
		this.memory.drop(key);
		if (learned.vector) this.counts.remove(learned.vector, leaningOf(learned.decision));
		if (learned.suggested) this.disagreement.remove(learned.suggested, learned.decision);
	}

	/** After these requests changed in `db`: learns their decisions now, or drops them. Milliseconds for a few requests. */
	update(db: Database, keys: Iterable<string>, suggest: (request: ContactRequest) => Pick<Suggestion, 'decision' | 'reasons'>): void {
		const list = [...keys];
		const wanted = new Set(list);
		const requests = new Map(db.requests.filter(request => wanted.has(request.key)).map(request => [request.key, request]));
		const senders = new Set([...requests.values()].map(request => request.from));
		const names = new Map(db.people.filter(person => senders.has(person.id)).map(person => [person.id, person.name]));
		// A bulk change reads the journal once; a decision or two read it from the end.
		const all = list.length > 20 ? new Map(userDecisions(db).map(example => [example.key, example])) : undefined;
		for (const key of list) {
			const example = all ? all.get(key) : userDecision(db, key);
			const request = requests.get(key);
			if (!example || !request) this.drop(key);
			else this.add(request, example, names.get(request.from) ?? '', suggest(request));
		}
	}

	/** Tallies (up to `limit` of) the decisions added without their suggestion, with the classifier's suggestion before learning. */
	tally(suggest: (request: ContactRequest) => Pick<Suggestion, 'decision' | 'reasons'>, limit = Number.POSITIVE_INFINITY): void {
		let done = 0;
		for (const [key, {request, decision}] of this.untallied) {
			if (done++ >= limit) break;
			this.untallied.delete(key);
			const suggested = suggest(request);
			this.disagreement.add(suggested, decision);
			const learned = this.learned.get(key);
			if (learned) learned.suggested = suggested;
		}
	}

	get needsTally(): boolean {
		return this.untallied.size > 0;
	}

	/** What the user's past decisions say about this message; undefined when they say nothing. */
	opinion(request: ContactRequest): Opinion | undefined {
		if (!request.message?.trim() || this.memory.size === 0) return undefined;
		const vector = textVector(request.message);
		const found = this.memory.resembling(request.message, vector).filter(item => item.item.key !== request.key);
		return opinionOf(found, this.counts.read(vector), this.memory.size);
	}
}
