// vCard 2.1, 3.0 and 4.0 into cards of properties: unfolds continuation lines,
// joins quoted-printable soft line breaks, decodes quoted-printable with its
// CHARSET and un-escapes text values. No library reads all three versions well.

export type VProperty = {group?: string; name: string; params: Record<string, string[]>; value: string; line: number};
export type VCard = {line: number; properties: VProperty[]};
export type VProblem = {line: number; message: string};

type LogicalLine = {text: string; line: number};

const quotedPrintable = /;(?:encoding=)?quoted-printable(?=[;:])/i;

function splitOutsideQuotes(text: string, separator: string, limit = Infinity): string[] {
	const parts: string[] = [];
	let quoted = false;
	let start = 0;
	for (let at = 0; at < text.length && parts.length < limit - 1; at++) {
		const char = text[at];
		if (char === '"') quoted = !quoted;
		else if (char === separator && !quoted) {
			parts.push(text.slice(start, at));
			start = at + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

function logicalLines(text: string): LogicalLine[] {
	const out: LogicalLine[] = [];
	const physical = text.split(/\r\n|\r|\n/);
	for (let index = 0; index < physical.length; index++) {
		const line = physical[index]!;
		const last = out[out.length - 1];
		if (last && /^[ \t]/.test(line)) {
			last.text += line.slice(1);
			continue;
		}
		const entry = {text: line, line: index + 1};
		// A quoted-printable value ending in `=` continues on the next line, which has no leading space.
		while (quotedPrintable.test(splitOutsideQuotes(entry.text, ':', 2)[0] ?? '') && entry.text.endsWith('=') && index + 1 < physical.length) {
			entry.text = entry.text.slice(0, -1) + physical[++index]!;
		}
		out.push(entry);
	}
	return out;
}

function parseProperty({text, line}: LogicalLine): VProperty | undefined {
	const [left, value] = splitOutsideQuotes(text, ':', 2);
	if (value === undefined || !left) return undefined;
	const [fullName, ...rawParams] = splitOutsideQuotes(left, ';');
	const dot = fullName!.lastIndexOf('.');
	const params: Record<string, string[]> = {};
	for (const raw of rawParams) {
		const equals = raw.indexOf('=');
		// vCard 2.1 allows bare parameters (`TEL;WORK;VOICE`): they are types.
		const key = equals === -1 ? 'type' : raw.slice(0, equals).trim().toLowerCase();
		const values = equals === -1 ? [raw] : splitOutsideQuotes(raw.slice(equals + 1), ',');
		params[key] = [...(params[key] ?? []), ...values.map(v => v.trim().replace(/^"|"$/g, ''))];
	}
	return {
		...(dot > 0 ? {group: fullName!.slice(0, dot)} : {}),
		name: fullName!.slice(dot + 1).trim().toUpperCase(),
		params,
		value,
		line,
	};
}

export function parseVcards(text: string): {cards: VCard[]; problems: VProblem[]} {
	const cards: VCard[] = [];
	const problems: VProblem[] = [];
	let current: VCard | undefined;
	for (const logical of logicalLines(text)) {
		const property = parseProperty(logical);
		if (!property) continue;
		if (property.name === 'BEGIN' && /^vcard$/i.test(property.value.trim())) {
			if (current) problems.push({line: current.line, message: 'card has no END:VCARD before the next BEGIN:VCARD; skipped'});
			current = {line: logical.line, properties: []};
		} else if (property.name === 'END' && /^vcard$/i.test(property.value.trim())) {
			if (current) cards.push(current);
			current = undefined;
		} else current?.properties.push(property);
	}
	if (current) problems.push({line: current.line, message: 'card has no END:VCARD (file cut short?); skipped'});
	return {cards, problems};
}

const latinFallback = new TextDecoder('windows-1252');

/** The value as text: quoted-printable decoded with its CHARSET. */
export function rawValue(property: VProperty): string {
	const encoding = (property.params.encoding?.[0] ?? (property.params.type ?? []).find(type => /^quoted-printable$/i.test(type)) ?? '').toLowerCase();
	if (encoding !== 'quoted-printable') return property.value;
	// Literal text between the =XX escapes is encoded whole, so a character outside the
	// Basic Multilingual Plane (an emoji, two UTF-16 units) stays one character.
	const pieces: Buffer[] = [];
	const value = property.value;
	let literal = 0;
	for (const match of value.matchAll(/=([0-9a-f]{2})/gi)) {
		pieces.push(Buffer.from(value.slice(literal, match.index), 'utf8'), Buffer.of(parseInt(match[1]!, 16)));
		literal = match.index + 3;
	}
	pieces.push(Buffer.from(value.slice(literal), 'utf8'));
	const charset = property.params.charset?.[0]?.toLowerCase();
	const buffer = new Uint8Array(Buffer.concat(pieces));
	try {
		return new TextDecoder(charset ?? 'utf-8', {fatal: true}).decode(buffer);
	} catch {
		// No charset, or a wrong one: old exporters wrote Latin-1 without saying so.
		return latinFallback.decode(buffer);
	}
}

/** `a\,b\nc` → `a,b` newline `c`. */
export function unescapeValue(value: string): string {
	return value.replace(/\\([\\,;nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** A structured value (`N`, `ORG`): components split on unescaped `;`. */
export function components(property: VProperty): string[] {
	return rawValue(property).split(/(?<!\\);/).map(part => unescapeValue(part).trim());
}

export function textValue(property: VProperty): string {
	return unescapeValue(rawValue(property)).trim();
}
