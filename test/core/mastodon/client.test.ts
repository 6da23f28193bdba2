// The Mastodon client's edges against a real local server: pages only on the
// same server, a server that never answers, Link and Retry-After as sent.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {MastodonClient, MastodonError, nextLink, normalizeInstance, retryAfter} from '../../../source/core/mastodon/client.js';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise(resolve => server.close(resolve));
	}
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
	const server = createServer(handler);
	servers.push(server);
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the Mastodon client', () => {
	it('reads the next page from a Link header as Mastodon writes it', () => {
		expect(nextLink('<https://m.example/api/v1/follow_requests?max_id=7>; rel="next", <https://m.example/api/v1/follow_requests?min_id=9>; rel="prev"'))
			.toBe('https://m.example/api/v1/follow_requests?max_id=7');
		expect(nextLink('<https://m.example/x?min_id=9>; rel="prev"')).toBeUndefined();
		expect(nextLink(null)).toBeUndefined();
	});

	it('waits as Retry-After or X-RateLimit-Reset say', () => {
		const now = Date.parse('2026-12-06T10:00:00Z');
		expect(retryAfter(new Headers({'retry-after': '30'}), now)).toBe(30);
		expect(retryAfter(new Headers({'retry-after': 'Sun, 06 Dec 2026 10:01:00 GMT'}), now)).toBe(60);
		expect(retryAfter(new Headers({'x-ratelimit-reset': '2026-12-06T10:05:00.000Z'}), now)).toBe(300);
	});

	it('talks plain http only to this machine', () => {
		expect(normalizeInstance('mastodon.social/')).toBe('https://mastodon.social');
		expect(normalizeInstance('@steve@norden.social')).toBe('https://norden.social');
		expect(normalizeInstance('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
		expect(() => normalizeInstance('http://mastodon.social')).toThrow(/only over https/);
		expect(() => normalizeInstance('ftp://mastodon.social')).toThrow(/not a server address/);
	});

	it('never follows a Link to another address', async () => {
		const origin = await serve((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json', link: '<http://127.0.0.2:9/api/v1/follow_requests?max_id=1>; rel="next"'});
			response.end('[{"id":"1"}]');
		});
		await expect(new MastodonClient(origin).all('/api/v1/follow_requests')).rejects.toThrow(/only talks to the server you logged in to/);
	});

	it('gives up on a server that never answers, after trying again, with a clear error', async () => {
		let tries = 0;
		const origin = await serve(() => {
			tries++;
		});
		const waits: string[] = [];
		const client = new MastodonClient(origin, {timeoutMs: 300, retries: 1, backoffMs: 10, onWait: (_seconds, why) => waits.push(why)});
		const error = await client.get('/api/v1/follow_requests').catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(MastodonError);
		expect((error as MastodonError).message).toMatch(/cannot be reached \(no answer in 0.3 s\)/);
		expect((error as MastodonError).retryable).toBe(true);
		expect(tries).toBe(2);
		expect(waits).toHaveLength(1);
	});

	it('shows a server\'s error text inert', async () => {
		const origin = await serve((_request, response) => {
			response.writeHead(422, {'content-type': 'application/json'});
			response.end(JSON.stringify({error: 'bad \u001b]0;pwned\u0007 \u001b[2Jthing'}));
		});
		const error = await new MastodonClient(origin).post('/api/v1/reports').catch((caught: unknown) => caught as Error);
		expect((error as Error).message).toBe('422 bad ␛]0;pwned␇ ␛[2Jthing');
	});
});
