// X / Twitter archive: data/follower.js, following.js and the DM files, each a
// `window.YTD.<type>.partN = [ … ]` assignment. The archive names nobody but its
// owner: other accounts are numeric ids, shown honestly as such.
import {NetinboxError, messages} from '../errors.js';
import {BatchBuilder} from './builder.js';
import {fromIso} from './dates.js';
import {defineImporter, parseJson, progressOver, readText} from './define.js';
import {extension} from './files.js';
import {at, field, isObject, list, text, unescapeHtml, type Json} from './json-path.js';
import type {ImportedPerson} from './types.js';

const globals: Record<string, string> = {
	follower: 'follower', following: 'following', direct_messages: 'dms', direct_messages_group: 'group-dms', account: 'account', profile: 'profile',
};
const isId = (value: Json): value is string => typeof value === 'string' && /^\d{1,25}$/.test(value);
/** Outgoing group messages count toward this many other members at most: a big group is not a dialogue with each. */
const groupFanOut = 10;

function account(id: string, tag?: string): ImportedPerson {
	return {
		sourceId: id,
		name: `X user ${id}`,
		placeholderName: true,
		handles: {twitterId: id},
		profileUrl: `https://x.com/i/user/${id}`,
		...(tag ? {tags: [tag]} : {}),
	};
}

/** The assigned JSON of a `window.… = …` file. */
function assigned(source: string, file: string): Json {
	const equals = source.indexOf('=');
	if (equals === -1) throw new NetinboxError(messages.wrongShape(file, 'expected "window.YTD.… = [ … ]"'));
	// Spaces keep line and column numbers of a JSON error true to the file.
	return parseJson(' '.repeat(equals + 1) + source.slice(equals + 1), file);
}

type Owner = {id?: string; username?: string; name?: string};

function readOwner(role: string, data: Json, owner: Owner): void {
	const info = role === 'account' ? field(list(data)[0], 'account') : field(data, 'userInfo');
	const id = field(info, 'accountId');
	if (isId(id)) owner.id ??= id;
	owner.username ??= text(field(info, role === 'account' ? 'username' : 'userName'));
	owner.name ??= text(field(info, role === 'account' ? 'accountDisplayName' : 'displayName'));
}

/** Without account.js: the one id in every conversation id, not counting people in the follow lists. */
function inferOwner(conversations: Json[], followers: Set<string>): string | undefined {
	let common: string[] | undefined;
	for (const entry of conversations) {
		const ids = (text(field(field(entry, 'dmConversation'), 'conversationId')) ?? '').split('-').filter(id => /^\d+$/.test(id));
		common = common ? common.filter(id => ids.includes(id)) : ids;
	}
	const candidates = (common ?? []).filter(id => !followers.has(id));
	return candidates.length === 1 ? candidates[0] : undefined;
}

function importDms(file: string, path: string, data: Json[], group: boolean, builder: BatchBuilder, ownerId: string): void {
	data.forEach((entry, index) => {
		const conversation = field(entry, 'dmConversation');
		const events = list(field(conversation, 'messages')).map(event => field(event, 'messageCreate'));
		const members = [...new Set(events.map(event => field(event, 'senderId')).filter(isId))].filter(id => id !== ownerId);
		events.forEach((message, position) => {
			if (!isObject(message)) return;
			const where = at(at(at(at(path, index), 'dmConversation'), 'messages'), position) + '.messageCreate';
			const sender = message.senderId;
			const createdAt = fromIso(message.createdAt);
			if (!isId(sender)) return builder.problem(file, `${where}.senderId`, 'missing or not an account id', 'interactions');
			if (!createdAt) return builder.problem(file, `${where}.createdAt`, 'missing or not a date', 'interactions');
			const outgoing = sender === ownerId;
			const recipient = message.recipientId;
			const others = !outgoing ? [sender] : !group && isId(recipient) ? [recipient] : group ? members.slice(0, groupFanOut) : [];
			if (others.length === 0) return builder.problem(file, `${where}.recipientId`, 'missing or not an account id', 'interactions');
			let body = unescapeHtml(text(message.text) ?? '');
			for (const link of list(message.urls)) {
				const short = text(field(link, 'url'));
				const expanded = text(field(link, 'expanded'));
				if (short && expanded) body = body.split(short).join(expanded);
			}
			for (const id of others) {
				if (id === ownerId) continue;
				builder.interaction({person: builder.person(account(id)), at: createdAt, channel: 'twitter', kind: 'message', direction: outgoing ? 'out' : 'in', ...(body ? {text: body} : {})}, file, where);
			}
		});
	});
}

export const twitter = defineImporter({
	name: 'twitter',
	expected: 'data/follower.js, following.js or direct-messages.js from an X / Twitter archive',
	async recognize(file) {
		if (extension(file) !== '.js' && !file.explicit) return undefined;
		const head = await file.head(256);
		if (/^\s*window\.__THAR_CONFIG\s*=/.test(head)) return 'manifest';
		const match = /^\s*window\.YTD\.(\w+)\.part\d+\s*=/.exec(head);
		return match ? globals[match[1]!] : undefined;
	},
	async parseFiles(files, options) {
		const builder = new BatchBuilder('twitter');
		const progress = progressOver(files, options);
		const parsed: Array<{file: string; role: string; data: Json}> = [];
		for (const {file, role} of files) {
			const data = assigned(await readText(file, builder), file.display);
			if (role !== 'manifest' && !Array.isArray(data)) throw new NetinboxError(messages.wrongShape(file.display, 'expected a list after "="'));
			parsed.push({file: file.display, role, data});
			progress.finished(file);
		}
		const owner: Owner = {};
		for (const {role, data} of parsed) if (role === 'account' || role === 'manifest') readOwner(role, data, owner);
		owner.id ??= options?.me?.handles?.twitterId;
		const follows = new Set<string>();
		for (const {file, role, data} of parsed) {
			if (role !== 'follower' && role !== 'following') continue;
			list(data).forEach((entry, index) => {
				const id = field(field(entry, role), 'accountId');
				if (!isId(id)) return builder.problem(file, `[${index}].${role}.accountId`, 'missing or not an account id', 'people');
				if (id === owner.id) return;
				follows.add(id);
				builder.person(account(id, `${role}:twitter`));
			});
		}
		const dms = parsed.filter(entry => entry.role === 'dms' || entry.role === 'group-dms');
		owner.id ??= inferOwner(dms.filter(entry => entry.role === 'dms').flatMap(entry => list(entry.data)), follows);
		for (const {file, role, data} of dms) {
			if (list(data).length === 0) continue;
			if (!owner.id) {
				builder.problem(file, undefined, 'cannot tell which account is yours, so not which messages you sent: import the whole archive (with data/account.js)', 'interactions');
				continue;
			}
			importDms(file, '', list(data), role === 'group-dms', builder, owner.id);
		}
		// profile.js: the owner's bio and website, for the screening to match requests against.
		const about = parsed.filter(entry => entry.role === 'profile').flatMap(({data}) => {
			const description = field(field(list(data)[0], 'profile'), 'description');
			return [text(field(description, 'bio')), text(field(description, 'website'))].filter((value): value is string => !!value?.trim());
		}).join('\n');
		if (owner.id || owner.username || about) {
			builder.me = {
				...(owner.name ? {name: owner.name} : {}),
				handles: {...(owner.username ? {twitter: `@${owner.username}`} : {}), ...(owner.id ? {twitterId: owner.id} : {})},
				...(about ? {profile: about} : {}),
			};
		}
		return builder.finish();
	},
});
