// The only module that knows about csv-parse. Rows carry the line they start on
// in the file (csv-parse counts a CRLF inside a quoted field twice, so lines are
// counted here from byte offsets), and a broken record is reported, not fatal.
import {parse, type CsvError} from 'csv-parse/sync';
import {NetinboxError, messages} from '../errors.js';

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

export type CsvOptions = {
	/**
	 * Start reading at this line (a header below a preamble). csv-parse compares every record's
	 * length with the first one's and builds an error object for each that differs, which a
	 * one-cell `Notes:` line makes cost seconds on a large file.
	 */
	fromLine?: number;
	/** The file, for the message when a record is too large to be one. */
	file?: string;
};

/**
 * No export writes a record this long (a LinkedIn message is a few thousand
 * characters); past it, a quote was never closed or the file is not an export,
 * and reading on would hold the whole rest of the file in one field.
 */
export const maxRecordChars = 16 * 1024 * 1024;

const options = {bom: true, relax_column_count: true, relax_quotes: true, skip_records_with_error: true, skip_empty_lines: false, max_record_size: maxRecordChars} as const;

/** csv-parse stops at a record past the cap: the whole file is refused, with where and why. */
function tooLarge(file: string | undefined, line: number | undefined): NetinboxError {
	return new NetinboxError(messages.csvRecordTooLarge(file ?? 'CSV file', line, maxRecordChars));
}

/** Every record with the line it starts on; empty lines are left out. */
export function readCsv(text: string, {fromLine = 1, file}: CsvOptions = {}): CsvTable {
	const buffer = Buffer.from(text, 'utf8');
	let damaged = false;
	let oversized: CsvError | undefined;
	const records: string[][] = parse(buffer, {...options, from_line: fromLine, on_skip: error => {
		damaged = true;
		if ((error as CsvError | undefined)?.code === 'CSV_MAX_RECORD_SIZE') oversized = error as CsvError;
	}});
	if (oversized) throw tooLarge(file, (oversized as CsvError & {lines?: number}).lines);
	// An intact file: each record spans one line plus the line breaks inside its cells.
	// (Asking csv-parse for byte offsets of every record doubles its time.)
	if (!damaged) {
		const rows: CsvRow[] = [];
		let line = fromLine;
		for (const cells of records) {
			if (cells.length !== 1 || cells[0] !== '') rows.push({line, cells});
			line += 1;
			for (const value of cells) for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) line++;
		}
		return {rows, problems: []};
	}
	return readDamagedCsv(buffer, fromLine);
}

/** Slower: follows byte offsets, so the records after a broken one keep their true lines. */
function readDamagedCsv(buffer: Buffer, fromLine: number): CsvTable {
	const lineAt = lineLocator(buffer);
	const lastLine = lineAt(buffer.length);
	const rows: CsvRow[] = [];
	const problems: CsvProblem[] = [];
	let lastEnd = offsetOfLine(buffer, fromLine);
	parse(buffer, {
		...options,
		from_line: fromLine,
		on_skip: error => {
			if (!error) return;
			const line = lineAt(lastEnd + leadingBlank(buffer, lastEnd));
			problems.push({line, message: explain(error as CsvError, line, lastLine)});
		},
		on_record: (record: string[], context: Context) => {
			const start = lastEnd;
			lastEnd = context.bytes;
			if (record.length !== 1 || record[0] !== '') rows.push({line: lineAt(start + leadingBlank(buffer, start)), cells: record});
			return null;
		},
	});
	return {rows, problems};
}

function offsetOfLine(buffer: Buffer, line: number): number {
	let offset = 0;
	for (let current = 1; current < line && offset !== -1; current++) offset = buffer.indexOf(10, offset) + 1 || -1;
	return Math.max(0, offset);
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
