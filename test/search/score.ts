// Scores one corpus: queries by kind, and the same-person proposals.
import type {Database} from '../../source/core/model.js';
import {internalIds, type Corpus, type CorpusQuery} from './corpora.js';

export type Answered = Array<{personId: string; match?: string}>;
export type Answerer = (db: Database, query: string) => Answered;
export type Proposer = (db: Database) => Array<[string, string]>;

export type QueryScore = {
	positives: number; firstRight: number;
	ambiguous: number; allListed: number;
	negatives: number; honest: number;
	misses: string[];
};

/** An honest "no": nothing, or nothing that matches the whole query. */
export const isHonestNo = (answer: Answered) => answer.every(hit => hit.match === 'partial');

export function scoreQueries(corpus: Corpus, answer: Answerer): QueryScore {
	const ids = internalIds(corpus.db);
	const score: QueryScore = {positives: 0, firstRight: 0, ambiguous: 0, allListed: 0, negatives: 0, honest: 0, misses: []};
	const sourceOf = new Map([...ids].map(([source, id]) => [id, source]));
	const show = (query: CorpusQuery, got: Answered) =>
		`${JSON.stringify(query.query)} (${query.kind ?? 'name'}) expected ${JSON.stringify(query.expect)}, got ${got.map(hit => `${sourceOf.get(hit.personId)}${hit.match ? `:${hit.match}` : ''}`).join(' ') || 'nothing'}`;
	for (const query of corpus.queries) {
		const got = answer(corpus.db, query.query);
		if (query.expect === null) {
			score.negatives++;
			if (isHonestNo(got)) score.honest++;
			else score.misses.push(show(query, got));
		} else if (Array.isArray(query.expect)) {
			score.ambiguous++;
			const found = new Set(got.filter(hit => hit.match !== 'partial').map(hit => hit.personId));
			if (query.expect.every(id => found.has(ids.get(id)!))) score.allListed++;
			else score.misses.push(show(query, got));
		} else {
			score.positives++;
			const first = got[0];
			if (first && first.personId === ids.get(query.expect) && first.match !== 'partial') score.firstRight++;
			else score.misses.push(show(query, got));
		}
	}
	return score;
}

export type SameScore = {proposed: number; right: number; impostors: number; namesakes: number; known: number; found: number; wrong: string[]; missed: string[]};

/** Proposals against the corpus's pairs: a proposal the corpus does not call the same person counts as wrong. */
export function scoreSame(corpus: Corpus, propose: Proposer): SameScore | undefined {
	if (!corpus.same) return undefined;
	const ids = internalIds(corpus.db);
	const key = (a: string, b: string) => [a, b].sort().join(' ');
	const same = new Set(corpus.same.same.map(pair => key(ids.get(pair.a)!, ids.get(pair.b)!)));
	const different = new Map(corpus.same.different.map(pair => [key(ids.get(pair.a)!, ids.get(pair.b)!), pair.kind ?? 'impostor']));
	const sourceOf = new Map([...ids].map(([source, id]) => [id, source]));
	const score: SameScore = {proposed: 0, right: 0, impostors: 0, namesakes: 0, known: same.size, found: 0, wrong: [], missed: []};
	const seen = new Set<string>();
	for (const [a, b] of propose(corpus.db)) {
		const pair = key(a, b);
		if (seen.has(pair)) continue;
		seen.add(pair);
		score.proposed++;
		if (same.has(pair)) {
			score.right++;
			score.found++;
			continue;
		}
		const kind = different.get(pair);
		if (kind === 'impostor') score.impostors++;
		if (kind === 'namesake') score.namesakes++;
		score.wrong.push(`${sourceOf.get(a)} + ${sourceOf.get(b)}${kind ? ` (${kind})` : ''}`);
	}
	for (const pair of corpus.same.same) if (!seen.has(key(ids.get(pair.a)!, ids.get(pair.b)!))) score.missed.push(`${pair.a} + ${pair.b}`);
	return score;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
