// Prints, per labelled corpus, the replay's agreement without and with learning
// (the second half of each corpus, in time order). `SEALED=1` adds the sealed corpus.
import {compileLibrary} from '../../source/core/classifier/library.js';
import builtin from '../../data/templates.json' with {type: 'json'};
import {corpora, loadCorpus, sealed} from '../screening/corpora.js';
import {replay} from './replay.js';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
for (const corpus of corpora()) {
	if (corpus.name === sealed && !process.env.SEALED) continue;
	const {db, labels} = loadCorpus(corpus);
	const result = replay(db, labels, {library: compileLibrary(builtin)});
	const line = [
		corpus.name.padEnd(22),
		`learned from ${result.learnedFrom}`,
		`scored ${result.with.labeled}`,
		`without ${percent(result.without.agreement)} (${result.without.criticalErrors.length} critical)`,
		`with ${percent(result.with.agreement)} (${result.with.criticalErrors.length} critical)`,
		`tipped ${result.changed.length}`,
	];
	console.log(line.join('  '));
	for (const change of result.changed) console.log(`    ${change.id}: expected ${change.expect}, ${change.without} → ${change.with}`);
}
