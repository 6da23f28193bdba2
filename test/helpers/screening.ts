// Builds small databases for classifier tests: one user, a few people, requests and history.
import builtin from '../../data/templates.json' with {type: 'json'};
import {Classifier} from '../../source/core/classifier/index.js';
import {compileLibrary} from '../../source/core/classifier/library.js';
import {emptyDatabase, requestKey, type Database, type Interaction, type Network, type Person, type RequestStatus, type Suggestion} from '../../source/core/model.js';

export const library = compileLibrary(builtin);

export const me = {
	name: 'Steve Keller',
	handles: {twitter: '@stevek'},
	profile: 'Community Lead bei Hafenblick Digital GmbH, Hamburg. Blog: kontaktpflege.blog über Netzwerken. Talk: „Netzwerken mit Sinn“ (BarCamp Hamburg 2025). Buch: „Das leise Netzwerk“. Projekt: „anfragefilter“, eine Browser-Erweiterung. Themen: Moderation, Fediverse, Vereine.',
};

type PersonInit = Partial<Person> & {name: string};
type RequestInit = {network?: Network; message?: string | null; status?: RequestStatus; receivedAt?: string; id?: string};

export class World {
	db: Database = {...emptyDatabase(), me: {...me}};
	private people = 0;
	private requests = 0;

	person(init: PersonInit): string {
		const id = `p${++this.people}`;
		this.db.people.push({id, aliases: [], handles: {}, tags: [], connectedOn: {}, sources: [], ...init});
		return id;
	}

	request(from: string, init: RequestInit = {}): string {
		const network = init.network ?? 'linkedin';
		const id = init.id ?? `r${++this.requests}`;
		const key = requestKey(network, id);
		this.db.requests.push({
			key, id, network, from,
			receivedAt: init.receivedAt ?? '2026-10-01T10:00:00Z',
			message: init.message ?? null,
			status: init.status ?? 'pending',
			source: {format: 'test', id},
		});
		return key;
	}

	/** `history(p, 'twitter reply in 2025-01-01', …)`. */
	history(person: string, ...items: string[]): void {
		for (const item of items) {
			const [channel, kind, direction, at] = item.split(' ') as [Interaction['channel'], Interaction['kind'], Interaction['direction'], string];
			this.db.interactions.push({id: `i${this.db.interactions.length + 1}`, person, channel, kind, direction, at: `${at}T10:00:00Z`});
		}
	}

	/** A request from a new stranger with this message, classified. */
	stranger(message: string | null, network: Network = 'linkedin', name = 'Erika Musterfrau'): Suggestion {
		const key = this.request(this.person({name}), {network, message});
		return this.suggest(key);
	}

	suggest(key: string): Suggestion {
		const request = this.db.requests.find(candidate => candidate.key === key)!;
		return Classifier.build(this.db, {library}).suggest(request);
	}
}

export const rulesOf = (suggestion: Suggestion) => suggestion.reasons.map(reason => reason.rule);
