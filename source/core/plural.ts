// Counts with their nouns, for every text a person reads: `1 mutual contact`,
// `3 mutual contacts`, `1 person`, `2 people`.

const irregular: Record<string, string> = {person: 'people', reply: 'replies', entry: 'entries', this: 'these', is: 'are', was: 'were', it: 'them'};

/** The noun for a count: the plural given, a known irregular one, or the noun with `s`. */
export function plural(count: number, singular: string, pluralForm?: string): string {
	if (count === 1) return singular;
	if (pluralForm) return pluralForm;
	const words = singular.split(' ');
	const last = words.at(-1)!;
	words[words.length - 1] = irregular[last] ?? (/(s|x|ch|sh)$/.test(last) ? `${last}es` : `${last}s`);
	return words.join(' ');
}

/** `1 request`, `12 requests`, `0 people`. */
export function counted(count: number, singular: string, pluralForm?: string): string {
	return `${count} ${plural(count, singular, pluralForm)}`;
}
