import {describe, expect, it} from 'vitest';
import type {Suggestion} from '../../source/core/model.js';
import stringWidth from 'string-width';
import {age, chipText, describeChanges, fit, planSummary} from '../../source/ui/format.js';

const now = new Date('2026-11-26T12:00:00Z');

describe('presentation helpers', () => {
	it.each([
		['2026-11-26T11:30:00Z', 'now'],
		['2026-11-26T07:00:00Z', '5h'],
		['2026-11-23T12:00:00Z', '3d'],
		['2026-11-05T12:00:00Z', '3w'],
		['2026-07-26T12:00:00Z', '4mo'],
		['2023-11-26T12:00:00Z', '3y'],
		['2026-12-01T12:00:00Z', 'now'],
	])('age of %s is %s', (iso, expected) => {
		expect(age(iso, now)).toBe(expected);
	});

	it('writes the suggestion chip so it reads without colour', () => {
		const suggestion: Suggestion = {decision: 'spam', confidence: 0.4, unsure: true, reasons: [], readyToAccept: false};
		expect(chipText(suggestion, false)).toBe('spam?');
		expect(chipText({...suggestion, unsure: false}, false)).toBe('spam');
		expect(chipText({...suggestion, decision: 'accept'}, true)).toBe('ready');
		expect(chipText(undefined, false)).toBe('—');
	});

	it('summarises a plan in decision order', () => {
		expect(planSummary([{to: 'spam'}, {to: 'ignored'}, {to: 'accepted'}, {to: 'ignored'}])).toBe('accept 1 · ignore 2 · spam 1');
	});

	it('describes what a decision did', () => {
		expect(describeChanges([{to: 'accepted'}], () => 'Anna Müller')).toBe('accepted Anna Müller');
		expect(describeChanges([{to: 'ignored'}, {to: 'ignored'}], () => 'x')).toBe('ignored 2 requests');
		expect(describeChanges([{to: 'ignored'}, {to: 'spam'}], () => 'x')).toBe('decided 2 requests');
		expect(describeChanges([], () => 'x')).toBe('nothing changed');
	});
});

describe('fit', () => {
	it.each([
		['Anna', 6, 'Anna  '],
		['Anna Müller-Lüdenscheidt', 10, 'Anna Müll…'],
		['Crypto Queen 🚀', 15, 'Crypto Queen 🚀'],
		['Crypto Queen 🚀🚀', 15, 'Crypto Queen … '],
		['Crypto Queen 🚀🚀', 16, 'Crypto Queen 🚀…'],
		['王小明先生', 7, '王小明…'],
		['x', 0, ''],
	])('fits %j into %i columns', (text, width, expected) => {
		expect(fit(text, width)).toBe(expected);
		if (width > 0) expect(stringWidth(fit(text, width))).toBe(width);
	});
});
