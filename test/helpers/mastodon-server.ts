// A Mastodon server on 127.0.0.1 that answers as the API documentation says:
// bearer tokens, paged lists with Link headers (max_id), follow requests that
// can be authorised or rejected once (404 after), reports, follows, blocks, the
// OAuth app flow. Faults are injected per path: 401, 429 with Retry-After, 500.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export type FakeAccount = {id: string; username: string; acct: string; display_name: string; note: string; url: string; fields?: Array<{name: string; value: string}>; bot?: boolean};
export type FakeStatus = {id: string; created_at: string; content: string; visibility: string; account: FakeAccount; in_reply_to_account_id: string | null; mentions: Array<{id: string; acct: string; url: string; username: string}>};
export type Call = {method: string; path: string; body: Record<string, unknown>; auth?: string};
type Fault = {method?: string; path: RegExp; status: number; times: number; headers?: Record<string, string>; body?: unknown};

export function account(id: string, username: string, host: string, name: string, note = ''): FakeAccount {
	return {id, username, acct: `${username}@${host}`, display_name: name, note: note ? `<p>${note}</p>` : '', url: `https://${host}/@${username}`};
}

export class FakeMastodon {
	origin = '';
	token = 'good-token';
	me: FakeAccount = {id: '1', username: 'steve', acct: 'steve', display_name: 'Steve Keller', note: '', url: 'http://127.0.0.1/@steve'};
	/** Pending follow requests, oldest last as the API lists them newest first. */
	requests: FakeAccount[] = [];
	notifications: Array<{id: string; type: string; created_at: string; account: FakeAccount; status?: FakeStatus}> = [];
	conversations: Array<{id: string; accounts: FakeAccount[]; last_status: FakeStatus}> = [];
	statuses: FakeStatus[] = [];
	followers: FakeAccount[] = [];
	following: FakeAccount[] = [];
	/** Answers wait this long: a slow server. */
	delayMs = 0;
	/** Items per page, whatever `limit` asks: small, so paging is exercised. */
	pageSize = 2;
	calls: Call[] = [];
	authorized: string[] = [];
	rejected: string[] = [];
	followed: string[] = [];
	blocked: string[] = [];
	reports: Array<Record<string, unknown>> = [];
	revoked: string[] = [];
	private faults: Fault[] = [];
	private readonly server = createServer((request, response) => void this.handle(request, response));

	async start(): Promise<this> {
		await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve));
		this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		this.me.url = `${this.origin}/@steve`;
		return this;
	}

	stop(): Promise<void> {
		this.server.closeAllConnections();
		return new Promise(resolve => this.server.close(() => resolve()));
	}

	/** The next `times` requests to a matching path answer `status` instead. */
	fail(path: RegExp, status: number, times = 1, headers: Record<string, string> = {}, method?: string): void {
		this.faults.push({path, status, times, headers, ...(method ? {method} : {})});
	}

	clearFaults(): void {
		this.faults = [];
	}

	callsTo(pattern: RegExp, method = 'POST'): Call[] {
		return this.calls.filter(call => call.method === method && pattern.test(call.path));
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = new URL(request.url ?? '/', this.origin);
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		let body: Record<string, unknown> = {};
		if (raw) body = request.headers['content-type']?.includes('json') ? JSON.parse(raw) as Record<string, unknown> : Object.fromEntries(new URLSearchParams(raw));
		const auth = request.headers.authorization;
		this.calls.push({method: request.method ?? 'GET', path: url.pathname + url.search, body, ...(auth ? {auth} : {})});
		if (this.delayMs > 0) await new Promise(resolve => setTimeout(resolve, this.delayMs));
		if (response.destroyed) return;
		const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
			response.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers});
			response.end(JSON.stringify(data));
		};
		const fault = this.faults.find(f => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === request.method));
		if (fault) {
			fault.times--;
			const error = fault.status === 429 ? 'Too many requests' : fault.status === 401 ? 'The access token is invalid' : 'Internal server error';
			return send(fault.status, fault.body ?? {error}, fault.headers);
		}
		const open = ['/api/v1/apps', '/oauth/token', '/oauth/revoke'];
		if (!open.includes(url.pathname) && auth !== `Bearer ${this.token}`) return send(401, {error: 'The access token is invalid'});
		const route = `${request.method} ${url.pathname}`;
		const id = url.pathname.split('/')[4] ?? '';
		if (route === 'GET /api/v1/accounts/verify_credentials') return send(200, this.me);
		if (route === 'POST /api/v1/apps') return send(200, {id: '9', name: body.client_name, client_id: 'cid', client_secret: 'csecret', redirect_uri: body.redirect_uris});
		if (route === 'POST /oauth/token') return body.code === 'the-code' ? send(200, {access_token: this.token, token_type: 'Bearer', scope: body.scope}) : send(400, {error: 'invalid_grant'});
		if (route === 'POST /oauth/revoke') {
			this.revoked.push(String(body.token));
			return send(200, {});
		}
		if (route === 'GET /api/v1/follow_requests') return this.page(url, this.requests, send);
		if (route === 'GET /api/v1/notifications') {
			const types = url.searchParams.getAll('types[]');
			return this.page(url, this.notifications.filter(n => types.length === 0 || types.includes(n.type)), send);
		}
		if (route === 'GET /api/v1/conversations') return this.page(url, this.conversations, send);
		if (route === `GET /api/v1/accounts/${this.me.id}/statuses`) return this.page(url, this.statuses, send);
		if (route === `GET /api/v1/accounts/${this.me.id}/followers`) return this.page(url, this.followers, send);
		if (route === `GET /api/v1/accounts/${this.me.id}/following`) return this.page(url, this.following, send);
		const answer = /^POST \/api\/v1\/follow_requests\/[^/]+\/(authorize|reject)$/.exec(route);
		if (answer) {
			const at = this.requests.findIndex(account => account.id === id);
			if (at < 0) return send(404, {error: 'Record not found'});
			this.requests.splice(at, 1);
			(answer[1] === 'authorize' ? this.authorized : this.rejected).push(id);
			return send(200, {id, following: false, followed_by: answer[1] === 'authorize', requested: false});
		}
		const action = /^POST \/api\/v1\/accounts\/[^/]+\/(follow|block)$/.exec(route);
		if (action) {
			(action[1] === 'follow' ? this.followed : this.blocked).push(id);
			return send(200, {id, following: action[1] === 'follow', blocking: action[1] === 'block'});
		}
		if (route === 'POST /api/v1/reports') {
			if (typeof body.account_id !== 'string') return send(422, {error: 'Validation failed: Target account must exist'});
			this.reports.push(body);
			return send(200, {id: String(this.reports.length), action_taken: false, category: body.category, comment: body.comment});
		}
		return send(404, {error: 'Record not found'});
	}

	/** Newest first, `max_id` pages, a Link header with next and prev as Mastodon sends it. */
	private page<T extends {id: string}>(url: URL, items: T[], send: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
		const maxId = url.searchParams.get('max_id');
		const start = maxId === null ? 0 : items.findIndex(item => item.id === maxId) + 1;
		const page = items.slice(start, start + this.pageSize);
		const links: string[] = [];
		if (start + this.pageSize < items.length && page.length > 0) {
			const next = new URL(url);
			next.searchParams.set('max_id', page.at(-1)!.id);
			links.push(`<${next}>; rel="next"`);
		}
		if (page.length > 0) {
			const prev = new URL(url);
			prev.searchParams.delete('max_id');
			prev.searchParams.set('min_id', page[0]!.id);
			links.push(`<${prev}>; rel="prev"`);
		}
		send(200, page, links.length > 0 ? {link: links.join(', ')} : {});
	}
}
