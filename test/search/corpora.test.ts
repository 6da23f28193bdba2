// Every "do I know X?" corpus against the goals: the right person first for 95 % of
// the queries that name one, every negative answered honestly (nothing, or only
// partial matches), every person of an ambiguous query among the answers.
// search-sealed is scored here and never looked into (see its README).
import {describe, expect, test} from 'vitest';
import {buildSearchIndex} from '../../source/core/search/search.js';
import {whois} from '../../source/commands/whois.js';
import {corpusNames, loadCorpus, sealed} from './corpora.js';
import {buildSameIndex, sameProposals} from '../../source/core/people/same.js';
import {ratio, scoreQueries, scoreSame} from './score.js';

describe.each(corpusNames())('%s', name => {
	const corpus = loadCorpus(name);
	const index = buildSearchIndex(corpus.db);
	const score = scoreQueries(corpus, (db, query) => whois(db, query, {limit: 5, index}).matches.map(match => ({personId: match.person.id, match: match.match})));
	const misses = score.misses.join('\n');

	test('the right person first, matching the whole query, for at least 95 %', () => {
		expect(ratio(score.firstRight, score.positives), misses).toBeGreaterThanOrEqual(0.95);
	});

	test('every negative answered honestly: no one, or only partial matches', () => {
		expect(score.honest, misses).toBe(score.negatives);
	});

	test('the people an ambiguous query means are among the answers, for at least 90 %', () => {
		expect(ratio(score.allListed, score.ambiguous), misses).toBeGreaterThanOrEqual(0.9);
	});

	test.runIf(corpus.same !== undefined)('same-person proposals: precision at least 0.95, no impostor proposed', () => {
		const same = scoreSame(corpus, db => sameProposals(buildSameIndex(db)).map(pair => [pair.a.id, pair.b.id]))!;
		const wrong = same.wrong.join('\n');
		expect(same.proposed).toBeGreaterThan(0);
		expect(same.impostors, wrong).toBe(0);
		expect(ratio(same.right, same.proposed), wrong).toBeGreaterThanOrEqual(0.95);
		// How many of the pairs are found is no goal (a missed pair costs a look, a wrong one a merge); on the tuned set it must not slip.
		if (name !== sealed) expect(ratio(same.found, same.known), same.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
	});
});

test('at least 150 queries over at least two corpora written apart from the search, 30 of them negatives', () => {
	const independent = corpusNames().filter(name => name !== 'search').map(loadCorpus);
	expect(independent.length).toBeGreaterThanOrEqual(2);
	const queries = independent.flatMap(corpus => corpus.queries);
	expect(queries.length).toBeGreaterThanOrEqual(150);
	expect(queries.filter(query => query.expect === null).length).toBeGreaterThanOrEqual(30);
});
