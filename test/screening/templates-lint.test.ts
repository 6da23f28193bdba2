// A pattern of the template library earns its place by firing on at least three
// messages of at least two of the tuned corpora: a phrase written for one
// example is tuning, not knowledge. (Default texts are the networks' own texts,
// and the notes' lists read the user's notes, not messages: they are not linted.)
import {describe, expect, it} from 'vitest';
import {patternUse} from './pattern-use.js';

describe('data/templates.json', () => {
	it('has no message pattern that fires on fewer than 3 messages of 2 tuned corpora', () => {
		const idle = patternUse().filter(use => use.texts < 3 || use.corpora < 2).map(use => `${use.list}: ${use.pattern} (${use.texts} messages, ${use.corpora} corpora)`);
		expect(idle).toEqual([]);
	});
});
