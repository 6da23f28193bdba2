// "Do I know X?" answered honestly: the people who match the whole query, each
// saying how, or — when no one does — a plain no with the nearest people,
// marked as not the person asked for.
import {explainMatch, type Explained} from './explain.js';
import type {SearchIndex} from './people-index.js';
import {parseQuery} from './query.js';
import {searchPeople, type SearchHit} from './search.js';

export type AnsweredHit = SearchHit & Explained;
/** found: someone matches the whole query; hits are then only those who do, else the nearest partial matches. */
export type Answer = {found: boolean; hits: AnsweredHit[]};

/** The search looks further than the answer shows: a whole match may rank below partial ones. */
const lookFurther = 3;
const order = {exact: 0, alias: 1, fuzzy: 2, partial: 3} as const;
const byName: ReadonlySet<string> = new Set(['name', 'alias', 'handle', 'handle part']);
const tier = (hit: Explained) => (hit.matched.some(field => byName.has(field.field)) ? 0 : 1);

export function answerQuery(index: SearchIndex, query: string, {limit = 3}: {limit?: number} = {}): Answer {
	const parsed = parseQuery(query);
	const hits = searchPeople(index, query, {limit: Math.max(8, limit * lookFurther)});
	const explained = hits.map(hit => ({...hit, ...explainMatch(index, index.position.get(hit.personId)!, parsed)}));
	// Matched by who they are (name, alias, handle) before matched by what is said of them; then a word-for-word
	// match before a misspelt one; within each, the search's order (score, then how well they are known).
	const whole = explained.filter(hit => hit.match !== 'partial').sort((a, b) => tier(a) - tier(b) || order[a.match] - order[b.match]);
	return whole.length > 0 ? {found: true, hits: whole.slice(0, limit)} : {found: false, hits: explained.slice(0, limit)};
}

/** One person by id, as an answer: matched by who they are, not by words. */
export function answerById(hit: SearchHit): AnsweredHit {
	return {...hit, match: 'exact', matched: [{field: 'name', words: [], value: hit.name}], missing: []};
}
