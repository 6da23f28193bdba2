// The labeled corpora, imported through the real generic importer into a real
// database file, classified and scored: the bar the classifier must clear.
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {evaluate, readLabels} from '../../../source/commands/eval.js';
import {runImport} from '../../../source/commands/import.js';
import {classifyAll} from '../../../source/core/classifier/index.js';
import {compileLibrary} from '../../../source/core/classifier/library.js';
import {Store} from '../../../source/core/store/store.js';
import builtin from '../../../data/templates.json' with {type: 'json'};
import {corpora, sealed} from '../../screening/corpora.js';

const dirs: string[] = [];
afterAll(async () => {
	for (const dir of dirs) await rm(dir, {recursive: true, force: true});
});

async function importCorpus(name: string) {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-eval-'));
	dirs.push(dir);
	const store = await Store.open(path.join(dir, 'db.json'), {write: true, command: 'test'});
	try {
		await runImport(store, 'generic', [path.join('test/fixtures', name, 'corpus.json')]);
		return store.data;
	} finally {
		await store.close();
	}
}

const tuned = corpora().map(corpus => corpus.name).filter(name => name !== sealed);

// Never looked into while the screening was worked on: this guards what it reached on
// requests nobody here had seen (0.939 agreement, 1 critical error among the unsure,
// 3 wrong of 209 sure), so that a change elsewhere cannot quietly make it worse.
describe('corpus screening-sealed (never tuned on)', () => {
	it('keeps its agreement, and no critical error among the suggestions not marked unsure', async () => {
		const db = await importCorpus(sealed);
		const labels = await readLabels(path.join('test/fixtures', sealed, 'labels.json'));
		const result = evaluate(db, labels, sealed, {library: compileLibrary(builtin)});
		expect(result.missing).toEqual([]);
		expect(result.sure.critical).toBe(0);
		expect(result.agreement).toBeGreaterThanOrEqual(0.93);
		expect(result.sure.errors / result.sure.count).toBeLessThan(0.02);
	});
});

describe.each(tuned)('corpus %s (tuned on)', name => {
	it('agrees with the labels on at least 95 %, no critical error, under 2 % wrong among the sure', async () => {
		const db = await importCorpus(name);
		const labels = await readLabels(path.join('test/fixtures', name, 'labels.json'));
		// The built-in templates only: a developer's own templates.json must not move the score.
		const result = evaluate(db, labels, name, {library: compileLibrary(builtin)});
		expect(result.missing).toEqual([]);
		expect(result.labeled).toBeGreaterThanOrEqual(150);
		expect(result.criticalErrors).toEqual([]);
		expect(result.agreement).toBeGreaterThanOrEqual(0.95);
		expect(result.sure.errors / result.sure.count).toBeLessThan(0.02);
	});

	it('gives every suggestion at least one reason, each with a rule and a text', async () => {
		const db = await importCorpus(name);
		const suggestions = classifyAll(db, {library: compileLibrary(builtin)});
		expect(suggestions.size).toBe(db.requests.length);
		for (const suggestion of suggestions.values()) {
			expect(suggestion.reasons.length).toBeGreaterThan(0);
			for (const reason of suggestion.reasons) {
				expect(reason.rule).toMatch(/^[A-Z_]+$/);
				expect(reason.text.length).toBeGreaterThan(3);
			}
			// Unsure says why: a low confidence, or a reason that names the conflict.
			const why = suggestion.reasons.some(reason => reason.rule === 'UNSURE');
			expect(suggestion.unsure).toBe(suggestion.confidence < 0.6 || why);
		}
	});
});
