// Export files are UTF-8, but users re-save them: Excel adds a BOM or writes
// UTF-16 or Windows-1252, and a download cut short ends mid-character.
import type {Problem} from './types.js';

export type Decoded = {text: string; warning?: Problem};

const utf8 = new TextDecoder('utf-8');

export function decodeText(buffer: Uint8Array, file: string): Decoded {
	if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return decodeUtf8(buffer.subarray(3), file);
	if (buffer[0] === 0xff && buffer[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(buffer.subarray(2))};
	if (buffer[0] === 0xfe && buffer[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(buffer.subarray(2))};
	return decodeUtf8(buffer, file);
}

function decodeUtf8(buffer: Uint8Array, file: string): Decoded {
	try {
		// `stream` keeps an incomplete character at the very end out instead of failing on it.
		const text = new TextDecoder('utf-8', {fatal: true}).decode(buffer, {stream: true});
		return text.length > 0 && utf8.decode(buffer).length !== text.length
			? {text, warning: {file, message: 'the file ends in the middle of a character (cut short?); that character was dropped'}}
			: {text};
	} catch {
		const lenient = utf8.decode(buffer);
		// Real UTF-8 text with a few damaged bytes keeps its other characters; a file with
		// no valid UTF-8 beyond ASCII was saved in the Windows code page.
		if (/[^\u0000-\u007f\ufffd]/.test(lenient)) {
			return {text: lenient, warning: {file, message: 'some bytes are not valid UTF-8; they were replaced by �'}};
		}
		return {text: new TextDecoder('windows-1252').decode(buffer), warning: {file, message: 'not UTF-8; read as Windows-1252 (as Excel saves it)'}};
	}
}

/** Text without a leading BOM. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
