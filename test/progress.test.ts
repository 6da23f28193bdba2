import {describe, expect, it} from 'vitest';
import {progressBar} from '../source/progress.js';

function fakeStream(isTTY: boolean, columns = 100) {
	const writes: string[] = [];
	return {stream: {isTTY, columns, write: (text: string) => writes.push(text)} as unknown as NodeJS.WriteStream, writes};
}

describe('progressBar', () => {
	it('draws nothing when stderr is not a terminal', () => {
		expect(progressBar(fakeStream(false).stream)).toBeUndefined();
	});

	it('draws one line, fitted to the width, with file names made harmless, and clears it at the end', () => {
		const {stream, writes} = fakeStream(true);
		const bar = progressBar(stream)!;
		bar.report(5 * 1048576, 10 * 1048576, 'data/\u001b[2Jevil.js');
		bar.report(10 * 1048576, 10 * 1048576, 'messages.csv');
		bar.finish();
		expect(writes[0]).toBe('\rimporting  50% [############............] 5.0/10.0 MB  data/␛[2Jevil.js\u001b[K');
		expect(writes.at(-1)).toBe('\r\u001b[K');
		const narrow = fakeStream(true, 40);
		progressBar(narrow.stream)!.report(1, 2, 'messages.csv');
		expect(narrow.writes[0]!.replace(/\r|\u001b\[K/g, '')).toHaveLength(39);
	});
});
