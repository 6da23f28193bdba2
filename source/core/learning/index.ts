// What netinbox learned from the user's own decisions: a memory of the texts
// they decided, the personal counts drawn from it, and per rule how often they
// went against it. Built from the database (the journal says who decided what),
// and grown one decision at a time while the user works.
import type {ContactRequest, Database, Decision, Suggestion} from '../model.js';
import {Disagreement} from './disagreement.js';
import {userDecisions, type Example} from './examples.js';
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
	private untallied: Array<{request: ContactRequest; decision: Decision}> = [];
	private examples = 0;

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
		return this.examples;
	}

	/** One more decision the user made (or corrected); `suggested`: what netinbox had suggested for it, when known. */
	add(request: ContactRequest, example: Pick<Example, 'decision' | 'at'>, sender: string, suggested?: Pick<Suggestion, 'decision' | 'reasons'>): void {
		this.examples++;
		if (request.message?.trim()) {
			const vector = textVector(request.message);
			this.memory.add({key: request.key, decision: example.decision, at: example.at, sender, vector}, request.message);
			this.counts.add(vector, leaningOf(example.decision));
		}
		if (suggested) this.disagreement.add(suggested, example.decision);
		else this.untallied.push({request, decision: example.decision});
	}

	/** Tallies the decisions added without their suggestion, with the classifier's suggestion before learning. */
	tally(suggest: (request: ContactRequest) => Pick<Suggestion, 'decision' | 'reasons'>): void {
		const pending = this.untallied;
		this.untallied = [];
		for (const {request, decision} of pending) this.disagreement.add(suggest(request), decision);
	}

	get needsTally(): boolean {
		return this.untallied.length > 0;
	}

	/** What the user's past decisions say about this message; undefined when they say nothing. */
	opinion(request: ContactRequest): Opinion | undefined {
		if (!request.message?.trim() || this.memory.size === 0) return undefined;
		const vector = textVector(request.message);
		const found = this.memory.resembling(request.message, vector).filter(item => item.item.key !== request.key);
		return opinionOf(found, this.counts.read(vector), this.memory.size);
	}
}
