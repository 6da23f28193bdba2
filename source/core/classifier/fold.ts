// Text forms the rules compare: case, accents, quotes, Swiss ss and typographic
// variants folded away, so a pattern written once matches every spelling.

const marks = /\p{M}+/gu;

const plain = /^[\x20-\x7e]*$/;

/** Lower case, no accents, ß → ss, one kind of quote and dash, single spaces. */
export function fold(text: string): string {
	// Most words and many texts are plain ASCII: no need to decompose them.
	if (plain.test(text)) return text.toLowerCase().replace(/[`´]/g, '"').replace(/ {2,}/g, ' ').trim();
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

// A full stop after a day of the month ("12. März") or an abbreviation ends no sentence.
const sentenceEnd = /(?<=[.!?…])(?<!\b\d{1,2}\.)(?<!\b(?:z\.\s?B|Dr|Nr|ca|bzw|usw|evtl|ggf|inkl|Mr|Mrs|Ms|Prof|St|vs|etc|Hr|Fr)\.)\s+|\s[-–—]\s|;|\n+|(?<=[!?])(?=\S)/u;

/** Splits a message into clauses at sentence ends, dashes, semicolons and line breaks. */
export function clauses(text: string): string[] {
	return text
		.split(sentenceEnd)
		.map(part => part.trim())
		.filter(part => part.length > 0);
}

/** A name reduced to what a person reads as the same name: `Jürgen  Weiss` = `jurgen weiss`. */
export function nameKey(name: string): string {
	return fold(name).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Character trigrams as numbers (cheaper to hash than strings); for `dice`. */
export function trigrams(text: string): Set<number> {
	const padded = ` ${text} `;
	const out = new Set<number>();
	for (let i = 0; i + 3 <= padded.length; i++) {
		out.add((padded.charCodeAt(i) * 65_536 + padded.charCodeAt(i + 1)) * 65_536 + padded.charCodeAt(i + 2));
	}
	return out;
}

/** Dice coefficient of two trigram sets: tolerant of typos and small rewordings. */
export function dice(a: Set<number>, b: Set<number>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let common = 0;
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	for (const gram of small) if (large.has(gram)) common++;
	return (2 * common) / (a.size + b.size);
}

export function day(iso: string): string {
	return iso.slice(0, 10);
}
