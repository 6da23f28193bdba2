// Text forms the rules compare: case, accents, quotes, Swiss ss and typographic
// variants folded away, so a pattern written once matches every spelling.

const marks = /\p{M}+/gu;

/** Lower case, no accents, ß → ss, one kind of quote and dash, single spaces. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(marks, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[„“”«»‹›‚‘’`´]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words of a folded text: letters and digits, inner dots, colons and hyphens kept (re:publica, kontaktpflege.blog). */
export function words(folded: string): string[] {
	return folded.match(/[\p{L}\p{N}]+(?:[.:'-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Splits a message into clauses at sentence ends, dashes, semicolons and line breaks. */
export function clauses(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+|\s[-–—]\s|;|\n+|(?<=[!?])(?=\S)/u)
		.map(part => part.trim())
		.filter(part => part.length > 0);
}

/** A name reduced to what a person reads as the same name: `Jürgen  Weiss` = `jurgen weiss`. */
export function nameKey(name: string): string {
	return fold(name).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Dice coefficient of character trigrams: tolerant of typos and small rewordings. */
export function trigrams(text: string): Set<string> {
	const padded = ` ${text} `;
	const out = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
	return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let common = 0;
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	for (const gram of small) if (large.has(gram)) common++;
	return (2 * common) / (a.size + b.size);
}

export function day(iso: string): string {
	return iso.slice(0, 10);
}
