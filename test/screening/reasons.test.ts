// Every reason is true of the text it quotes: a "mentions your talk" names words
// the message has; a quoted snippet is in the message. Checked on every
// suggestion of the tuned corpora.
import {describe, expect, it} from 'vitest';
import builtin from '../../data/templates.json' with {type: 'json'};
import {Classifier} from '../../source/core/classifier/index.js';
import {fold, words} from '../../source/core/classifier/fold.js';
import {compileLibrary} from '../../source/core/classifier/library.js';
import {corpora, loadCorpus, sealed} from './corpora.js';

const library = compileLibrary(builtin);
const letters = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe.each(corpora().filter(corpus => corpus.name !== sealed))('reasons on $name', corpus => {
	it('quote only what the message says', () => {
		const {db} = loadCorpus(corpus);
		const classifier = Classifier.build(db, {library});
		const untrue: string[] = [];
		for (const request of db.requests) {
			const message = letters(request.message ?? '');
			const messageWords = new Set(words(message));
			for (const reason of classifier.suggest(request).reasons) {
				if (!['PROFILE_REFERENCE', 'YOUR_WORK', 'INQUIRY', 'SHARED_CONTEXT'].includes(reason.rule)) continue;
				const title = /^mentions your (?:\w+ )?"(.+)"$/.exec(reason.text);
				const terms = /^mentions (.+) from your profile$/.exec(reason.text);
				const snippet = /"…?(.+?)…?"/.exec(reason.text);
				let ok = true;
				if (title) {
					// Half the title's longer words at least, or their stems, are in the message.
					const long = words(letters(title[1]!)).filter(word => word.length >= 4);
					const found = long.filter(word => [...messageWords].some(other => other.startsWith(word.slice(0, Math.max(4, word.length - 3)))));
					ok = found.length >= Math.max(1, Math.ceil(long.length / 2)) || message.includes(letters(title[1]!).split(' ').slice(0, 3).join(' '));
				} else if (terms) {
					ok = terms[1]!.split(', ').every(term => message.includes(letters(term)));
				} else if (snippet) {
					ok = message.includes(letters(snippet[1]!));
				}
				if (!ok) untrue.push(`${request.id} ${reason.rule}: ${reason.text} — message: ${request.message}`);
			}
		}
		expect(untrue).toEqual([]);
	});
});
