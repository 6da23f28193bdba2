import {describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeText, terminalJson} from '../../source/core/sanitize.js';
import {dangerous, payloads} from '../helpers/payloads.js';


describe('sanitize', () => {
	for (const [name, payload] of Object.entries(payloads)) {
		it(`leaves no control character from ${name}`, () => {
			expect(sanitizeLine(payload)).not.toMatch(dangerous);
			expect(sanitizeText(payload)).not.toMatch(dangerous);
		});
	}

	it('writes JSON that parses back to the same text and holds no raw character a terminal acts on', () => {
		for (const payload of Object.values(payloads)) {
			const json = terminalJson({name: payload});
			expect(json).not.toMatch(dangerous);
			expect(JSON.parse(json)).toEqual({name: payload});
		}
		expect(terminalJson('a\u009bb\u202ec\u2028')).toBe('"a\\u009bb\\u202ec\\u2028"');
	});

	it('shows an escape as a visible symbol instead of hiding it', () => {
		expect(sanitizeLine('Anna\u001b]0;pwned\u0007 Müller')).toBe('Anna␛]0;pwned␇ Müller');
		expect(sanitizeLine('\u001b[2Jx')).toBe('␛[2Jx');
	});

	it('removes bidi overrides and invisible characters', () => {
		expect(sanitizeLine('\u202eevil\u202c name')).toBe('evil name');
		expect(sanitizeLine('Ma\u200brta\u2066\u2069')).toBe('Marta');
		expect(sanitizeLine('\ufeffAnna\u00ad')).toBe('Anna');
	});

	it('keeps legitimate text intact: accents, other scripts, emoji sequences', () => {
		const names = ['Jürgen Weiß', 'Ayşe Kılıç', 'Łukasz Nowiński', 'Hélène Dubois', 'Çağlar Öztürk', '王小明', 'Ольга', 'שלום', 'Dev 👩‍💻 🚀'];
		for (const name of names) expect(sanitizeLine(name)).toBe(name);
	});

	it('keeps line breaks in messages and folds them in single lines', () => {
		expect(sanitizeText('Hallo Steve,\r\n\r\nbis bald\tTom')).toBe('Hallo Steve,\n\nbis bald    Tom');
		expect(sanitizeLine('Hallo\nSteve')).toBe('Hallo Steve');
	});

	it('treats missing text as empty', () => {
		expect(sanitizeLine(null)).toBe('');
		expect(sanitizeText(undefined)).toBe('');
	});
});
