import {describe, expect, it} from 'vitest';
import {syntaxErrorOffset} from '../../../source/core/store/json-syntax.js';
import {describeJsonError} from '../../../source/core/store/serialize.js';
import {Random} from '../../bench/generate.js';

const parses = (text: string) => {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
};

function mutate(text: string, random: Random): string {
	const at = random.int(text.length + 1);
	const pieces = ['', ',', '}', ']', '{', '[', '"', ':', 'tru', '\\', '\\u12', '01', '-', '.5', ' ', '\n', "'", '\u0001', 'null', '1e', '"a":'];
	const cut = random.int(4);
	return text.slice(0, at) + random.pick(pieces) + text.slice(at + cut);
}

describe('syntaxErrorOffset', () => {
	const sample = JSON.stringify({version: 1, people: [{id: 'p1', name: 'Jürgen Weiß', tags: [], n: -1.5e3, ok: true, no: null}], text: 'a\\"b\u00e4\n'}, null, 1);

	it('agrees with JSON.parse on which texts are valid', () => {
		const random = new Random(3);
		for (let run = 0; run < 3000; run++) {
			const text = mutate(random.chance(0.5) ? sample : mutate(sample, random), random);
			expect(syntaxErrorOffset(text) === undefined, text).toBe(parses(text));
		}
	});

	it('points at the line JSON.parse names, at most a token before its position', () => {
		const random = new Random(5);
		for (let run = 0; run < 3000; run++) {
			const text = mutate(sample, random);
			if (parses(text)) continue;
			const message = (() => {
				try {
					return String(JSON.parse(text));
				} catch (error) {
					return (error as Error).message;
				}
			})();
			const position = /position (\d+)/.exec(message);
			if (!position) continue;
			const ours = syntaxErrorOffset(text)!;
			const theirs = Number(position[1]);
			const line = (offset: number) => text.slice(0, offset).split('\n').length;
			expect(line(ours), `${text}\n${message}`).toBe(line(theirs));
			expect(theirs - ours, `${text}\n${message}`).toBeGreaterThanOrEqual(0);
			expect(theirs - ours, `${text}\n${message}`).toBeLessThanOrEqual(4);
		}
	});
});

describe('describeJsonError', () => {
	const where = (text: string) => {
		try {
			JSON.parse(text);
		} catch (error) {
			return describeJsonError(text, error as Error);
		}
		throw new Error('valid');
	};

	it('names line and column even when JSON.parse gives no position', () => {
		expect(where('{\n  "a": tru\n}').where).toBe('line 2, column 8');
		expect(where("{\n 'a': 1}").where).toBe('line 2, column 2');
	});

	it('names the end of the file for a truncated file', () => {
		expect(where('{\n "a": [1,').where).toBe('line 2 (end of file)');
		expect(where('').where).toBe('line 1 (end of file)');
	});

	it('never repeats a control character raw', () => {
		const {detail} = where('{"a": \u001b[31m}');
		expect(detail).not.toMatch(/[\u0000-\u001f]/);
		expect(detail).toContain('\\u001b');
	});
});
