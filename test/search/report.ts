// How "do I know X?" does on every labelled corpus. Not a test: a report to read.
//   node --import tsx test/search/report.ts             one line per corpus (the sealed one only with --sealed)
//   node --import tsx test/search/report.ts --show X    every miss of corpus X
import {buildSearchIndex} from '../../source/core/search/search.js';
import {whois} from '../../source/commands/whois.js';
import type {Database} from '../../source/core/model.js';
import {buildSameIndex, sameProposals} from '../../source/core/people/same.js';
import {corpusNames, loadCorpus, sealed} from './corpora.js';
import {ratio, scoreQueries, scoreSame, type Answerer, type Proposer} from './score.js';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
if (show === sealed) throw new Error(`${sealed} is sealed: it is scored, never looked into`);

const indexes = new WeakMap<Database, ReturnType<typeof buildSearchIndex>>();
const indexOf = (db: Database) => indexes.get(db) ?? indexes.set(db, buildSearchIndex(db)).get(db)!;
export const answer: Answerer = (db, query) =>
	whois(db, query, {limit: 5, index: indexOf(db)}).matches.map(match => ({personId: match.person.id, match: match.match}));
export const propose: Proposer = db => sameProposals(buildSameIndex(db)).map(pair => [pair.a.id, pair.b.id]);

for (const name of corpusNames()) {
	if (show && name !== show) continue;
	if (name === sealed && !args.includes('--sealed')) continue;
	const corpus = loadCorpus(name);
	const q = scoreQueries(corpus, answer);
	const s = propose ? scoreSame(corpus, propose) : undefined;
	const parts = [
		`${name.padEnd(16)} queries ${corpus.queries.length}`,
		`top-1 ${q.firstRight}/${q.positives} = ${ratio(q.firstRight, q.positives).toFixed(3)}`,
		`ambiguous ${q.allListed}/${q.ambiguous}`,
		`honest no ${q.honest}/${q.negatives}`,
		...(s ? [`same: proposed ${s.proposed}, right ${s.right} (precision ${ratio(s.right, s.proposed).toFixed(3)}), found ${s.found}/${s.known}, impostors ${s.impostors}, namesakes ${s.namesakes}`] : []),
	];
	console.log(parts.join(' · '));
	if (show) for (const miss of [...q.misses, ...(s?.wrong ?? []).map(line => `same? ${line}`), ...(s?.missed ?? []).map(line => `missed same: ${line}`)]) console.log(`  ${miss}`);
}
