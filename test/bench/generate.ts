// A deterministic generator of realistic netinbox/v1 documents at any scale:
// the same options and seed always give the same bytes. Used by the benchmarks
// and the fault tests; runs as a script too:
//   node --import tsx test/bench/generate.ts --requests 10000 --people 30000 --interactions 200000 --out FILE
import {writeFile} from 'node:fs/promises';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {parseGenericDocument} from '../../source/core/importers/generic.js';
import {mergeBatch} from '../../source/core/importers/merge.js';
import {emptyDatabase, type Database} from '../../source/core/model.js';
import * as corpus from './corpus.js';

export type GenericPerson = {
	id: string; name: string; aliases?: string[]; handles?: Record<string, string>; company?: string; headline?: string;
	location?: string; profileUrl?: string; mutualContacts?: number; notes?: string; tags?: string[]; connectedOn?: Record<string, string>;
};
export type GenericInteraction = {person: string; at: string; channel: string; kind: string; direction: string; text?: string};
export type GenericRequest = {id: string; network: string; from: string; receivedAt: string; message?: string | null};
export type GenericDocument = {
	format: 'netinbox/v1';
	me?: {name?: string; handles?: Record<string, string>; profile?: string};
	people: GenericPerson[];
	interactions: GenericInteraction[];
	requests: GenericRequest[];
};

export type GenerateOptions = {requests: number; people: number; interactions: number; seed?: number};

/** sfc32: small, fast, and good enough that the mixes below come out as drawn. */
export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		this.a = 0x9e3779b9;
		this.b = 0x243f6a88;
		this.c = 0xb7e15162;
		this.d = seed >>> 0;
		for (let i = 0; i < 15; i++) this.next();
	}

	/** [0, 1). */
	next(): number {
		this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
		let t = (this.a + this.b) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.d = (this.d + 1) | 0;
		t = (t + this.d) | 0;
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	int(below: number): number {
		return Math.floor(this.next() * below);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick = <T>(items: readonly T[]): T => items[this.int(items.length)]!;

	/** Picks a key by weight: {a: 3, b: 1} gives a three times in four. */
	weighted<K extends string>(weights: Record<K, number>): K {
		const entries = Object.entries(weights) as Array<[K, number]>;
		let roll = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
		for (const [key, weight] of entries) {
			roll -= weight;
			if (roll < 0) return key;
		}
		return entries[entries.length - 1]![0];
	}
}

/** How close a person is to the user; decides how much history there is and of what kind. */
type Closeness = 'close' | 'acquaintance' | 'follower' | 'stranger';
const historyWeight: Record<Closeness, number> = {close: 60, acquaintance: 12, follower: 2, stranger: 0};
const socialNetworks = ['linkedin', 'xing', 'twitter', 'mastodon', 'facebook', 'instagram'] as const;
const start = Date.parse('2019-01-01T00:00:00Z');
const end = Date.parse('2026-11-20T00:00:00Z');

function isoSeconds(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function fold(name: string): string {
	return name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
		.normalize('NFKD').replace(/[^a-z0-9 ]/g, '').trim();
}

/** Handles unique per person (a shared handle would merge two people on import). */
function handleFor(network: string, name: string, n: number): string {
	const [first = 'x', last = 'x'] = fold(name).split(' ');
	const tag = n.toString(36);
	switch (network) {
		case 'linkedin': return `${first}-${last}-${tag}`;
		case 'xing': return `${first[0]!.toUpperCase()}${first.slice(1)}_${last[0]?.toUpperCase() ?? ''}${last.slice(1)}${tag}`;
		case 'twitter': return `@${first}${last.slice(0, 3)}_${tag}`;
		case 'mastodon': return `${first}${tag}@${['norden.social', 'mastodon.social', 'chaos.social'][n % 3]}`;
		case 'instagram': return `${first}.${last}.${tag}`;
		default: return `${first}.${last}.${tag}`;
	}
}

/** Cyrillic look-alikes for a, e, o: an impersonator's name looks the same on screen. */
function lookAlike(name: string): string {
	return name.replace(/a/, '\u0430').replace(/e/, '\u0435').replace(/o/, '\u043e');
}

function fill(template: string, random: Random, handle: string): string {
	return template
		.replace('{group}', random.pick(corpus.groups))
		.replace('{event}', random.pick(corpus.events))
		.replace('{field}', random.pick(corpus.fields))
		.replace('{talk}', random.pick(corpus.talks))
		.replace('{city}', random.pick(corpus.cities))
		.replace('{company}', corpus.companyName(random.pick))
		.replace('{handle}', handle.replace(/[^a-z0-9]/gi, ''))
		.replace('{day}', String(1 + random.int(28)))
		.replace('{n}', String(2 + random.int(60)));
}

function generatePeople(count: number, random: Random): {people: GenericPerson[]; closeness: Closeness[]} {
	const people: GenericPerson[] = [];
	const closeness: Closeness[] = [];
	for (let n = 0; n < count; n++) {
		const impersonates = n > 20 && random.chance(0.002) ? people[random.int(n)] : undefined;
		const name = impersonates ? lookAlike(impersonates.name) : `${random.pick(corpus.firstNames)} ${random.pick(corpus.lastNames)}`;
		const kind: Closeness = impersonates ? 'stranger' : random.weighted({close: 3, acquaintance: 10, follower: 40, stranger: 47});
		const person: GenericPerson = {id: `p-${n + 1}`, name};
		const networks = [...socialNetworks].filter(() => random.chance(0.35));
		if (networks.length === 0) networks.push(random.pick(socialNetworks));
		person.handles = Object.fromEntries(networks.map(network => [network, handleFor(network, name, n)]));
		if (random.chance(0.8)) person.company = impersonates?.company ?? corpus.companyName(random.pick);
		if (random.chance(0.7)) person.headline = random.pick(corpus.headlines);
		if (random.chance(0.6)) person.location = random.pick(corpus.cities);
		if (person.handles.linkedin) person.profileUrl = `https://www.linkedin.com/in/${person.handles.linkedin}`;
		else if (person.handles.xing) person.profileUrl = `https://www.xing.com/profile/${person.handles.xing}`;
		if (random.chance(0.5)) person.mutualContacts = random.int(kind === 'close' ? 80 : 15);
		if (kind === 'close' || (kind === 'acquaintance' && random.chance(0.3))) person.notes = random.pick(corpus.notes);
		if (random.chance(0.15)) person.tags = [random.pick(corpus.tags)];
		if (kind === 'close' || (kind === 'acquaintance' && random.chance(0.4))) {
			const on = networks.find(() => random.chance(0.7));
			if (on) person.connectedOn = {[on]: isoSeconds(start + random.next() * (end - start)).slice(0, 10)};
		}
		people.push(person);
		closeness.push(kind);
	}
	return {people, closeness};
}

/** Picks people in proportion to how much history they have (binary search on cumulative weights). */
function weightedPicker(closeness: Closeness[], random: Random): () => number {
	const cumulative = new Float64Array(closeness.length);
	let total = 0;
	closeness.forEach((kind, index) => {
		total += historyWeight[kind] * (0.5 + random.next());
		cumulative[index] = total;
	});
	return () => {
		const roll = random.next() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! > roll) high = middle;
			else low = middle + 1;
		}
		return low;
	};
}

function generateInteractions(count: number, people: GenericPerson[], closeness: Closeness[], random: Random): GenericInteraction[] {
	const interactions: GenericInteraction[] = [];
	if (people.length === 0 || !closeness.some(kind => historyWeight[kind] > 0)) return interactions;
	const pickPerson = weightedPicker(closeness, random);
	// One time slot per interaction keeps every (person, moment, channel, kind) distinct, so re-import dedup keeps them all.
	const step = (end - start) / Math.max(1, count);
	for (let n = 0; n < count; n++) {
		const index = pickPerson();
		const person = people[index]!;
		const networks = Object.keys(person.handles ?? {});
		const at = isoSeconds(start + n * step + random.next() * step * 0.9);
		const kind = closeness[index]!;
		const shape = kind === 'follower'
			? random.weighted({oneWay: 90, comment: 10})
			: random.weighted({dialogue: kind === 'close' ? 50 : 45, email: 12, meeting: kind === 'close' ? 8 : 3, call: 4, comment: 12, oneWay: kind === 'close' ? 14 : 24});
		const interaction: GenericInteraction = {person: person.id, at, channel: random.pick(networks), kind: 'like', direction: 'in'};
		switch (shape) {
			case 'dialogue':
				interaction.kind = random.pick(['message', 'reply', 'message', 'mention']);
				interaction.direction = random.chance(0.5) ? 'in' : 'out';
				interaction.text = random.pick(corpus.interactionTexts);
				break;
			case 'email':
				Object.assign(interaction, {channel: 'email', kind: 'email', direction: random.chance(0.5) ? 'in' : 'out', text: random.pick(corpus.interactionTexts)});
				break;
			case 'meeting':
				Object.assign(interaction, {channel: 'in-person', kind: 'meeting', direction: 'both', text: random.pick(corpus.interactionTexts)});
				break;
			case 'call':
				Object.assign(interaction, {channel: 'phone', kind: 'call', direction: 'both'});
				break;
			case 'comment':
				interaction.kind = 'comment';
				interaction.direction = random.chance(0.7) ? 'in' : 'out';
				break;
			default:
				interaction.kind = random.pick(['like', 'like', 'follow', 'mention']);
		}
		interactions.push(interaction);
	}
	return interactions;
}

type MessageKind = 'none' | 'default' | 'weAreBoth' | 'personal' | 'mass' | 'pitch' | 'placeholder';

function requestMessage(kind: MessageKind, network: string, random: Random, handle: string, cluster: string): string | null | undefined {
	switch (kind) {
		case 'none': return random.pick([undefined, null, '']);
		case 'default': return random.pick(corpus.defaultTexts[network] ?? corpus.defaultTexts.linkedin!);
		case 'weAreBoth': return fill(random.pick(corpus.weAreBoth), random, handle);
		case 'personal': return fill(`${random.pick(corpus.personalOpenings)} ${random.pick(corpus.personalReasons)}`, random, handle);
		case 'pitch': return fill(random.pick(corpus.pitches), random, handle);
		case 'placeholder': return `${random.pick(['Hallo {Vorname}, ', 'Hi [Name], ', 'Dear Sir/Madam, '])}${random.pick(corpus.massBases)}`;
		case 'mass': {
			// The same text from many senders with small edits: salutation, punctuation, signature.
			const text = random.chance(0.3) ? cluster.replace(', wenn', ' wenn').replace('&', 'und') : cluster;
			return `${random.pick(corpus.salutations.slice(0, 3))}${text}${random.chance(0.5) ? ` Beste Grüße, ${random.pick(corpus.firstNames)}` : ''}`;
		}
	}
}

function generateRequests(count: number, people: GenericPerson[], random: Random): GenericRequest[] {
	const requests: GenericRequest[] = [];
	if (people.length === 0) return requests;
	// Senders: a shuffled walk through people, so most send one request and a few (when requests > people) several.
	const order = people.map((_, index) => index);
	for (let i = order.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	const clusters = Array.from({length: Math.max(3, Math.ceil(count / 400))}, (_, index) => `${corpus.massBases[index % corpus.massBases.length]}${index >= corpus.massBases.length ? ` (${index})` : ''}`);
	const recent = Date.parse('2024-11-20T00:00:00Z');
	for (let n = 0; n < count; n++) {
		const person = people[order[n % order.length]!]!;
		const networks = Object.keys(person.handles ?? {});
		const network = networks.includes('linkedin') && random.chance(0.6) ? 'linkedin' : random.pick(networks);
		const hasText = network === 'facebook' || network === 'instagram' ? random.chance(0.1) : !(network === 'twitter' || network === 'mastodon') || random.chance(0.3);
		const kind: MessageKind = hasText
			? random.weighted({default: network === 'linkedin' || network === 'xing' ? 30 : 0, weAreBoth: 18, personal: 14, mass: 16, pitch: 10, placeholder: 4, none: 8})
			: 'none';
		const request: GenericRequest = {id: `r-${n + 1}`, network, from: person.id, receivedAt: isoSeconds(recent + random.next() * (end - recent))};
		const message = requestMessage(kind, network, random, person.handles?.[network] ?? person.id, clusters[random.int(clusters.length)]!);
		if (message !== undefined) request.message = message;
		requests.push(request);
	}
	return requests;
}

export function generateDatabase({requests, people, interactions, seed = 1}: GenerateOptions): GenericDocument {
	const random = new Random(seed);
	const generated = generatePeople(people, random);
	return {
		format: 'netinbox/v1',
		me: corpus.me,
		people: generated.people,
		interactions: generateInteractions(interactions, generated.people, generated.closeness, random),
		requests: generateRequests(requests, generated.people, random),
	};
}

export type ImportTimings = {parseMs: number; mergeMs: number};

/** Folds a generated document into an empty database through the real generic importer and merge. */
export function importDocument(document: GenericDocument, file = 'generated.json'): {db: Database; timings: ImportTimings} {
	const t0 = performance.now();
	const batch = parseGenericDocument(document, file);
	const t1 = performance.now();
	const {data} = mergeBatch(emptyDatabase(), batch);
	const t2 = performance.now();
	if (batch.problems.length > 0) throw new Error(`generated document has problems: ${batch.problems[0]!.where}: ${batch.problems[0]!.message}`);
	return {db: data, timings: {parseMs: t1 - t0, mergeMs: t2 - t1}};
}

async function main(): Promise<void> {
	const {values} = parseArgs({
		options: {
			requests: {type: 'string', default: '1000'},
			people: {type: 'string', default: '3000'},
			interactions: {type: 'string', default: '20000'},
			seed: {type: 'string', default: '1'},
			out: {type: 'string'},
		},
	});
	const document = generateDatabase({
		requests: Number(values.requests),
		people: Number(values.people),
		interactions: Number(values.interactions),
		seed: Number(values.seed),
	});
	const text = JSON.stringify(document) + '\n';
	if (values.out) await writeFile(values.out, text);
	else process.stdout.write(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
