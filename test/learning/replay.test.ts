// Each labelled corpus replayed in time order by a user who decides every
// request by its label: the suggestions for the second half, with what the
// first decisions taught, must agree at least as often as without, and
// learning must add no critical error the rules alone did not make.
import {describe, expect, it} from 'vitest';
import {compileLibrary} from '../../source/core/classifier/library.js';
import builtin from '../../data/templates.json' with {type: 'json'};
import {corpora, loadCorpus, sealed} from '../screening/corpora.js';
import {replay} from './replay.js';

const replayed = corpora().filter(corpus => corpus.name !== sealed);

describe.each(replayed.map(corpus => [corpus.name, corpus] as const))('replay of %s', (_, corpus) => {
	it('agrees at least as often with learning, with no critical error of its own', () => {
		const {db, labels} = loadCorpus(corpus);
		const result = replay(db, labels, {library: compileLibrary(builtin)});
		expect(result.learnedFrom).toBeGreaterThan(50);
		expect(result.with.labeled).toBe(result.without.labeled);
		expect(result.with.agreement).toBeGreaterThanOrEqual(result.without.agreement);
		expect(result.with.criticalErrors.filter(id => !result.without.criticalErrors.includes(id))).toEqual([]);
		// Whatever learning tipped is marked unsure: bulk apply never acts on it.
		expect(result.with.sure.errors).toBeLessThanOrEqual(result.without.sure.errors);
	});
});
