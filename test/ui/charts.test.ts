import {describe, expect, it} from 'vitest';
import {bar, count, fit, padTo, percent, splitBar, stackedBar} from '../../source/ui/charts/bars.js';
import {columns} from '../../source/ui/charts/bars.js';

describe('bar', () => {
	it.each([
		[10, 10, 4, '████'],
		[5, 10, 4, '██'],
		[1, 8, 1, '▏'],
		[3, 8, 1, '▍'],
		[1, 1000, 10, '▏'],
		[0, 10, 10, ''],
		[20, 10, 3, '███'],
		[7, 0, 5, ''],
		[5, 10, 0, ''],
	])('bar(%s, %s, %s) is %j', (value, max, width, expected) => {
		expect(bar(value, max, width)).toBe(expected);
	});
});

describe('stackedBar', () => {
	const glyphs = ['█', '▓', '▒', '░'];
	it.each([
		[[5, 5], 10, 10, ['█████', '▓▓▓▓▓']],
		[[5, 5], 20, 10, ['███', '▓▓']],
		[[9, 1], 10, 10, ['█████████', '▓']],
		[[99, 1], 100, 4, ['███', '▓']],
		[[1, 1, 1], 100, 10, ['█', '▓', '▒']],
		[[0, 3, 0], 3, 6, ['', '▓▓▓▓▓▓', '']],
		[[0, 0], 10, 10, ['', '']],
	])('stackedBar(%j, max %s, width %s)', (values, max, width, expected) => {
		expect(stackedBar(values, max, width, glyphs)).toEqual(expected);
	});

	it('never draws wider than the width, and gives every series above zero a column', () => {
		for (const values of [[1, 1, 1, 97], [50, 30, 15, 5], [1, 2, 3, 4]]) {
			const parts = stackedBar(values, 100, 8, glyphs);
			expect(parts.join('').length).toBeLessThanOrEqual(8);
			expect(parts.every((part, index) => (values[index]! > 0) === (part.length > 0))).toBe(true);
		}
	});
});

describe('splitBar', () => {
	it.each([
		[3, 7, 7, ['███', '░░░░']],
		[0, 5, 4, ['', '░░░░']],
		[5, 5, 4, ['████', '']],
		[1, 100, 4, ['█', '░░░']],
		[99, 100, 4, ['███', '░']],
		[1, 0, 4, ['', '']],
	])('splitBar(%s of %s, width %s)', (part, whole, width, expected) => {
		expect(splitBar(part, whole, width)).toEqual(expected);
	});
});

describe('text in columns', () => {
	it.each([
		['Anna', 10, 'Anna'],
		['Anna Müller', 6, 'Anna …'],
		['李小龍先生', 5, '李小…'],
		['👩‍💻👩‍💻👩‍💻', 4, '👩‍💻…'],
		['abc', 0, ''],
	])('fit(%j, %s) is %j', (text, width, expected) => {
		expect(fit(text, width)).toBe(expected);
		expect(columns(fit(text, width))).toBeLessThanOrEqual(width);
	});

	it('pads to exactly the width, by columns', () => {
		expect(padTo('李', 4)).toBe('李  ');
		expect(columns(padTo('Anna Müller', 6))).toBe(6);
	});

	it.each([[1234567, '1,234,567'], [0, '0']])('count(%s)', (value, expected) => expect(count(value)).toBe(expected));
	it.each([[1, 3, '33 %'], [0, 0, '–'], [2, 2, '100 %']])('percent(%s, %s)', (part, whole, expected) => expect(percent(part, whole)).toBe(expected));
});
