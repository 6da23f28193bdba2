// Real payloads an attacker can put into a name, a message, a file name or an archive entry.
export const payloads: Record<string, string> = {
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
	'bidi override': 'evil\u202eexe.pdf',
	'bare 8-bit C1': 'x\u0085\u0090y',
};

/** What must never reach a terminal raw: C0 and C1 controls (line breaks and tabs aside), DEL, bidi and invisible format characters. */
export const dangerous = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]/u;
