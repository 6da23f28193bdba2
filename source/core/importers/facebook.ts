// Facebook "Download your information" (JSON): friend requests received and
// rejected, friends, follows and message threads, in every folder layout
// Facebook has used. Files are told apart by their top-level key, not their path.
import {NetinboxError, messages} from '../errors.js';
import {BatchBuilder} from './builder.js';
import {fromEpoch} from './dates.js';
import {defineImporter, parseJson, progressOver, readText} from './define.js';
import {importThreads, threadOwner, type Thread} from './facebook-threads.js';
import {baseName, extension} from './files.js';
import {at, field, isObject, list, text, type Json} from './json-path.js';
import {repairMojibake} from './mojibake.js';
import {stableId} from './social.js';

const byKey: Array<[RegExp, string]> = [
	[/^(received_requests|friend_requests_received)(_v\d+)?$/, 'received'],
	[/^(rejected_requests|rejected_friend_requests)(_v\d+)?$/, 'rejected'],
	[/^friends(_v\d+)?$/, 'friends'],
	[/^following(_v\d+)?$/, 'following'],
	[/^followers(_v\d+)?$/, 'followers'],
	[/^(sent_requests|deleted_friends|removed_friends|friend_requests_sent)(_v\d+)?$/, 'unused'],
];
// Newer exports may write a bare list (split into `_1`, `_2` … files); then only the name says what it is.
const byName: Array<[RegExp, string]> = [
	[/^(received_friend_requests|friend_requests_received)(_\d+)?\.json$/, 'received'],
	[/^rejected_friend_requests(_\d+)?\.json$/, 'rejected'],
	[/^(your_friends|friends)(_\d+)?\.json$/, 'friends'],
	[/^(who_you've_followed|who_you_follow|following)(_\d+)?\.json$/, 'following'],
	[/^people_who_followed_you(_\d+)?\.json$/, 'followers'],
];

async function recognize(file: Parameters<typeof readText>[0]): Promise<string | undefined> {
	if (extension(file) !== '.json' && !file.explicit) return undefined;
	const head = await file.head();
	const key = /^\s*\{\s*"([^"]+)"\s*:/.exec(head)?.[1];
	if (key === 'participants' && /"(sender_name|messages)"/.test(head)) return 'thread';
	if (/^message_\d+\.json$/.test(baseName(file)) && /"(participants|sender_name)"\s*:/.test(head)) return 'thread';
	if (key && /^profile(_v\d+)?$/.test(key) && baseName(file) === 'profile_information.json') return 'profile';
	if (key) return byKey.find(([pattern]) => pattern.test(key))?.[1];
	if (/^\s*\[/.test(head) && !/instagram\.com/.test(head)) return byName.find(([pattern]) => pattern.test(baseName(file)))?.[1];
	return undefined;
}

type Entry = {name: string; timestamp?: number};

/** `{name, timestamp}`, or the `{title, string_list_data: [{value, timestamp}]}` shape of later exports. */
function entryOf(value: Json): Entry | undefined {
	const detail = list(field(value, 'string_list_data'))[0];
	const name = text(field(value, 'name')) ?? (text(field(value, 'title')) || text(field(detail, 'value')));
	const timestamp = field(value, 'timestamp') ?? field(detail, 'timestamp');
	return name === undefined ? undefined : {name, ...(typeof timestamp === 'number' ? {timestamp} : {})};
}

function entriesOf(data: Json): {path: string; items: Json[]} {
	if (Array.isArray(data)) return {path: '', items: data};
	if (!isObject(data)) return {path: '', items: []};
	const key = Object.keys(data).find(name => Array.isArray(data[name]));
	return key ? {path: key, items: data[key] as Json[]} : {path: '', items: []};
}

function importList(role: string, file: string, data: Json, builder: BatchBuilder, friends: Set<string>, owner?: string): void {
	const {path, items} = entriesOf(data);
	const kind = role === 'received' || role === 'rejected' ? 'requests' : 'people';
	items.forEach((item, index) => {
		const where = at(path, index);
		const entry = entryOf(item);
		if (!entry) return builder.problem(file, `${where}.name`, 'missing', kind);
		if (!entry.name.trim()) return builder.skip(file, where, 'deleted account (empty name)', kind);
		if (entry.name === owner) return;
		const when = fromEpoch(entry.timestamp, 's');
		if (!when && role !== 'followers' && role !== 'following') return builder.problem(file, `${where}.timestamp`, 'missing or not a time', kind);
		const person = {sourceId: entry.name, name: entry.name};
		if (role === 'friends') builder.person({...person, connectedOn: {facebook: when!.slice(0, 10)}});
		if (role === 'following' || role === 'followers') {
			const from = builder.person({...person, tags: [`${role === 'following' ? 'following' : 'follower'}:facebook`]});
			// Only a follow with a date is an event in the history; newer exports give followers none.
			if (role === 'followers' && when) builder.interaction({person: from, at: when, channel: 'facebook', kind: 'follow', direction: 'in'}, file, where);
		}
		if (kind === 'requests') {
			const from = builder.person(person);
			const status = role === 'rejected' ? 'ignored' as const : friends.has(entry.name) ? 'accepted' as const : undefined;
			builder.request({id: stableId('fb', entry.name, String(entry.timestamp)), network: 'facebook', from, receivedAt: when!, message: null, ...(status ? {status} : {})});
		}
	});
}

export const facebook = defineImporter({
	name: 'facebook',
	expected: "friend request, friends, followers or message_N.json files from Facebook's \"Download your information\" (JSON)",
	recognize,
	async parseFiles(files, options) {
		const builder = new BatchBuilder('facebook');
		const progress = progressOver(files, options);
		const loaded: Array<{file: string; role: string; data: Json}> = [];
		for (const {file, role} of files) {
			if (role === 'unused') {
				progress.finished(file);
				continue;
			}
			const data = parseJson(await readText(file, builder), file.display, repairMojibake);
			if (!isObject(data) && !Array.isArray(data)) throw new NetinboxError(messages.wrongShape(file.display, 'expected a JSON object'));
			loaded.push({file: file.display, role, data});
			progress.finished(file);
		}
		const ofRole = (role: string) => loaded.filter(entry => entry.role === role);
		const profile = ofRole('profile').map(({data}) => text(field(field(field(data, 'profile_v2') ?? field(data, 'profile'), 'name'), 'full_name')))[0];
		const threads: Thread[] = ofRole('thread');
		const owner = threadOwner(threads, profile ?? options?.me?.name);
		const friends = new Set(ofRole('friends').flatMap(({data}) => entriesOf(data).items.map(item => entryOf(item)?.name ?? '')));
		if (ofRole('received').length > 0) builder.listsRequests = ['facebook'];
		for (const role of ['friends', 'rejected', 'received', 'following', 'followers']) {
			for (const {file, data} of ofRole(role)) importList(role, file, data, builder, friends, owner);
		}
		if (threads.length > 0 && !owner) {
			builder.problem(threads[0]!.file, undefined, 'cannot tell which participant is you, so not which messages you sent: include profile_information.json or import another network first', 'interactions');
		} else if (owner) importThreads(threads, builder, owner);
		if (owner) builder.me = {name: owner, handles: {}};
		return builder.finish();
	},
});
