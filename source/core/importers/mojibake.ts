// Facebook writes every UTF-8 byte of a string as its own \u00XX escape, so
// "Müller" parses as "MÃ¼ller". The bytes are put back together and decoded,
// but only when they form valid UTF-8: a string that was right stays as it is.
const strict = new TextDecoder('utf-8', {fatal: true});

export function repairText(value: string): string {
	if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
	try {
		return strict.decode(Buffer.from(value, 'latin1'));
	} catch {
		return value;
	}
}

/** A JSON.parse reviver. */
export function repairMojibake(_key: string, value: unknown): unknown {
	return typeof value === 'string' ? repairText(value) : value;
}
