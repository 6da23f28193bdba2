// The labelled screening corpora in test/fixtures/screening*/, imported the way
// `netinbox import generic` would, for the tests and the report.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseGenericDocument} from '../../source/core/importers/generic.js';
import {mergeBatch} from '../../source/core/importers/merge.js';
import {emptyDatabase, type Database} from '../../source/core/model.js';
import type {Labels} from '../../source/core/classifier/score.js';

export const fixtures = path.resolve('test/fixtures');
/** Never read while the classifier is worked on: scored, never looked into. */
export const sealed = 'screening-sealed';

export type Corpus = {name: string; file: string; labelsFile: string};

export function corpora(): Corpus[] {
	return readdirSync(fixtures)
		.filter(name => name.startsWith('screening') && existsSync(path.join(fixtures, name, 'labels.json')))
		.sort()
		.map(name => ({name, file: path.join(fixtures, name, 'corpus.json'), labelsFile: path.join(fixtures, name, 'labels.json')}));
}

export function loadCorpus(corpus: Corpus): {db: Database; labels: Labels} {
	const db = mergeBatch(emptyDatabase(), parseGenericDocument(JSON.parse(readFileSync(corpus.file, 'utf8')), corpus.file)).data;
	const labels = (JSON.parse(readFileSync(corpus.labelsFile, 'utf8')) as {labels: Labels}).labels;
	return {db, labels};
}
