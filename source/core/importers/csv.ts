// The only module that knows about csv-parse. Rows carry the line they start on
// in the file (csv-parse counts a CRLF inside a quoted field twice, so lines are
// counted here from byte offsets), and a broken record is reported, not fatal.
import {parse, type CsvError} from 'csv-parse/sync';

export type CsvRow = {line: number; cells: string[]};
export type CsvProblem = {line: number; message: string};
export type CsvTable = {rows: CsvRow[]; problems: CsvProblem[]};

type Context = {bytes: number};

/** 1-based line of each byte offset, by binary search over the newline positions. */
function lineLocator(buffer: Buffer): (offset: number) => number {
	const newlines: number[] = [];
	for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) newlines.push(at);
	return offset => {
		let low = 0;
		let high = newlines.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (newlines[middle]! < offset) low = middle + 1;
			else high = middle;
		}
		return low + 1;
	};
}

function explain(error: CsvError, line: number, lastLine: number): string {
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return `a quoted field opened here is never closed; lines ${line}–${lastLine} were skipped`;
		case 'CSV_INVALID_CLOSING_QUOTE':
		case 'INVALID_OPENING_QUOTE':
			return 'a quote in the wrong place; the record was skipped';
		default:
			return `${error.message.replace(/\s+at line \d+.*$/, '')}; the record was skipped`;
	}
}

/** Every record with the line it starts on; empty lines are left out. */
export function readCsv(text: string, onProgress?: (fraction: number) => void): CsvTable {
	const buffer = Buffer.from(text, 'utf8');
	const lineAt = lineLocator(buffer);
	const lastLine = lineAt(buffer.length);
	const rows: CsvRow[] = [];
	const problems: CsvProblem[] = [];
	let lastEnd = 0;
	parse(buffer, {
		bom: true,
		relax_column_count: true,
		relax_quotes: true,
		skip_records_with_error: true,
		on_skip: error => {
			if (!error) return;
			const line = lineAt(lastEnd + leadingBlank(buffer, lastEnd));
			problems.push({line, message: explain(error as CsvError, line, lastLine)});
		},
		on_record: (record: string[], context: Context) => {
			const start = lastEnd;
			lastEnd = context.bytes;
			if (record.length === 1 && record[0] === '') return null;
			rows.push({line: lineAt(start + leadingBlank(buffer, start)), cells: record});
			if (onProgress && rows.length % 5000 === 0) onProgress(context.bytes / buffer.length);
			return null;
		},
	});
	return {rows, problems};
}

function leadingBlank(buffer: Buffer, from: number): number {
	let at = from;
	while (buffer[at] === 13 || buffer[at] === 10) at++;
	return at - from;
}

/** `Connected On`, ` connected  on ` → `connected on`. */
export function columnKey(name: string): string {
	return name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type Header = {index: number; line: number; columns: Map<string, number>};

/** The first row that names every required column: exports put notes above the header. */
export function findHeader(rows: CsvRow[], required: string[], within = 20): Header | undefined {
	for (let index = 0; index < Math.min(rows.length, within); index++) {
		const keys = rows[index]!.cells.map(columnKey);
		if (required.every(name => keys.includes(name))) {
			const columns = new Map<string, number>();
			keys.forEach((key, at) => {
				if (!columns.has(key)) columns.set(key, at);
			});
			return {index, line: rows[index]!.line, columns};
		}
	}
	return undefined;
}

/** The cell under the first of `names` the header has, or '' (missing column or short row). */
export function cell(row: CsvRow, header: Header, ...names: string[]): string {
	for (const name of names) {
		const at = header.columns.get(name);
		if (at !== undefined) return row.cells[at] ?? '';
	}
	return '';
}

export function hasColumn(header: Header, ...names: string[]): boolean {
	return names.some(name => header.columns.has(name));
}
