import {buildCard, type Card} from '../core/people/card.js';
import type {Database, SourceRef} from '../core/model.js';
import {buildSearchIndex, namesakes, searchPeople, type SearchIndex} from '../core/search/search.js';
import type {Verdict} from '../core/people/evidence.js';

export type WhoisMatch = {
	person: {id: string; name: string; sources: SourceRef[]};
	/** Higher is better; above 1 for a whole-name match of someone the user knows. */
	score: number;
	verdict: Verdict;
	card: Card;
};

/**
 * The best matches for a half-remembered name, each with how the user knows
 * them. A person id (`p12`) or an id a person was imported under finds just them.
 */
export function whois(db: Database, query: string, {limit = 3, index = buildSearchIndex(db)}: {limit?: number; index?: SearchIndex} = {}): WhoisMatch[] {
	const trimmed = query.trim();
	const byId = db.people.filter(person => person.id === trimmed || person.sources.some(source => source.id === trimmed));
	const hits = byId.length > 0
		? byId.slice(0, limit).map(person => ({personId: person.id, score: 1, verdict: index.verdicts[index.position.get(person.id)!]!}))
		: searchPeople(index, query, {limit});
	return hits.map(hit => {
		const person = db.people[index.position.get(hit.personId)!]!;
		return {
			person: {id: person.id, name: person.name, sources: person.sources},
			score: hit.score,
			verdict: hit.verdict,
			card: buildCard(db, person, namesakes(index, person.id)),
		};
	});
}
