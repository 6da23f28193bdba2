// Where JSON text first goes wrong. JSON.parse names the position for most
// mistakes but not all ("Unexpected token 'x', ... is not valid JSON" has none),
// and a person fixing a hand-edited file needs the line and column every time.
// Only runs after JSON.parse has failed, so it favours plainness over speed.

class SyntaxAt {
	constructor(readonly offset: number) {}
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function skip(text: string, at: number): number {
	while (at < text.length && whitespace.has(text[at]!)) at++;
	return at;
}

/** The offset just past the string that starts at `at`. */
function string(text: string, at: number): number {
	if (text[at] !== '"') throw new SyntaxAt(at);
	for (let i = at + 1; i < text.length; i++) {
		const char = text[i]!;
		if (char === '"') return i + 1;
		if (char < ' ') throw new SyntaxAt(i);
		if (char !== '\\') continue;
		const escape = text[i + 1];
		if (escape === 'u') {
			if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new SyntaxAt(i + 2);
			i += 5;
		} else if (escape !== undefined && escapes.has(escape)) i++;
		else throw new SyntaxAt(i + 1);
	}
	throw new SyntaxAt(text.length);
}

/** The offset just past the number, `true`, `false` or `null` at `at`. */
function scalar(text: string, at: number): number {
	for (const word of ['true', 'false', 'null']) if (text.startsWith(word, at)) return at + word.length;
	number.lastIndex = at;
	const match = number.exec(text);
	if (!match) throw new SyntaxAt(at);
	return at + match[0].length;
}

/** After `{` or `,` in an object: a key and its colon; returns where the value starts. */
function key(text: string, at: number): number {
	const end = skip(text, string(text, at));
	if (text[end] !== ':') throw new SyntaxAt(end);
	return skip(text, end + 1);
}

/** The offset of the first syntax error in `text`, or undefined when it is valid JSON. */
export function syntaxErrorOffset(text: string): number | undefined {
	const open: string[] = [];
	let at = skip(text, 0);
	try {
		for (;;) {
			// A value starts at `at`.
			const char = text[at];
			if (char === '{' || char === '[') {
				const close = char === '{' ? '}' : ']';
				at = skip(text, at + 1);
				if (text[at] === close) at = skip(text, at + 1);
				else {
					open.push(close);
					if (close === '}') at = key(text, at);
					continue;
				}
			} else {
				at = skip(text, char === '"' ? string(text, at) : scalar(text, at));
			}
			// A value ended: a comma, the end of its container, or the end of the text must follow.
			for (;;) {
				const close = open.at(-1);
				if (close === undefined) return at === text.length ? undefined : at;
				if (text[at] === ',') {
					at = skip(text, at + 1);
					if (close === '}') at = key(text, at);
					break;
				}
				if (text[at] !== close) return at;
				open.pop();
				at = skip(text, at + 1);
			}
		}
	} catch (error) {
		if (error instanceof SyntaxAt) return error.offset;
		throw error;
	}
}
