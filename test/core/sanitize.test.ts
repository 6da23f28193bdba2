import {describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeText} from '../../source/core/sanitize.js';

// Real payloads an attacker can put into a name or a message.
const payloads: Record<string, string> = {
	'OSC 0 window title (BEL)': 'Anna\u001b]0;pwned\u0007 Müller',
	'OSC 2 window title (ST)': 'Anna\u001b]2;pwned\u001b\\ Müller',
	'OSC 52 clipboard write': 'hi\u001b]52;c;cm0gLXJmIH4=\u0007there',
	'OSC 8 hyperlink': '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
	'CSI clear screen and home': '\u001b[2J\u001b[Hfake prompt',
	'CSI cursor up': 'line\u001b[3Aover',
	'SGR colour': '\u001b[31mred\u001b[0m',
	'8-bit CSI': 'a\u009b2Jb',
	'8-bit OSC': 'a\u009d0;title\u0007b',
	'DCS string': 'a\u001bPq#0;2;0;0;0\u001b\\b',
	'bare CR overwrite': 'Trusted Friend\rEvil',
	'backspace overwrite': 'Steve\b\b\b\b\bEvil',
	'BEL': 'ding\u0007',
	'DEL': 'a\u007fb',
};

const dangerous = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]/u;

describe('sanitize', () => {
	for (const [name, payload] of Object.entries(payloads)) {
		it(`leaves no control character from ${name}`, () => {
			expect(sanitizeLine(payload)).not.toMatch(dangerous);
			expect(sanitizeText(payload)).not.toMatch(dangerous);
		});
	}

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
