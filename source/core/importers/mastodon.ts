// Mastodon: following_accounts.csv from the data export, and follow requests
// as the API returns them (GET /api/v1/follow_requests, an array of Accounts,
// saved page by page). The API gives no request date: the import time stands in.
import {NetinboxError, messages} from '../errors.js';
import {BatchBuilder} from './builder.js';
import {cell, columnKey, findHeader, readCsv} from './csv.js';
import {isoSeconds} from './dates.js';
import {defineImporter, parseJson, progressOver, readText} from './define.js';
import {baseName, extension} from './files.js';
import {at, field, htmlToText, isObject, text, type Json} from './json-path.js';
import {mastodonAddress, mastodonUrl} from './social.js';
import type {ImportedPerson, ParseOptions} from './types.js';

function addressPerson(address: string, tag?: string): ImportedPerson {
	return {
		sourceId: address,
		name: address,
		placeholderName: true,
		handles: {mastodon: address},
		profileUrl: mastodonUrl(address),
		...(tag ? {tags: [tag]} : {}),
	};
}

/** The account's full address: `acct` is bare for accounts on the user's own server, whose host `url` names. */
function addressOf(account: Record<string, Json>): string | undefined {
	const acct = text(account.acct) ?? '';
	if (acct.includes('@')) return mastodonAddress(acct);
	const url = text(account.url);
	let host: string | undefined;
	try {
		host = url ? new URL(url).hostname : undefined;
	} catch {
		host = undefined;
	}
	const username = acct || text(account.username);
	return username && host ? mastodonAddress(`${username}@${host}`) : undefined;
}

/** A person from an API Account, known by its full address (the same record a saved page or a sync makes). */
export function accountPerson(account: Record<string, Json>): ImportedPerson | undefined {
	const address = addressOf(account);
	if (!address) return undefined;
	const name = (text(account.display_name) ?? '').trim();
	const person = addressPerson(address);
	if (name) {
		person.name = name;
		delete person.placeholderName;
	}
	const url = text(account.url);
	if (url) person.profileUrl = url;
	const bio = htmlToText(text(account.note) ?? '');
	if (bio) person.headline = bio;
	if (account.bot === true) person.tags = ['bot'];
	return person;
}

function importFollowing(source: string, file: string, builder: BatchBuilder, me: string | undefined): void {
	const table = readCsv(source, {file});
	for (const problem of table.problems) builder.problem(file, `line ${problem.line}`, problem.message, 'people');
	const header = findHeader(table.rows, ['account address'], 1);
	// Exports before the header was introduced list one address per line.
	for (const row of header ? table.rows.slice(header.index + 1) : table.rows) {
		const raw = header ? cell(row, header, 'account address') : row.cells[0] ?? '';
		const address = mastodonAddress(raw);
		if (!address) {
			builder.problem(file, `line ${row.line}`, `not an account address (user@server): "${raw}"`, 'people');
			continue;
		}
		if (address !== me) builder.person(addressPerson(address, 'following:mastodon'));
	}
}

function importRequests(data: Json, file: string, builder: BatchBuilder, me: string | undefined, options: ParseOptions | undefined): void {
	const error = text(field(data, 'error'));
	if (error) throw new NetinboxError(messages.mastodonError(file, error));
	if (!Array.isArray(data)) throw new NetinboxError(messages.wrongShape(file, 'expected a list of accounts (the reply of GET /api/v1/follow_requests)'));
	const now = isoSeconds(options?.now ?? new Date());
	data.forEach((account, index) => {
		const where = at('', index);
		if (!isObject(account)) return builder.problem(file, where, 'not an account object', 'requests');
		const person = accountPerson(account);
		if (!person) return builder.problem(file, `${where}.acct`, 'missing or not an account address', 'requests');
		const address = person.sourceId;
		if (address === me) return;
		builder.request({id: address, network: 'mastodon', from: builder.person(person), receivedAt: now, receivedAtUnknown: true, message: null});
	});
}

export const mastodon = defineImporter({
	name: 'mastodon',
	expected: 'following_accounts.csv, or a saved reply of GET /api/v1/follow_requests',
	async recognize(file) {
		const ext = extension(file);
		if (ext === '.csv' || (file.explicit && ext !== '.json')) {
			const first = (await file.head(512)).split(/\r?\n/)[0] ?? '';
			if (first.split(',').map(part => columnKey(part.replace(/"/g, ''))).includes('account address') && /show boosts/i.test(first)) return 'following';
			return baseName(file) === 'following_accounts.csv' && mastodonAddress(first.split(',')[0] ?? '') ? 'following' : undefined;
		}
		if (ext !== '.json') return undefined;
		const head = await file.head();
		if (/^\s*\[\s*\{/.test(head) && /"acct"\s*:/.test(head) && /"username"\s*:/.test(head)) return 'follow-requests';
		if (/^\s*\[\s*\]\s*$/.test(head) && /follow_requests/.test(baseName(file))) return 'follow-requests';
		if (/"preferredUsername"\s*:/.test(head) && /activitystreams/.test(head)) return 'actor';
		if (/^\s*\{\s*"error"\s*:/.test(head) && /follow_requests/.test(baseName(file))) return 'follow-requests';
		return undefined;
	},
	async parseFiles(files, options) {
		const builder = new BatchBuilder('mastodon');
		const progress = progressOver(files, options);
		const loaded = [];
		for (const {file, role} of files) {
			loaded.push({file: file.display, role, source: await readText(file, builder)});
			progress.finished(file);
		}
		let me: string | undefined;
		for (const {file, role, source} of loaded) {
			if (role !== 'actor') continue;
			const actor = parseJson(source, file);
			const address = mastodonAddress(`${text(field(actor, 'preferredUsername')) ?? ''}@${hostOf(text(field(actor, 'id')))}`);
			if (!address) continue;
			me ??= address;
			builder.me = {...(text(field(actor, 'name')) ? {name: text(field(actor, 'name'))} : {}), handles: {mastodon: address}};
		}
		const known = options?.me?.handles?.mastodon;
		me ??= known ? mastodonAddress(known) : undefined;
		for (const {file, role, source} of loaded) {
			if (role === 'following') importFollowing(source, file, builder, me);
			if (role === 'follow-requests') importRequests(parseJson(source, file), file, builder, me, options);
		}
		return builder.finish();
	},
});

function hostOf(url: string | undefined): string {
	try {
		return url ? new URL(url).hostname : '';
	} catch {
		return '';
	}
}
