// The database file is written one record per line: a person can read it and
// diff it, and it is barely larger than compact JSON.
import {syntaxErrorOffset} from './json-syntax.js';
import type {Database} from '../model.js';

export function serializeDatabase(data: Database): string {
	return [...serializeInChunks(data)].join('');
}

/**
 * The same text in pieces of about `rows` records: a writer that awaits each
 * piece lets the event loop run between them, so saving a large database never
 * holds up the keys for long.
 */
export function* serializeInChunks(data: Database, rows = 500): Generator<string> {
	let chunk = '{\n';
	let separator = '';
	for (const [key, value] of Object.entries(data)) {
		chunk += `${separator}${JSON.stringify(key)}: `;
		separator = ',\n';
		if (!Array.isArray(value)) {
			chunk += JSON.stringify(value);
			continue;
		}
		chunk += '[';
		for (let index = 0; index < value.length; index++) {
			chunk += `${index === 0 ? '\n' : ',\n'}  ${JSON.stringify(value[index])}`;
			if ((index + 1) % rows === 0) {
				yield chunk;
				chunk = '';
			}
		}
		chunk += value.length > 0 ? '\n]' : ']';
	}
	yield `${chunk}\n}\n`;
}

/** `line 12, column 5` for a JSON.parse error, found by a scan of the text when the message names no position. */
export function describeJsonError(text: string, error: Error): {where: string; detail: string} {
	const position = /position (\d+)/.exec(error.message);
	const detail = error.message
		.replace(/ at position \d+.*$/s, '')
		.replace(/ in JSON$/, '')
		.replace(/, ".*" is not valid JSON$/s, '')
		// The message quotes the offending character; a control or invisible one is shown as an escape, never raw.
		.replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
	if (offset === undefined || offset >= text.length) {
		const lines = text.split('\n');
		return {where: `line ${lines.length} (end of file)`, detail};
	}
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return {where: `line ${line}, column ${column}`, detail};
}
