import {describe, expect, it} from 'vitest';
import {dayOf, fromEpoch, fromIso, instantOf, parseExportDate, wallClockKey} from '../../../source/core/importers/dates.js';

describe('parseExportDate', () => {
	it.each([
		['2/12/26, 11:44 AM', '2026-02-12T11:44'],
		['12/22/25, 12:05 PM', '2025-12-22T12:05'],
		['1/8/26, 12:41 AM', '2026-01-08T00:41'],
		['2/12/2026 23:44', '2026-02-12T23:44'],
		['22/12/2025 09:05', '2025-12-22T09:05'],
		['12.02.26 11:44', '2026-02-12T11:44'],
		['08 Jul 2026', '2026-07-08T00:00'],
		['9-Sep-22', '2022-09-09T00:00'],
		['3. Mär 2024', undefined],
		['03 Mär 2024', '2024-03-03T00:00'],
		['Jul 8, 2026', '2026-07-08T00:00'],
		['2026-01-28 17:40:55 UTC', '2026-01-28T17:40'],
		['2026-02-30', undefined],
		['13/13/26', undefined],
		['yesterday', undefined],
		['', undefined],
	])('%s', (text, expected) => {
		const date = parseExportDate(text);
		expect(date ? wallClockKey(date) : undefined).toBe(expected);
	});

	it('takes a time with UTC as UTC and one without a zone as local time', () => {
		expect(instantOf(parseExportDate('2026-01-28 17:40:55 UTC')!)).toBe('2026-01-28T17:40:55Z');
		expect(instantOf(parseExportDate('2/12/26, 11:44 AM')!)).toBe(new Date(2026, 1, 12, 11, 44).toISOString().replace('.000Z', 'Z'));
		expect(dayOf(parseExportDate('08 Jul 2026')!)).toBe('2026-07-08');
	});

	it('reads epoch seconds and milliseconds, refusing implausible ones', () => {
		expect(fromEpoch(1770796980, 's')).toBe('2026-02-11T08:03:00Z');
		expect(fromEpoch(1770803401233, 'ms')).toBe('2026-02-11T09:50:01.233Z');
		expect(fromEpoch(17, 's')).toBeUndefined();
		expect(fromEpoch('1770796980', 's')).toBeUndefined();
		expect(fromIso('2026-01-25T19:33:24.183Z')).toBe('2026-01-25T19:33:24.183Z');
		expect(fromIso('soon')).toBeUndefined();
	});
});
