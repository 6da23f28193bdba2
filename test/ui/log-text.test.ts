import {describe, expect, it} from 'vitest';
import {parseLogText} from '../../source/ui/log-text.js';
import {editPrompt, type PromptEdit} from '../../source/ui/prompt-text.js';

const now = new Date('2026-11-26T12:00:00Z');

describe('a logged note and its date', () => {
	it.each([
		['2026-11-01 coffee at BarCamp', {ok: true, at: '2026-11-01', note: 'coffee at BarCamp'}],
		['  lunch ', {ok: true, at: '2026-11-26', note: 'lunch'}],
		['2026-2-3', {ok: true, at: '2026-02-03', note: ''}],
		['20.11.2026 Stammtisch', {ok: true, at: '2026-11-20', note: 'Stammtisch'}],
		['2024-02-29 leap day', {ok: true, at: '2024-02-29', note: 'leap day'}],
		['2026-11-26 today', {ok: true, at: '2026-11-26', note: 'today'}],
		['2026 was a good year', {ok: true, at: '2026-11-26', note: '2026 was a good year'}],
	])('%j is read', (text, expected) => {
		expect(parseLogText(text, now)).toEqual(expected);
	});

	it.each([
		['2026-13-45 x', '2026-13-45: there is no month 13'],
		['2026-02-30', '2026-02-30: February 2026 has 28 days'],
		['2026-04-31 call', '2026-04-31: April 2026 has 30 days'],
		['31.11.2026', '31.11.2026: November 2026 has 30 days'],
		['2026-11-27 tomorrow', '2026-11-27 is in the future; log what has happened'],
		['2026-1x-01 typo', '"2026-1x-01" is not a date: write it as YYYY-MM-DD (2026-11-20) or DD.MM.YYYY'],
		['11/20/2026 US style', '"11/20/2026" is not a date: write it as YYYY-MM-DD (2026-11-20) or DD.MM.YYYY'],
	])('%j is refused: %s', (text, error) => {
		expect(parseLogText(text, now)).toEqual({ok: false, error});
	});
});

describe('the text of a prompt, with its cursor', () => {
	const run = (text: string, cursor: number, ...edits: PromptEdit[]) => edits.reduce(editPrompt, {text, cursor});
	it.each([
		['types at the cursor', run('Met at', 3, {type: 'insert', text: ' Anna'}), {text: 'Met Anna at', cursor: 8}],
		['moves left and right within the text', run('ab', 2, {type: 'left'}, {type: 'left'}, {type: 'left'}, {type: 'right'}), {text: 'ab', cursor: 1}],
		['goes home and to the end', run('abc', 1, {type: 'home'}, {type: 'insert', text: '>'}, {type: 'end'}, {type: 'insert', text: '<'}), {text: '>abc<', cursor: 5}],
		['deletes before the cursor', run('abc', 1, {type: 'backspace'}, {type: 'backspace'}), {text: 'bc', cursor: 0}],
		['deletes the word before the cursor', run('met at  BarCamp x', 15, {type: 'deleteWord'}), {text: 'met at   x', cursor: 8}],
		['treats an emoji as one character', run('a🚀b', 3, {type: 'left'}, {type: 'backspace'}), {text: 'ab', cursor: 1}],
	])('%s', (_name, got, expected) => {
		expect(got).toEqual(expected);
	});
});
