// The labelled "do I know X?" corpora in test/fixtures/search*/, imported the way
// `netinbox import generic` would, and scored the way the goals read: the right
// person first, every listed person of an ambiguous query among the answers, an
// honest "no" for someone not in the records, and same-person proposals checked
// against the pairs the corpus names.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseGenericDocument} from '../../source/core/importers/generic.js';
import {mergeBatch} from '../../source/core/importers/merge.js';
import {emptyDatabase, type Database} from '../../source/core/model.js';

export const fixtures = path.resolve('test/fixtures');
/** Never read while the search is worked on: scored, never looked into. */
export const sealed = 'search-sealed';

export type CorpusQuery = {query: string; expect: string | string[] | null; kind?: string; why?: string};
export type Pair = {a: string; b: string; kind?: string; why?: string};
export type Corpus = {name: string; db: Database; queries: CorpusQuery[]; same?: {same: Pair[]; different: Pair[]}};

export function corpusNames(): string[] {
	return readdirSync(fixtures)
		.filter(name => name.startsWith('search') && existsSync(path.join(fixtures, name, 'queries.json')))
		.sort();
}

export function loadCorpus(name: string): Corpus {
	const dir = path.join(fixtures, name);
	const file = path.join(dir, 'people.json');
	const db = mergeBatch(emptyDatabase(), parseGenericDocument(JSON.parse(readFileSync(file, 'utf8')), file)).data;
	const queries = JSON.parse(readFileSync(path.join(dir, 'queries.json'), 'utf8')) as CorpusQuery[];
	const sameFile = path.join(dir, 'same.json');
	const same = existsSync(sameFile) ? (JSON.parse(readFileSync(sameFile, 'utf8')) as Corpus['same']) : undefined;
	return {name, db, queries, ...(same ? {same} : {})};
}

/** The internal id of the person imported under a corpus id (`p-012`). */
export function internalIds(db: Database): Map<string, string> {
	const out = new Map<string, string>();
	for (const person of db.people) for (const source of person.sources) out.set(source.id, person.id);
	return out;
}
