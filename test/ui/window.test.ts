import {describe, expect, it} from 'vitest';
import {visibleRange} from '../../source/ui/window.js';

describe('visibleRange', () => {
	it.each([
		// total, selected, height, previous start → start, end
		[0, 0, 10, 0, 0, 0],
		[5, 0, 10, 0, 0, 5],
		[100, 0, 10, 0, 0, 10],
		[100, 9, 10, 0, 0, 10],
		[100, 10, 10, 0, 1, 11],
		[100, 50, 10, 45, 45, 55],
		[100, 44, 10, 45, 44, 54],
		[100, 99, 10, 0, 90, 100],
		[100, 5, 10, 95, 5, 15],
		[10_000, 9_999, 30, 0, 9_970, 10_000],
	])('total %i, selected %i, height %i, from %i → %i…%i', (total, selected, height, previous, start, end) => {
		expect(visibleRange(total, selected, height, previous)).toEqual({start, end});
	});

	it('never renders more rows than fit, whatever the list size', () => {
		for (const total of [1, 29, 30, 31, 10_000]) {
			const {start, end} = visibleRange(total, Math.floor(total / 2), 30, 0);
			expect(end - start).toBe(Math.min(30, total));
		}
	});
});
