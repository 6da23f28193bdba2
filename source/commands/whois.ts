import {buildCard, type Card} from '../core/people/card.js';
import type {Database, SourceRef} from '../core/model.js';
import {buildSearchIndex, namesakes, type SearchIndex} from '../core/search/search.js';
import {answerById, answerQuery} from '../core/search/answer.js';
import type {MatchedField, MatchKind} from '../core/search/explain.js';
import type {Verdict} from '../core/people/evidence.js';
import {buildSameIndex, probablyAlsoOf, type SameIndex} from '../core/people/same.js';

export type WhoisMatch = {
	person: {id: string; name: string; sources: SourceRef[]};
	/** Higher is better; above 1 for a whole-name match of someone the user knows. */
	score: number;
	/** How the query matched: `partial` means only some of its words did — not the person asked for. */
	match: MatchKind;
	/** The fields the query's words were found in, with the value that holds them. */
	matched: MatchedField[];
	/** Query words that matched nothing of theirs. */
	missing: string[];
	verdict: Verdict;
	card: Card;
};

export type WhoisResult = {found: boolean; matches: WhoisMatch[]};

/**
 * The best matches for a half-remembered name, each with how the user knows
 * them and how it matched. A person id (`p12`) or an id a person was imported
 * under finds just them. `found` is false when no one matches the whole query:
 * the matches are then the nearest people, not the one asked for.
 */
export function whois(db: Database, query: string, {limit = 3, index = buildSearchIndex(db), same}: {limit?: number; index?: SearchIndex; same?: SameIndex} = {}): WhoisResult {
	const trimmed = query.trim();
	// Ids are one word with a digit (p12, p-001, 294857103): only such a query is looked up as one, without a pass over everyone.
	const idLike = /^\S*\d\S*$/.test(trimmed);
	const byId = !idLike ? [] : db.people.filter(person => person.id === trimmed || person.sources.some(source => source.id === trimmed));
	const answer = byId.length > 0
		? {found: true, hits: byId.slice(0, limit).map(person => answerById({personId: person.id, name: person.name, score: 1, verdict: index.verdicts[index.position.get(person.id)!]!}))}
		: answerQuery(index, query, {limit});
	return {
		found: answer.found,
		matches: answer.hits.map(hit => {
			const person = db.people[index.position.get(hit.personId)!]!;
			return {
				person: {id: person.id, name: person.name, sources: person.sources},
				score: hit.score,
				match: hit.match,
				matched: hit.matched,
				missing: hit.missing,
				verdict: hit.verdict,
				card: buildCard(db, person, namesakes(index, person.id), probablyAlsoOf(same ??= buildSameIndex(db), person), index.records),
			};
		}),
	};
}
