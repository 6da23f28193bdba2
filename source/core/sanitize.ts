// Untrusted text (names, messages, headlines from strangers) passes through here
// before it reaches a terminal. Stored data stays as it was imported.
//
// Escape and control characters are not deleted but shown as visible, inert
// symbols (ESC → ␛), so a user sees that a record carried something odd.
// Bidi overrides and invisible format characters are removed: they reorder or
// hide text and have no visible form.
//
// Text longer than a screen can show is cut (by display columns, with "…")
// before anything measures or lays it out: a 100k-character name froze the
// inbox while it was measured. The data keeps the whole text.

// ESC-introduced sequences: CSI, OSC / DCS / SOS / PM / APC strings (ended by BEL or ST), and two-byte escapes.
const escapeSequence =
	/\u001B(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|\u009C|$)|[ -/]*[0-~]?)/g;
// 8-bit C1 introducers (CSI 0x9B, OSC 0x9D, DCS 0x90 …) with their payload.
const c1Sequence = /\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u009D\u0098\u009E\u009F][\s\S]*?(?:\u0007|\u009C|\u001B\\|$)/g;
// Bidi embeddings, overrides, isolates and marks.
const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Invisible format characters: zero-width space/non-joiner, word joiner and
// invisible operators, BOM, soft hyphen, Mongolian vowel separator, Hangul
// fillers, variation-selector-free tag characters.
const invisible = /[\u00AD\u180E\u200B\u200C\u2060-\u2064\uFEFF\u115F\u1160\u3164\uFFA0]|\u{E0000}|[\u{E0001}-\u{E007F}]/gu;
// A zero-width joiner is kept only inside emoji sequences (👩‍💻).
const strayJoiner = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const c0 = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const c1 = /[\u0080-\u009F]/g;

function picture(char: string): string {
	const code = char.codePointAt(0)!;
	if (code === 0x7f) return '\u2421';
	return String.fromCodePoint(0x2400 + code);
}

function neutralise(text: string): string {
	return text
		.replace(escapeSequence, sequence => picture('\u001B') + neutraliseBody(sequence.slice(1)))
		.replace(c1Sequence, sequence => '\uFFFD' + neutraliseBody(sequence.slice(1)))
		.replace(bidi, '')
		.replace(invisible, '')
		.replace(strayJoiner, '');
}

function neutraliseBody(body: string): string {
	return body.replace(c0, picture).replace(c1, '\uFFFD');
}

/** More than any screen shows of one line, and of one message. */
export const maxLineColumns = 1_000;
export const maxTextColumns = 20_000;

// A close estimate of a character's columns, cheap enough to run on every character
// kept (measuring each exactly cost 0.5 ms for some): marks take none, East Asian
// wide characters and emoji two. The UI measures exactly what is left.
const zeroWidth = /[\p{M}\p{Cf}]/u;
const wide = /[\p{Extended_Pictographic}\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** At most about `columns` display columns of `text`, cut with "…"; only the part kept is looked at. */
export function limitColumns(text: string, columns: number): string {
	// Every character takes at most two columns: short text needs no look.
	if (text.length <= columns / 2) return text;
	let used = 0;
	let characters = 0;
	let end = 0;
	for (const char of text) {
		const cells = char === '\n' ? 1 : zeroWidth.test(char) ? 0 : wide.test(char) ? 2 : 1;
		// Marks take no column but as much work: a letter under 100k of them is cut as well.
		if (used + cells > columns - 1 || ++characters > columns * 4) return text.slice(0, end) + '…';
		used += cells;
		end += char.length;
	}
	return text;
}

/** Text that may span lines (a message): keeps line breaks, tabs become spaces. */
export function sanitizeText(text: string | null | undefined, columns = maxTextColumns): string {
	if (!text) return '';
	return neutralise(limitColumns(text, columns).replace(/\r\n/g, '\n'))
		.replace(/\t/g, '    ')
		.replace(c0, picture)
		.replace(c1, '\uFFFD');
}

/** Text for one line (a name, a list cell): line breaks become spaces. */
export function sanitizeLine(text: string | null | undefined, columns = maxLineColumns): string {
	if (!text) return '';
	return sanitizeText(text, columns).replace(/\n+/g, ' ');
}

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (0x9B is a CSI
// on many terminals), bidi overrides and line separators as they are.
const unsafeInJson = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON for a terminal or a pipe: the same data, with every character a terminal could act on written as \uXXXX. */
export function terminalJson(value: unknown, indent = 2): string {
	return JSON.stringify(value, null, indent).replace(unsafeInJson, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
