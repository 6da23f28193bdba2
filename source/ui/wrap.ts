// Text cut into lines of a terminal width: words kept whole where they fit,
// wide characters (emoji, CJK) counted as two columns. Pure, for layouts that
// must know how many lines a text takes before it is drawn.
import {pushAll} from '../core/arrays.js';
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter();

/** Splits a word wider than `width` into pieces that fit. */
function breakWord(word: string, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let used = 0;
	for (const {segment} of graphemes.segment(word)) {
		const cells = stringWidth(segment);
		if (used + cells > width && piece) {
			pieces.push(piece);
			piece = '';
			used = 0;
		}
		piece += segment;
		used += cells;
	}
	if (piece) pieces.push(piece);
	return pieces;
}

/** One paragraph (no line breaks) as lines of at most `width` columns. */
function wrapParagraph(paragraph: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const word of paragraph.split(/ +/).filter(Boolean)) {
		const cells = stringWidth(word);
		if (line && used + 1 + cells <= width) {
			line += ' ' + word;
			used += 1 + cells;
			continue;
		}
		if (line) lines.push(line);
		if (cells <= width) {
			line = word;
			used = cells;
			continue;
		}
		const pieces = breakWord(word, width);
		pushAll(lines, pieces.slice(0, -1));
		line = pieces.at(-1) ?? '';
		used = stringWidth(line);
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}

/** `text` as lines no wider than `width`; line breaks in the text are kept, blank lines too. */
export function wrapText(text: string, width: number): string[] {
	const columns = Math.max(1, width);
	return text.split('\n').flatMap(paragraph => wrapParagraph(paragraph.trimEnd(), columns));
}
