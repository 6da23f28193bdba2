// The Mastodon login: a token the user made, or one from the OAuth flow. It
// lives in the config directory (mode 0600), apart from the database, so
// `export --json` and backups never carry it, and it is never printed.
import {readFile, unlink, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {configDir} from '../paths.js';
import {writeFileDurably} from '../store/durable-file.js';
import {NetinboxError} from '../errors.js';
import {MastodonClient, MastodonError, normalizeInstance, type ClientOptions} from './client.js';
import {mastodonMessages} from './messages.js';

/** Only what sync needs: read requests, history and follows; answer requests, follow back, report and block. */
export const scopes = ['read:accounts', 'read:follows', 'read:notifications', 'read:statuses', 'write:follows', 'write:reports', 'write:blocks'];
const outOfBand = 'urn:ietf:wg:oauth:2.0:oob';

export type Credentials = {
	instance: string;
	token: string;
	/** The user's own account on the instance. */
	account: {id: string; acct: string; address: string};
	/** The app registered by the OAuth flow; with it, logout revokes the token. */
	app?: {clientId: string; clientSecret: string};
	scopes: string[];
	createdAt: string;
};

export function credentialsFile(): string {
	return path.join(configDir(), 'mastodon.json');
}

export async function loadCredentials(file = credentialsFile()): Promise<Credentials | undefined> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new NetinboxError(mastodonMessages.badCredentials(file, (error as Error).message));
	}
	try {
		const data = JSON.parse(text) as Credentials;
		if (typeof data.instance !== 'string' || typeof data.token !== 'string' || typeof data.account?.id !== 'string') throw new Error('fields missing');
		return data;
	} catch (error) {
		throw new NetinboxError(mastodonMessages.badCredentials(file, (error as Error).message));
	}
}

async function saveCredentials(credentials: Credentials, file = credentialsFile()): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	await writeFileDurably(file, JSON.stringify(credentials, null, 2) + '\n');
}

type Account = {id: string; acct: string; url?: string; username?: string};

async function verify(instance: string, token: string, options: ClientOptions): Promise<Credentials['account']> {
	const account = await new MastodonClient(instance, {...options, token}).get<Account>('/api/v1/accounts/verify_credentials');
	if (typeof account?.id !== 'string' || typeof account.acct !== 'string') throw new MastodonError(mastodonMessages.notJson(instance, '/api/v1/accounts/verify_credentials'), undefined);
	const address = account.acct.includes('@') ? account.acct : `${account.acct}@${new URL(account.url ?? instance).hostname}`;
	return {id: account.id, acct: account.acct, address: address.toLowerCase()};
}

export type LoginOptions = ClientOptions & {
	token?: string;
	/** OAuth: shows the address to open, returns the code the server showed. */
	askForCode?: (authorizeUrl: string) => Promise<string>;
	now?: Date;
};

/** Logs in and saves the token; returns the login without the token, for printing. */
export async function login(input: string, options: LoginOptions = {}): Promise<Omit<Credentials, 'token' | 'app'>> {
	const instance = normalizeInstance(input);
	const {token: given, askForCode, now = new Date(), ...clientOptions} = options;
	let token = given;
	let app: Credentials['app'];
	if (!token) {
		const client = new MastodonClient(instance, clientOptions);
		const registered = await client.post<{client_id: string; client_secret: string}>('/api/v1/apps', {
			client_name: 'netinbox',
			redirect_uris: outOfBand,
			scopes: scopes.join(' '),
			website: 'https://github.com/netinbox/netinbox',
		});
		app = {clientId: registered.client_id, clientSecret: registered.client_secret};
		const authorize = new URL('/oauth/authorize', instance);
		authorize.search = new URLSearchParams({client_id: app.clientId, scope: scopes.join(' '), redirect_uri: outOfBand, response_type: 'code'}).toString();
		const code = (await askForCode?.(authorize.toString()))?.trim();
		if (!code) throw new NetinboxError(mastodonMessages.noCode());
		const granted = await client.post<{access_token: string}>('/oauth/token', {
			grant_type: 'authorization_code',
			code,
			client_id: app.clientId,
			client_secret: app.clientSecret,
			redirect_uri: outOfBand,
			scope: scopes.join(' '),
		});
		token = granted.access_token;
	}
	const account = await verify(instance, token, clientOptions);
	const credentials: Credentials = {instance, token, account, ...(app ? {app} : {}), scopes: given ? [] : scopes, createdAt: now.toISOString()};
	await saveCredentials(credentials);
	return {instance, account, scopes: credentials.scopes, createdAt: credentials.createdAt};
}

/** Revokes the token where netinbox made it, and removes it. Says whether the server revoked it. */
export async function logout(options: ClientOptions = {}): Promise<{instance: string; revoked: boolean} | undefined> {
	const credentials = await loadCredentials();
	if (!credentials) return undefined;
	let revoked = false;
	if (credentials.app) {
		try {
			await new MastodonClient(credentials.instance, {...options, retries: 1}).post('/oauth/revoke', {
				client_id: credentials.app.clientId,
				client_secret: credentials.app.clientSecret,
				token: credentials.token,
			});
			revoked = true;
		} catch (error) {
			if (!(error instanceof MastodonError)) throw error;
		}
	}
	await unlink(credentialsFile());
	return {instance: credentials.instance, revoked};
}
