// Suggests a decision for every request, with reasons (POLICY.md). Built once
// per database: history, look-alike names and mass-sent clusters are indexed
// up front, so one suggestion costs a few string operations.
import {answerTo} from '../replies/answer.js';
import type {ContactRequest, Database, Interaction, Network, Person, Suggestion} from '../model.js';
import {analyzeMessage, type MessageFacts} from './analyze.js';
import {followerNetworks, verdict} from './decide.js';
import {evidenceFor, type Evidence} from './evidence.js';
import {LinkIndex, type Link} from './links.js';
import {clusterText, findClusters, type Cluster} from './clusters.js';
import {fold, nameKey, words} from './fold.js';
import {buildIdentityIndex, identityHits, senderFacts, type IdentityIndex, type SenderFacts} from './identity.js';
import {defaultLibrary, type Library} from './library.js';
import {profileTerms, type ProfileTerms} from './profile.js';
import {reason, type Hit} from './rules.js';
import type {TextModel} from './text-model/model.js';
import {shippedTextModel} from './text-model/shipped.js';
import type {Learning} from '../learning/index.js';
import {withLearning} from '../learning/apply.js';

export type ClassifyOptions = {
	/** The moment of classifying. Evidence does not expire (POLICY.md), so today only the reasons' dates tell how recent it is. */
	now?: Date;
	/** Templates to use instead of the built-in library plus the user's templates.json. */
	library?: Library;
	/** The text model to read messages with instead of the shipped one. */
	model?: TextModel;
	/** What the user's own decisions taught (learning/): adds its reasons, and may tip a suggestion within its guards. */
	learning?: Learning;
};

const unsureBelow = 0.6;
const claimOnly = / \(not in your records\)$/;

export class Classifier {
	private readonly people = new Map<string, Person>();
	private readonly history = new Map<string, Interaction[]>();
	private readonly facts = new Map<string, MessageFacts>();
	private readonly byText = new Map<string, MessageFacts>();
	private readonly senders = new Map<string, SenderFacts>();
	private readonly knownNames = new Map<string, string>();
	private readonly firstNames = new Set<string>();
	private readonly library: Library;
	private readonly profile: ProfileTerms;
	private readonly identity: IdentityIndex;
	private readonly clusters: Map<string, Cluster>;
	private readonly links: LinkIndex;
	private readonly model: TextModel;
	private readonly learning: Learning | undefined;
	/** In how many request messages each folded word occurs: a word many requests use is no sign someone looked. */
	private readonly documents = new Map<string, number>();
	private readonly manyDocuments: number;

	private constructor(private db: Database, options: ClassifyOptions) {
		this.library = options.library ?? defaultLibrary();
		this.model = options.model ?? shippedTextModel();
		this.learning = options.learning;
		let messages = 0;
		for (const request of db.requests) {
			if (!request.message) continue;
			messages++;
			for (const word of new Set(words(fold(request.message)))) this.documents.set(word, (this.documents.get(word) ?? 0) + 1);
		}
		this.manyDocuments = Math.max(2, messages * 0.03);
		for (const person of db.people) this.people.set(person.id, person);
		// One pass over the interactions: the history of every sender, and whom the user ever talked to.
		const talkedTo = new Set<string>();
		for (const interaction of db.interactions) {
			if (interaction.direction !== 'in' || interaction.kind === 'meeting') talkedTo.add(interaction.person);
			const list = this.history.get(interaction.person);
			if (list) list.push(interaction);
			else this.history.set(interaction.person, [interaction]);
		}
		this.profile = profileTerms(db.me.profile, [db.me.name ?? '', ...Object.values(db.me.handles).map(String)], this.library);
		this.identity = buildIdentityIndex(db, talkedTo);
		this.links = new LinkIndex(this.identity.known);
		for (const [key, known] of this.identity.byName) {
			if (key.includes(' ') && known[0]!.id !== 'me') {
				this.knownNames.set(key, known[0]!.name);
				this.firstNames.add(key.slice(0, key.indexOf(' ')));
			}
		}
		this.clusters = findClusters(
			db.requests.map(request => {
				const sender = this.people.get(request.from);
				return {
					key: request.key,
					text: this.factsOf(request).folded,
					sender: request.from,
					senderName: sender?.name ?? '',
					receivedAt: request.receivedAt,
					// The senders did not write a network's suggested text, known or not: not mass-sent (POLICY.md).
					exclude: this.factsOf(request).networkDefault || this.factsOf(request).shortTemplate,
				};
			}),
			db.me.name,
			this.library,
		);
	}

	static build(db: Database, options: ClassifyOptions = {}): Classifier {
		return new Classifier(db, options);
	}

	/** After interactions of one person were logged: take their history from this database. */
	refreshPerson(db: Database, personId: string): void {
		this.db = db;
		const person = db.people.find(candidate => candidate.id === personId);
		if (person) this.people.set(personId, person);
		this.senders.delete(personId);
		this.history.set(personId, db.interactions.filter(interaction => interaction.person === personId));
	}

	/** The other requests of this one's mass-sent cluster, if it is in one. */
	sameText(key: string): string[] {
		return this.clusters.get(key)?.members.filter(member => member !== key) ?? [];
	}

	private factsOf(request: ContactRequest): MessageFacts {
		let facts = this.facts.get(request.key);
		if (facts) return facts;
		// A name is a few words: past 200 characters it is not read (a hostile one can be 100,000).
		const senderName = (this.people.get(request.from)?.name ?? '').slice(0, 200);
		const senderTokens = new Set(words(fold(senderName)));
		// Templates and mass-sent texts repeat: a text that does not name its sender reads the same from anyone.
		const lower = request.message?.toLowerCase();
		const shared = lower && !senderName.toLowerCase().split(/\s+/).some(part => part.length > 1 && lower.includes(part)) ? `${request.network}\u0000${request.message}` : undefined;
		facts = shared ? this.byText.get(shared) : undefined;
		if (!facts) {
			facts = analyzeMessage(request.message, request.network, senderName, {
				library: this.library,
				profile: this.profile,
				senderName,
				senderTokens,
				namesContact: (text, sender) => this.namesContact(text, sender),
				rare: word => !this.model.common.has(word) && (this.documents.get(word) ?? 0) <= this.manyDocuments,
				model: this.model,
				...(this.db.me.name ? {myName: this.db.me.name} : {}),
			});
			if (shared) this.byText.set(shared, facts);
		}
		this.facts.set(request.key, facts);
		return facts;
	}

	private namesContact(text: string, senderName: string): string | undefined {
		const tokens = words(text);
		const own = nameKey(senderName);
		for (let i = 0; i + 1 < tokens.length; i++) {
			if (!this.firstNames.has(tokens[i]!)) continue;
			for (const length of [2, 3]) {
				const key = tokens.slice(i, i + length).join(' ');
				const name = key !== own ? this.knownNames.get(key) : undefined;
				if (name) return name;
			}
		}
		return undefined;
	}

	/** `learned`: false gives the suggestion of the rules alone. */
	suggest(request: ContactRequest, learned = true): Suggestion {
		// Asked why and answered: the answer is read as the request's message, and is the first reason.
		const answer = request.askedAt ? answerTo(request, this.history.get(request.from) ?? []) : undefined;
		if (!answer) return this.suggestFor(request, learned);
		const read = this.suggestFor({...request, key: `${request.key}\u0000answer`, message: answer.text!}, learned);
		const text = answer.text!.replace(/\s+/g, ' ').trim();
		read.reasons.unshift({rule: 'ANSWERED', text: `answered your question ${answer.at.slice(0, 10)}: "${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`, weight: 0});
		return read;
	}

	private suggestFor(request: ContactRequest, learned: boolean): Suggestion {
		const sender = this.people.get(request.from) ?? {id: request.from, name: '', aliases: [], handles: {}, tags: [], connectedOn: {}, sources: []};
		let evidence = evidenceFor(sender, this.history.get(request.from) ?? [], request.network, this.library);
		// Another name of someone the user knows: their history counts, and a person should confirm the link.
		const link = evidence.strong ? undefined : this.links.linkOf(sender, this.library);
		if (link) evidence = this.linkedEvidence(link, request.network, evidence);
		const message = this.factsOf(request);
		let facts = this.senders.get(sender.id);
		if (!facts) this.senders.set(sender.id, facts = senderFacts(sender, this.library));
		const identity = identityHits(sender, facts, request.network, message.newAccount, this.identity);
		const cluster = this.clusters.get(request.key);
		// With a meeting or dialogue on record, a moment the message names is no longer only claimed.
		const said = evidence.strong ? message.hits.map(hit => (hit.rule === 'SHARED_CONTEXT' ? {...hit, text: hit.text.replace(claimOnly, '')} : hit)) : message.hits;
		const hits: Hit[] = [...evidence.hits, ...identity, ...said];
		if (cluster) hits.push({rule: 'MASS_SENT', text: clusterText(cluster)});
		const result = verdict(request.network, evidence, message, identity, !!cluster, this.db.settings.strictness);
		if (link) result.unsure.push(`linked to ${link.person.name} by name: confirm it is them`);
		let readyToAccept = false;
		let ready: Hit | undefined;
		if (request.status === 'follower' && result.decision === 'accept' && evidence.strong && (!evidence.since || evidence.since > request.receivedAt)) {
			readyToAccept = true;
			ready = {rule: 'READY_TO_ACCEPT', text: `ready to accept: deferred to follower, real contact since ${(evidence.since ?? '').slice(0, 10) || 'then'}`};
		}
		if (result.note) hits.push(result.note);
		if (result.unsure.length > 0) hits.push({rule: 'UNSURE', text: `unsure: ${result.unsure.join('; ')}`});
		if (hits.length === 0) hits.push({rule: 'NO_EVIDENCE', text: 'no meeting or dialogue on record, and nothing else to go on'});
		const reasons = hits.map(reason).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
		// The reason the request is back in the inbox comes first.
		if (ready) reasons.unshift(reason(ready));
		const suggestion = {decision: result.decision, confidence: round(result.confidence), unsure: result.unsure.length > 0 || result.confidence < unsureBelow, reasons, readyToAccept};
		return learned && this.learning ? this.learned(request, suggestion, evidence, sender) : suggestion;
	}

	/** The one place learning touches a suggestion; its guards are in learning/apply.ts. */
	private learned(request: ContactRequest, suggestion: Suggestion, evidence: Evidence, sender: Person): Suggestion {
		const learning = this.learning!;
		if (learning.needsTally) learning.tally(other => this.suggest(other, false));
		const known = evidence.hits.length > 0 || Object.keys(sender.connectedOn).length > 0 || (this.history.get(sender.id)?.length ?? 0) > 0;
		return withLearning(suggestion, learning.opinion(request), learning, {
			network: request.network, strictness: this.db.settings.strictness, strong: evidence.strong, known, followerNetwork: followerNetworks.has(request.network),
		});
	}

	private linkedEvidence(link: Link, network: Network, own: Evidence): Evidence {
		const theirs = evidenceFor(link.person, this.history.get(link.person.id) ?? [], network, this.library);
		const known = theirs.hits.find(hit => hit.rule === 'MET_IN_PERSON' || hit.rule === 'DIALOGUE' || hit.rule === 'VOUCHED');
		const hit: Hit = {rule: 'LINKED_PERSON', text: `probably ${link.person.name}${known ? ` (${known.text})` : ', in your records'}: ${link.why.join(', ')}`};
		if (!theirs.strong) return {...own, hits: [hit, ...own.hits]};
		return {hits: [hit, ...own.hits.filter(other => other.rule !== 'ONE_WAY_ONLY')], strong: true, ...(theirs.since ? {since: theirs.since} : {})};
	}
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Suggestions for every request in the database, by request key. */
export function classifyAll(db: Database, options: ClassifyOptions = {}): Map<string, Suggestion> {
	const classifier = Classifier.build(db, options);
	const out = new Map<string, Suggestion>();
	for (const request of db.requests) out.set(request.key, classifier.suggest(request));
	return out;
}

