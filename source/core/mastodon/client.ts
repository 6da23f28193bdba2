// A small client for the Mastodon REST API: bearer token, JSON, pages by the
// `Link` header, and the site's limits kept: 429 waits as the server says,
// 5xx and timeouts are tried again with backoff, 401 means log in again.
import {pushAll} from '../arrays.js';
import {NetinboxError, UsageError} from '../errors.js';
import {sanitizeLine} from '../sanitize.js';
import {mastodonMessages} from './messages.js';

export type Json = unknown;

/** The server answered with an error that trying again will not fix (404, 422 …), or gave up trying. */
export class MastodonError extends NetinboxError {
	constructor(message: string, readonly status: number | undefined, readonly retryable = false) {
		super(message);
		this.name = 'MastodonError';
	}
}

/** The token is missing, revoked or lacks a scope: the user has to log in again. */
export class MastodonAuthError extends MastodonError {
	constructor(instance: string, detail: string) {
		super(mastodonMessages.loginAgain(instance, detail), 401);
		this.name = 'MastodonAuthError';
	}
}

export type ClientOptions = {
	token?: string;
	/** Per request. */
	timeoutMs?: number;
	/** Tries after the first, for 5xx and timeouts. */
	retries?: number;
	/** The first wait between tries; doubles each time. */
	backoffMs?: number;
	/** Longer rate-limit waits than this are not waited out: the request fails and stays queued. */
	maxWaitMs?: number;
	/** Told before each wait, so a long one is never silent. */
	onWait?: (seconds: number, why: string) => void;
	sleep?: (ms: number) => Promise<void>;
	/** Stops every request and wait at once (the inbox quits while a sync runs). */
	signal?: AbortSignal;
};

const wait = (ms: number, signal?: AbortSignal) => new Promise<void>(resolve => {
	const timer = setTimeout(done, ms);
	function done() {
		clearTimeout(timer);
		signal?.removeEventListener('abort', done);
		resolve();
	}
	signal?.addEventListener('abort', done);
});

/** `mastodon.social`, `https://mastodon.social/` → `https://mastodon.social`. Plain http only for this machine. */
export function normalizeInstance(input: string): string {
	const trimmed = input.trim().replace(/^@?[\w.-]+@(?=[\w-]+\.)/, '');
	let url: URL;
	try {
		url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
	} catch {
		throw new UsageError(mastodonMessages.badInstance(input));
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
	if (url.protocol === 'http:' && !local) throw new UsageError(mastodonMessages.plainHttp(input));
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(mastodonMessages.badInstance(input));
	return url.origin;
}

/** The `next` page of a `Link` header: `<https://…/follow_requests?max_id=7>; rel="next"`. */
export function nextLink(header: string | null): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(',')) {
		const match = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
		if (match && /\brel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(match[2]!)) return match[1];
	}
	return undefined;
}

/** Seconds to wait after a 429, from `Retry-After` (seconds or a date) or `X-RateLimit-Reset` (a date). */
export function retryAfter(headers: Headers, now = Date.now()): number {
	const after = headers.get('retry-after');
	if (after && /^\d+$/.test(after.trim())) return Number(after.trim());
	const date = after ?? headers.get('x-ratelimit-reset');
	const at = date ? Date.parse(date) : Number.NaN;
	return Number.isNaN(at) ? 60 : Math.max(0, Math.ceil((at - now) / 1000));
}

export class MastodonClient {
	private readonly options: Required<Omit<ClientOptions, 'token' | 'onWait' | 'signal'>> & Pick<ClientOptions, 'token' | 'onWait' | 'signal'>;

	constructor(readonly instance: string, options: ClientOptions = {}) {
		this.options = {timeoutMs: 30_000, retries: 3, backoffMs: 500, maxWaitMs: 15 * 60_000, sleep: ms => wait(ms, options.signal), ...options};
	}

	private stopped(): void {
		if (this.options.signal?.aborted) throw new MastodonError(`the sync with ${this.instance} was stopped`, undefined);
	}

	get<T = Json>(path: string): Promise<T> {
		return this.request<T>('GET', path).then(result => result.data);
	}

	post<T = Json>(path: string, body: Record<string, unknown> = {}): Promise<T> {
		return this.request<T>('POST', path, body).then(result => result.data);
	}

	/** Every item of a paged list, following `next` links on this server, up to `maxPages` pages. */
	async all<T = Json>(path: string, maxPages = 50): Promise<T[]> {
		const items: T[] = [];
		let next: string | undefined = path;
		for (let page = 0; next && page < maxPages; page++) {
			const result: {data: T[]; next?: string} = await this.request<T[]>('GET', next);
			if (!Array.isArray(result.data)) throw new MastodonError(mastodonMessages.notAList(this.instance, path), undefined);
			pushAll(items, result.data);
			next = result.next;
		}
		return items;
	}

	private url(path: string): URL {
		const url = new URL(path, this.instance);
		// A Link header could name any address: only this server is ever contacted.
		if (url.origin !== this.instance) throw new MastodonError(mastodonMessages.foreignLink(this.instance, url.origin), undefined);
		return url;
	}

	private async request<T>(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<{data: T; next?: string}> {
		const url = this.url(path);
		const {retries, backoffMs, maxWaitMs, sleep, onWait} = this.options;
		let failures = 0;
		let limited = 0;
		for (;;) {
			this.stopped();
			let response: Response;
			const timeout = AbortSignal.timeout(this.options.timeoutMs);
			try {
				response = await fetch(url, {
					method,
					headers: {
						accept: 'application/json',
						...(this.options.token ? {authorization: `Bearer ${this.options.token}`} : {}),
						...(body ? {'content-type': 'application/json'} : {}),
					},
					...(body ? {body: JSON.stringify(body)} : {}),
					signal: this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout,
					redirect: 'error',
				});
			} catch (error) {
				this.stopped();
				const why = (error as Error).name === 'TimeoutError' ? `no answer in ${Number((this.options.timeoutMs / 1000).toFixed(1))} s` : describeNetworkError(error as Error);
				if (failures++ < retries) {
					const ms = backoffMs * 2 ** (failures - 1);
					onWait?.(ms / 1000, why);
					await sleep(ms);
					continue;
				}
				throw new MastodonError(mastodonMessages.unreachable(this.instance, why), undefined, true);
			}
			if (response.status === 401 || response.status === 403) {
				throw new MastodonAuthError(this.instance, await errorText(response));
			}
			if (response.status === 429) {
				const seconds = retryAfter(response.headers);
				await response.body?.cancel();
				if (seconds * 1000 > maxWaitMs || limited++ >= 5) throw new MastodonError(mastodonMessages.rateLimited(this.instance, seconds), 429, true);
				onWait?.(seconds, 'rate limit of the server');
				await sleep(seconds * 1000);
				continue;
			}
			if (response.status >= 500) {
				const detail = `${response.status} ${await errorText(response)}`;
				if (failures++ < retries) {
					const ms = backoffMs * 2 ** (failures - 1);
					onWait?.(ms / 1000, `server error ${response.status}`);
					await sleep(ms);
					continue;
				}
				throw new MastodonError(mastodonMessages.serverError(this.instance, detail), response.status, true);
			}
			if (!response.ok) throw new MastodonError(`${response.status} ${await errorText(response)}`, response.status);
			const text = await response.text();
			let data: T;
			try {
				data = (text ? JSON.parse(text) : {}) as T;
			} catch {
				throw new MastodonError(mastodonMessages.notJson(this.instance, url.pathname), response.status, true);
			}
			const next = nextLink(response.headers.get('link'));
			return {data, ...(next ? {next} : {})};
		}
	}
}

async function errorText(response: Response): Promise<string> {
	const text = await response.text().catch(() => '');
	try {
		const parsed = JSON.parse(text) as {error?: unknown};
		if (typeof parsed.error === 'string') return sanitizeLine(parsed.error.slice(0, 200));
	} catch {
		// Not JSON: the status says enough.
	}
	return sanitizeLine(response.statusText) || 'error';
}

function describeNetworkError(error: Error): string {
	const cause = (error as Error & {cause?: {code?: string; message?: string}}).cause;
	return cause?.code ?? cause?.message ?? error.message;
}
