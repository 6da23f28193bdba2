// How the screening does on every labelled corpus, and how the text model does
// on each message set it was not trained on. Not a test: a report to read.
//   node --import tsx test/screening/report.ts            one line per corpus
//   node --import tsx test/screening/report.ts --show X   every disagreement of corpus X
//   node --import tsx test/screening/report.ts --model    leave-one-set-out for the text model
import path from 'node:path';
import builtin from '../../data/templates.json' with {type: 'json'};
import {evaluate} from '../../source/commands/eval.js';
import {Classifier} from '../../source/core/classifier/index.js';
import {compileLibrary} from '../../source/core/classifier/library.js';
import {readMessageSets} from '../../source/core/classifier/text-model/corpus.js';
import {TextModel, textClasses} from '../../source/core/classifier/text-model/model.js';
import {train} from '../../source/core/classifier/text-model/train.js';
import {corpora, loadCorpus, sealed} from './corpora.js';

const library = compileLibrary(builtin);
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
if (show === sealed) throw new Error(`${sealed} is sealed: it is scored, never looked into`);

if (args.includes('--model')) {
	const sets = readMessageSets(path.resolve('data/messages'));
	for (const held of sets) {
		const model = new TextModel(train(sets.filter(set => set !== held).flatMap(set => set.examples)));
		const confusion = new Map<string, number>();
		let right = 0;
		for (const example of held.examples) {
			const got = model.read(example.text).best;
			if (got === example.label) right++;
			confusion.set(`${example.label}>${got}`, (confusion.get(`${example.label}>${got}`) ?? 0) + 1);
		}
		const rows = textClasses.map(label => `${label}: ${textClasses.map(got => confusion.get(`${label}>${got}`) ?? 0).join('/')}`);
		console.log(`${held.name.padEnd(12)} ${held.examples.length} messages, accuracy ${(right / held.examples.length).toFixed(3)}  [${rows.join('; ')}]`);
	}
	process.exit(0);
}

for (const corpus of corpora()) {
	if (show && corpus.name !== show) continue;
	// Looking at the sealed corpus's figure too often is tuning on it too: only when asked.
	if (corpus.name === sealed && !args.includes('--sealed')) continue;
	const {db, labels} = loadCorpus(corpus);
	const result = evaluate(db, labels, corpus.name, {library});
	console.log(`${corpus.name.padEnd(28)} n=${result.labeled} agreement ${result.agreement.toFixed(3)} critical ${result.criticalErrors.length}  sure ${result.sure.count} (wrong ${result.sure.errors}, critical ${result.sure.critical})  unsure ${result.unsure}`);
	if (!show) continue;
	const classifier = Classifier.build(db, {library});
	const raw = JSON.parse((await import('node:fs')).readFileSync(corpus.labelsFile, 'utf8')).labels as Record<string, {why?: string}>;
	for (const item of result.disagreements) {
		const request = db.requests.find(candidate => candidate.id === item.id)!;
		const sender = db.people.find(person => person.id === request.from)!;
		const suggestion = classifier.suggest(request);
		console.log(`\n${item.id} ${request.network} ${sender.name}: expected ${item.expect}, got ${item.got}${item.critical ? ' CRITICAL' : ''}${item.unsure ? ' (unsure)' : ''}${item.viaAlso ? ' (also)' : ''}`);
		console.log(`  message: ${request.message ?? '—'}`);
		for (const reason of suggestion.reasons) console.log(`  ${reason.weight > 0 ? '+' : reason.weight < 0 ? '-' : '·'} ${reason.rule}: ${reason.text}`);
		console.log(`  why: ${raw[item.id]?.why ?? ''}`);
	}
}
