import {describe, expect, test} from 'vitest';
import {exactForms, foldLoose, foldStripped, foldTransliterated, looseWords, mixedScripts, spoofSigns, words} from '../../../source/core/people/names.js';

describe('foldLoose: every spelling of a name meets in one form', () => {
	test.each([
		[['Müller', 'Mueller', 'Muller', 'MÜLLER', 'Mu\u0308ller'], 'muller'],
		[['Weiß', 'Weiss', 'WEISS', 'Weiẞ'], 'weiss'],
		[['Jürgen', 'Juergen', 'Jurgen'], 'jurgen'],
		[['Çelik', 'Celik', 'C\u0327elik'], 'celik'],
		[['Łukasz', 'Lukasz'], 'lukasz'],
		[['Björn', 'Bjoern', 'Bjorn'], 'bjorn'],
		[['Søren', 'Soren', 'Soeren'], 'soren'],
		[['Schäfer', 'Schaefer', 'Schafer'], 'schafer'],
		[['Yılmaz', 'Yilmaz'], 'yilmaz'],
		[['İpek', 'Ipek'], 'ipek'],
		[['Dąbrowska', 'Dabrowska'], 'dabrowska'],
		[['Ａｎｎａ', 'Anna'], 'anna'],
	])('%j → %s', (spellings, folded) => {
		for (const spelling of spellings) expect(foldLoose(spelling), spelling).toBe(folded);
	});

	test('NFC and NFD input fold alike', () => {
		for (const name of ['Jürgen Weiß', 'Çağlar Öztürk', 'Małgorzata Dąbrowska', 'François Lefèvre']) {
			expect(foldLoose(name.normalize('NFD'))).toBe(foldLoose(name.normalize('NFC')));
		}
	});

	test('look-alike Cyrillic and Greek letters read as the Latin letters they imitate', () => {
		expect(foldLoose('M\u0430rta Nowak')).toBe('marta nowak');
		expect(foldLoose('Steffen K\u0435ller')).toBe('steffen keller');
		expect(foldLoose('\u0412ernd')).toBe('bernd');
		expect(foldLoose('Thomas M\u03cbller')).toBe('thomas muller');
	});

	test('a name written wholly in Cyrillic stays Cyrillic', () => {
		expect(foldLoose('Сергей')).toBe('сергеи');
		expect(foldLoose('Анна')).not.toBe('ahha');
	});

	test('invisible characters inside a name are dropped', () => {
		expect(looseWords('Ann\u200Ba Br\u00ADandt')).toEqual(['anna', 'brandt']);
		expect(words('Ann\u200Ba')).toEqual(['Anna']);
	});
});

describe('the exact forms keep what the loose form merges', () => {
	test('stripped and transliterated', () => {
		expect(foldStripped('Müller')).toBe('muller');
		expect(foldTransliterated('Müller')).toBe('mueller');
		expect(foldTransliterated('Weiß')).toBe('weiss');
		expect(exactForms('Müller')).toEqual(['muller', 'mueller']);
		expect(exactForms('Mueller')).toEqual(['mueller']);
		expect(exactForms('Michał')).toEqual(['michal']);
		expect(foldLoose('Michael')).toBe(foldLoose('Michał'));
		expect(exactForms('Michael')).not.toContain('michal');
	});
});

describe('looseWords', () => {
	test('splits on anything that is not a letter or digit, and folds each word', () => {
		expect(looseWords("Patrick O'Neill")).toEqual(['patrick', 'o', 'neill']);
		expect(looseWords('anna-mueller-12ab')).toEqual(['anna', 'muller', '12ab']);
		expect(looseWords('@marta@chaos.social')).toEqual(['marta', 'chaos', 'social']);
		expect(looseWords('  ')).toEqual([]);
	});
});

describe('spotting a dressed-up name', () => {
	test('mixed scripts', () => {
		expect(mixedScripts('M\u0430rta Nowak')).toEqual(['latin', 'cyrillic']);
		expect(mixedScripts('Marta Nowak')).toEqual([]);
		expect(mixedScripts('Сергей Иванов')).toEqual([]);
		expect(mixedScripts('Crypto Queen Lisa 🚀')).toEqual([]);
	});

	test('spoofSigns names the reasons', () => {
		expect(spoofSigns('M\u0430rta Nowak')).toEqual(['name mixes Latin and Cyrillic letters']);
		expect(spoofSigns('Ann\u200Ba Brandt')).toEqual(['name hides invisible characters']);
		expect(spoofSigns('Łukasz Wójcik')).toEqual([]);
	});
});
