// Profile URLs and account addresses, read into the handle a network knows a person by:
// the keys merge.ts recognises the same person with across sources.
import {createHash} from 'node:crypto';

export type Profile = {network: string; handle: string};

// Sites with `/@name` paths that are not Mastodon servers.
const notFediverse = /(^|\.)(medium\.com|tiktok\.com|youtube\.com|threads\.net|threads\.com|substack\.com|flickr\.com)$/;
const twitterReserved = new Set(['i', 'intent', 'home', 'share', 'search', 'hashtag', 'settings', 'messages', 'explore', 'notifications']);

function parseUrl(text: string): URL | undefined {
	const trimmed = text.trim();
	try {
		return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
	} catch {
		return undefined;
	}
}

function decoded(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

// A large export names the same few thousand profiles in every one of its messages.
const known = new Map<string, Profile | undefined>();

/** The network and handle a profile URL points to, or undefined for any other URL. */
export function profileOf(url: string): Profile | undefined {
	if (known.has(url)) return known.get(url);
	if (known.size > 100_000) known.clear();
	const profile = readProfile(url);
	known.set(url, profile);
	return profile;
}

function readProfile(url: string): Profile | undefined {
	const parsed = parseUrl(url);
	if (!parsed || !/^https?:$/.test(parsed.protocol)) return undefined;
	const hostname = parsed.hostname.toLowerCase();
	const on = (domain: string) => hostname === domain || hostname.endsWith(`.${domain}`);
	const parts = parsed.pathname.split('/').filter(Boolean).map(decoded);
	const [first, second, third] = parts;
	if (on('linkedin.com') && first === 'in' && second) return {network: 'linkedin', handle: second};
	if (on('xing.com') && first === 'profile' && second) return {network: 'xing', handle: second};
	if (on('twitter.com') || on('x.com')) {
		const id = parsed.searchParams.get('user_id') ?? (first === 'i' && second === 'user' ? third : undefined);
		if (id && /^\d+$/.test(id)) return {network: 'twitterId', handle: id};
		if (first && !twitterReserved.has(first.toLowerCase()) && /^\w{1,15}$/.test(first)) return {network: 'twitter', handle: `@${first}`};
		return undefined;
	}
	if (on('facebook.com')) {
		const id = parsed.searchParams.get('id');
		if (first === 'profile.php' && id) return {network: 'facebook', handle: id};
		if (first && /^[\w.]+$/.test(first) && first !== 'profile.php') return {network: 'facebook', handle: first};
		return undefined;
	}
	if (on('instagram.com') && first && /^[\w.]+$/.test(first)) return {network: 'instagram', handle: `@${first}`};
	if (first?.startsWith('@') && first.length > 1 && !notFediverse.test(hostname)) {
		const [user, domain] = first.slice(1).split('@');
		return {network: 'mastodon', handle: `${user}@${domain ?? hostname}`};
	}
	return undefined;
}

/** `@user@host`, `user@host` → `user@host`; undefined for anything else. */
export function mastodonAddress(text: string): string | undefined {
	const match = /^@?([\w.-]+)@([\w-]+(?:\.[\w-]+)+)$/.exec(text.trim());
	return match ? `${match[1]}@${match[2]!.toLowerCase()}` : undefined;
}

/** `https://host/@user` for a Mastodon address. */
export function mastodonUrl(address: string): string {
	const [user, host] = address.split('@');
	return `https://${host}/@${user}`;
}

/** A short id that stays the same for the same inputs: request ids must survive re-imports. */
export function stableId(prefix: string, ...parts: string[]): string {
	const hash = createHash('sha1').update(parts.join('\u0000')).digest('hex');
	return `${prefix}-${BigInt('0x' + hash.slice(0, 12)).toString(36).padStart(8, '0').slice(-8)}`;
}
