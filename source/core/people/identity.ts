// How two records are recognised as the same person or the same event.

/** `@AnnaM`, `annam`, ` @annam ` → `annam`; Mastodon `@user@host` → `user@host`. */
export function normalizeHandle(handle: string): string {
	return handle.trim().replace(/^@/, '').toLowerCase();
}

/**
 * Profile URLs compare without scheme, `www.`, trailing slash, query, case and percent-encoding.
 * Where the query is the identity (`profile.php?id=…`, `intent/user?user_id=…`) it is kept.
 */
export function normalizeProfileUrl(url: string): string {
	let text = url.trim();
	try {
		text = decodeURI(text);
	} catch {
		// Keep a URL with broken escapes as it is.
	}
	const userId = /^(?:[a-z]+:\/\/)?(?:www\.|mobile\.)?(?:twitter|x)\.com\/intent\/user\?(?:.*&)?user_id=(\d+)/i.exec(text);
	if (userId) return `twitter.com/i/user/${userId[1]}`;
	const facebookId = /^(?:[a-z]+:\/\/)?(?:www\.|m\.)?facebook\.com\/profile\.php\?(?:.*&)?id=(\d+)/i.exec(text);
	if (facebookId) return `facebook.com/profile.php?id=${facebookId[1]}`;
	return text
		.toLowerCase()
		.replace(/^[a-z]+:\/\//, '')
		.replace(/^(www\.|m\.|mobile\.)/, '')
		.replace(/[?#].*$/, '')
		.replace(/\/+$/, '')
		.replace(/^x\.com\//, 'twitter.com/');
}

/** Time of an ISO date, so `2025-03-04T10:00:00Z` and `…00.000Z` are the same moment. */
export function instant(iso: string): number {
	return Date.parse(iso);
}
