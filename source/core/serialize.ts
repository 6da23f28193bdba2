// The database file is written one record per line: a person can read it and
// diff it, and it is barely larger than compact JSON.
import {syntaxErrorOffset} from './json-syntax.js';
import type {Database} from './model.js';

export function serializeDatabase(data: Database): string {
	const parts: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (Array.isArray(value)) {
			const rows = value.map(item => '  ' + JSON.stringify(item));
			parts.push(`${JSON.stringify(key)}: [${rows.length > 0 ? '\n' + rows.join(',\n') + '\n' : ''}]`);
		} else {
			parts.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
		}
	}
	return '{\n' + parts.join(',\n') + '\n}\n';
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
