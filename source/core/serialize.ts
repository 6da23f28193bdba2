// The database file is written one record per line: a person can read it and
// diff it, and it is barely larger than compact JSON.
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

/** `line 12, column 5` for a JSON.parse error message that names a position. */
export function describeJsonError(text: string, error: Error): {where: string; detail: string} {
	const position = /position (\d+)/.exec(error.message);
	const detail = error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
	if (!position) {
		const lines = text.split('\n');
		return {where: `line ${lines.length} (end of file)`, detail};
	}
	const offset = Number(position[1]);
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return {where: `line ${line}, column ${column}`, detail};
}
