import {describe, expect, it} from 'vitest';
import {cell, findHeader, readCsv} from '../../../source/core/importers/csv.js';
import {decodeText} from '../../../source/core/importers/decode.js';

describe('readCsv', () => {
	it('gives each record the line it starts on, counting quoted line breaks in LF and CRLF files', () => {
		for (const newline of ['\n', '\r\n']) {
			const text = ['a,b', '1,"x', 'y', 'z"', '', '2,"say ""hi"", ok"', '3,4'].join(newline);
			const {rows, problems} = readCsv(text);
			expect(problems).toEqual([]);
			expect(rows.map(row => [row.line, row.cells])).toEqual([
				[1, ['a', 'b']],
				[2, ['1', `x${newline}y${newline}z`]],
				[6, ['2', 'say "hi", ok']],
				[7, ['3', '4']],
			]);
		}
	});

	it('reports a quoted field that never closes with its line, and keeps the rows before it', () => {
		const {rows, problems} = readCsv('a,b\n1,2\n3,"never closed\n4,5\n');
		expect(rows.map(row => row.cells)).toEqual([['a', 'b'], ['1', '2']]);
		expect(problems).toEqual([{line: 3, message: expect.stringContaining('never closed')}]);
	});

	it('reads an empty file as no rows', () => {
		expect(readCsv('')).toEqual({rows: [], problems: []});
	});

	it('finds a header below a notes preamble and reads cells by name', () => {
		const {rows} = readCsv('Notes:\n"Some, text"\n\nFirst Name,Last Name,Connected On\nAnna,Berg,01 Jan 2026\nShort');
		const header = findHeader(rows, ['first name', 'connected on'])!;
		expect(header.line).toBe(4);
		expect(cell(rows[header.index + 1]!, header, 'last name')).toBe('Berg');
		// A short row has empty cells, not an error.
		expect(cell(rows[header.index + 2]!, header, 'connected on')).toBe('');
	});
});

describe('decodeText', () => {
	it('strips a UTF-8 BOM and reads UTF-16 with BOM', () => {
		expect(decodeText(Buffer.from('\uFEFFa,b', 'utf8'), 'f').text).toBe('a,b');
		expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jürgen', 'utf16le')]), 'f').text).toBe('Jürgen');
	});

	it('reads Windows-1252 when the file is not UTF-8, and says so', () => {
		const decoded = decodeText(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), 'f.csv');
		expect(decoded.text).toBe('Müller');
		expect(decoded.warning?.message).toMatch(/Windows-1252/);
	});

	it('drops a character cut off at the end and keeps the rest', () => {
		const bytes = Buffer.from('Grüße', 'utf8');
		const decoded = decodeText(bytes.subarray(0, bytes.length - 2), 'f');
		expect(decoded.text).toBe('Grü');
		expect(decoded.warning?.message).toMatch(/middle of a character/);
	});
});
