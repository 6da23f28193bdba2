// The real CLI against a local Mastodon server: login, pull, push exactly once,
// and what happens when the server limits, fails, refuses or loses a request.
import {readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {assertBuilt} from '../helpers/cli-process.js';
import {runCli} from '../helpers/cli.js';
import {account, FakeMastodon, type FakeStatus} from '../helpers/mastodon-server.js';
import {tempDir} from '../helpers/temp.js';

beforeAll(() => assertBuilt());

let server: FakeMastodon;
afterEach(async () => server?.stop());

const anna = account('101', 'anna', 'social.example', 'Anna Müller', 'UX researcher in Hamburg');
const ben = account('102', 'ben', 'social.example', 'Ben Okafor');
const carla = account('103', 'carla', 'other.example', 'Carla Rossi');
const dirk = account('104', 'dirk', 'social.example', 'Dirk Sales', 'I help companies grow');
const eva = account('105', 'eva', 'other.example', 'Eva Lind');

function status(id: string, from: typeof anna, at: string, text: string, replyTo: string | null, mention?: typeof anna): FakeStatus {
	return {
		id, created_at: at, content: `<p>${text}</p>`, visibility: 'public', account: from, in_reply_to_account_id: replyTo,
		mentions: mention ? [{id: mention.id, acct: mention.acct, url: mention.url, username: mention.username}] : [],
	};
}

async function setup() {
	server = await new FakeMastodon().start();
	server.requests = [anna, ben, carla, dirk, eva].map(a => ({...a}));
	server.requests[0]!.fields = [{name: 'Website', value: '<a href="https://anna.example">anna.example</a>'}];
	server.notifications = [
		{id: '9', type: 'mention', created_at: '2026-11-02T10:00:00.000Z', account: anna, status: status('s9', anna, '2026-11-02T10:00:00.000Z', 'Loved your talk, how did you measure it?', '1')},
		{id: '8', type: 'favourite', created_at: '2026-11-01T10:00:00.000Z', account: ben},
	];
	server.statuses = [status('s20', server.me, '2026-11-03T09:00:00.000Z', '@anna with a survey, happy to share it', '101', anna)];
	server.followers = [ben];
	const directory = await tempDir();
	const env = {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')};
	const db = path.join(directory, 'db.json');
	const cli = (...args: string[]) => runCli([...args, '--db', db], {env});
	return {directory, env, db, cli};
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI's JSON, read by the assertions
const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;

describe('netinbox mastodon login', {timeout: 60_000}, () => {
	it('checks a given token, keeps it private, and never prints it', async () => {
		const {env, directory} = await setup();
		const bad = await runCli(['mastodon', 'login', server.origin, '--token', 'wrong'], {env});
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/refused the login.*log in again/);
		const good = await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		expect(good.code, good.stderr).toBe(0);
		expect(good.stdout).toContain('as @steve@127.0.0.1');
		expect(good.stdout + good.stderr).not.toContain(server.token);
		const file = path.join(directory, 'config', 'netinbox', 'mastodon.json');
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(file, 'utf8')).token).toBe(server.token);
		const status = await runCli(['mastodon', 'status', '--json'], {env});
		expect(json(status.stdout)).toMatchObject({loggedIn: true, account: 'steve@127.0.0.1'});
		expect(status.stdout).not.toContain(server.token);
		expect(server.callsTo(/verify_credentials/, 'GET').at(-1)!.auth).toBe(`Bearer ${server.token}`);
	});

	it('refuses plain http for any host but this machine', async () => {
		const {env} = await setup();
		const result = await runCli(['mastodon', 'login', 'http://mastodon.example', '--token', 'x'], {env});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('only over https');
	});

	it('runs the OAuth flow with the scopes sync needs, and logout revokes the token', async () => {
		const {env, directory} = await setup();
		const result = await runCli(['mastodon', 'login', server.origin], {env, input: 'the-code\n'});
		expect(result.code, result.stderr).toBe(0);
		const app = server.callsTo(/\/api\/v1\/apps$/)[0]!;
		expect(String(app.body.scopes).split(' ').sort()).toEqual(['read:accounts', 'read:follows', 'read:notifications', 'read:statuses', 'write:blocks', 'write:follows', 'write:reports']);
		expect(result.stderr).toContain(`${server.origin}/oauth/authorize?client_id=cid`);
		expect(server.callsTo(/\/oauth\/token$/)[0]!.body).toMatchObject({grant_type: 'authorization_code', code: 'the-code', client_id: 'cid'});
		const out = await runCli(['mastodon', 'logout'], {env});
		expect(out.code).toBe(0);
		expect(server.revoked).toEqual([server.token]);
		await expect(stat(path.join(directory, 'config', 'netinbox', 'mastodon.json'))).rejects.toThrow();
	});
});

describe('netinbox sync', {timeout: 90_000}, () => {
	it('pulls every page once, merges with a saved page imported earlier, and pushes each decision exactly once', async () => {
		const {directory, cli, env} = await setup();
		const saved = path.join(directory, 'follow_requests.json');
		await writeFile(saved, JSON.stringify([anna]));
		expect((await cli('import', 'mastodon', saved)).code).toBe(0);
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});

		const first = await cli('sync', '--json');
		expect(first.code, first.stderr).toBe(0);
		const summary = json(first.stdout);
		expect(summary.pulled).toMatchObject({requests: 5, interactions: 3});
		expect(summary.pushed).toMatchObject({authorize: 0, reject: 0, follow: 0, report: 0});
		expect(server.calls.filter(call => call.path.startsWith('/api/v1/follow_requests')).length).toBe(3);

		const exported = json((await cli('export', '--json')).stdout);
		const annas = exported.people.filter((person: {name: string}) => person.name === 'Anna Müller');
		expect(annas).toHaveLength(1);
		expect(annas[0].headline).toContain('Website: anna.example');
		expect(exported.requests.filter((request: {key: string}) => request.key === 'mastodon:anna@social.example')).toHaveLength(1);
		expect(exported.requests).toHaveLength(5);
		const history = exported.interactions.filter((i: {person: string}) => i.person === annas[0].id).map((i: {kind: string; direction: string}) => `${i.kind}/${i.direction}`);
		expect(history.sort()).toEqual(['reply/in', 'reply/out']);
		expect(JSON.stringify(exported)).not.toContain(server.token);

		await cli('decide', 'anna@social.example', '--as', 'accept');
		await cli('decide', 'ben@social.example', '--as', 'follower');
		await cli('decide', 'carla@other.example', '--as', 'ignore');
		await cli('decide', 'dirk@social.example', '--as', 'spam');
		const second = await cli('sync', '--json');
		expect(second.code, second.stderr).toBe(0);
		expect(json(second.stdout)).toMatchObject({pushed: {authorize: 2, reject: 2, follow: 1, report: 1}, failed: 0, queued: 0});
		expect(server.authorized.sort()).toEqual(['101', '102']);
		expect(server.followed).toEqual(['101']);
		expect(server.rejected.sort()).toEqual(['103', '104']);
		expect(server.reports).toEqual([expect.objectContaining({account_id: '104', category: 'spam'})]);
		expect(server.blocked).toEqual([]);

		const posts = server.callsTo(/./).length;
		const third = await cli('sync', '--json');
		expect(json(third.stdout).pushed).toMatchObject({authorize: 0, reject: 0, follow: 0, report: 0});
		expect(server.callsTo(/./).length).toBe(posts);
		expect(json(third.stdout).pulled.requests).toBe(1);
	});

	it('keeps a decision queued through server errors and pushes it on the next sync', async () => {
		const {cli, env} = await setup();
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		await cli('sync');
		await cli('decide', 'eva@other.example', '--as', 'ignore');
		server.fail(/\/reject$/, 500, 10);
		const failed = await cli('sync', '--json');
		expect(failed.code).toBe(1);
		expect(json(failed.stdout)).toMatchObject({failed: 1, queued: 1, pushed: {reject: 0}});
		expect(failed.stderr).toContain('server error 500');
		expect(server.callsTo(/\/reject$/).length).toBe(4);
		const listed = json((await cli('export', '--json')).stdout).requests.find((r: {id: string}) => r.id === 'eva@other.example');
		expect(listed.remote.error).toContain('answered with an error (500');

		server.clearFaults();
		const retried = await cli('sync', '--json');
		expect(retried.code, retried.stderr).toBe(0);
		expect(json(retried.stdout)).toMatchObject({failed: 0, queued: 0, pushed: {reject: 1}});
		expect(server.rejected).toEqual(['105']);
	});

	it('waits as Retry-After says on 429, then goes on', async () => {
		const {cli, env} = await setup();
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		server.fail(/\/api\/v1\/follow_requests$/, 429, 1, {'retry-after': '1'});
		const result = await cli('sync', '--json');
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/waiting 1 s \(rate limit/);
		expect(json(result.stdout).pulled.requests).toBe(5);
	});

	it('stops on 401 and says to log in again, keeping the decisions queued', async () => {
		const {cli, env} = await setup();
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		await cli('sync');
		await cli('decide', 'carla@other.example', '--as', 'ignore');
		server.token = 'rotated';
		const result = await cli('sync');
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/refused the login .*netinbox mastodon login/);
		expect(server.rejected).toEqual([]);
	});

	it('counts a request withdrawn meanwhile as done, and marks pending ones the site no longer lists', async () => {
		const {cli, env} = await setup();
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		await cli('sync');
		await cli('decide', 'anna@social.example', '--as', 'accept');
		// Anna withdraws after the pull but before the push; Ben withdraws too and stays undecided here.
		server.requests = server.requests.filter(a => a.id !== '102');
		server.fail(/\/api\/v1\/follow_requests\/101\/authorize$/, 404, 1);
		const result = await cli('sync', '--json');
		expect(result.code, result.stderr).toBe(0);
		expect(json(result.stdout)).toMatchObject({failed: 0, queued: 0, gone: 1, pushed: {authorize: 0, follow: 0}});
		expect(server.followed).toEqual([]);
		const requests = json((await cli('export', '--json')).stdout).requests as Array<{id: string; remote: {goneAt?: string}}>;
		expect(requests.find(r => r.id === 'ben@social.example')!.remote.goneAt).toBeDefined();
		expect(requests.find(r => r.id === 'anna@social.example')!.remote.goneAt).toBeDefined();
	});

	it('blocks spam as well as reporting it when the settings say so', async () => {
		const {cli, env} = await setup();
		await runCli(['mastodon', 'login', server.origin, '--token', server.token], {env});
		await cli('sync');
		expect((await cli('settings', '--block-spam')).stdout).toContain('spam on Mastodon: reported and blocked');
		await cli('decide', 'dirk@social.example', '--as', 'spam');
		const result = await cli('sync', '--json');
		expect(json(result.stdout).pushed).toMatchObject({reject: 1, report: 1, block: 1});
		expect(server.blocked).toEqual(['104']);
	});

	it('says how to log in when there is no login', async () => {
		const {cli} = await setup();
		const result = await cli('sync');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('netinbox mastodon login INSTANCE');
	});
});
