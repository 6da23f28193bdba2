// Strings one edit apart — a letter added, dropped, changed, or two swapped —
// found without comparing every pair: each string is filed under itself and
// under every form with one letter deleted (symmetric deletion); two strings
// one edit apart share one of those forms.

export class NearIndex<T> {
	private readonly byForm = new Map<string, T[]>();

	add(text: string, value: T): void {
		for (const form of forms(text)) {
			const list = this.byForm.get(form);
			if (!list) this.byForm.set(form, [value]);
			else if (!list.includes(value)) list.push(value);
		}
	}

	/** Values filed under a string at most one edit from `text` (its own exact matches included). */
	near(text: string): T[] {
		const out = new Set<T>();
		for (const form of forms(text)) for (const value of this.byForm.get(form) ?? []) out.add(value);
		return [...out];
	}
}

function forms(text: string): Set<string> {
	const out = new Set([text]);
	for (let i = 0; i < text.length; i++) out.add(text.slice(0, i) + text.slice(i + 1));
	return out;
}

/** Whether two strings are at most one edit apart, counting a swap of two neighbours as one (Damerau). */
export function oneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	return long.slice(i + 1) === short.slice(i);
}
