// Small readers for untrusted JSON: each says where a value is missing or wrong
// (`[3].follower.accountId`) instead of throwing a TypeError deep inside an importer.

export type Json = unknown;

export function isObject(value: Json): value is Record<string, Json> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: Json, key: string): Json {
	return isObject(value) ? value[key] : undefined;
}

export function text(value: Json): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function list(value: Json): Json[] {
	return Array.isArray(value) ? value : [];
}

/** `[3].follower.accountId` → appended segment. */
export function at(path: string, key: string | number): string {
	return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` `&#8211;` → characters: X escapes DM texts as HTML. */
export function unescapeHtml(value: string): string {
	return value.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
		const lower = name.toLowerCase();
		if (lower.startsWith('#x')) return safeChar(parseInt(lower.slice(2), 16), entity);
		if (lower.startsWith('#')) return safeChar(Number(lower.slice(1)), entity);
		return {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}[lower] ?? entity;
	});
}

function safeChar(code: number, fallback: string): string {
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** HTML (a Mastodon bio) as one line of plain text. */
export function htmlToText(html: string): string {
	return unescapeHtml(html.replace(/<br\s*\/?>/gi, ' ').replace(/<\/p>\s*<p[^>]*>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}
