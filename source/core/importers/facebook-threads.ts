// Facebook message threads (messages/inbox/<thread>/message_N.json and the
// later folder layouts): each message becomes an interaction with the other
// side. Names are all Facebook gives, so the owner is found by name.
import type {BatchBuilder} from './builder.js';
import {fromEpoch} from './dates.js';
import {at, field, list, text, type Json} from './json-path.js';

export type Thread = {file: string; data: Json};

/** Outgoing group messages count toward this many other members at most: a big group is not a dialogue with each. */
const groupFanOut = 10;
// What Facebook shows for deleted accounts: not a person to merge anyone into.
const deletedNames = new Set(['', 'Facebook user', 'Facebook User', 'Facebook-Nutzer', 'Facebook-Nutzer:in']);

// Messenger's end-to-end encrypted chats are exported with plain-string participants and camelCase keys.
const participantsOf = (thread: Json) => list(field(thread, 'participants')).map(p => text(p) ?? text(field(p, 'name'))).filter((name): name is string => Boolean(name));

/**
 * The owner is in every thread. With one thread, or threads with the same two
 * people, the title settles it: a one-to-one thread is titled after the other person.
 */
export function threadOwner(threads: Thread[], known: string | undefined): string | undefined {
	const sets = threads.map(thread => participantsOf(thread.data));
	if (known && sets.some(names => names.includes(known))) return known;
	let common = sets[0] ?? [];
	for (const names of sets.slice(1)) common = common.filter(name => names.includes(name));
	if (common.length === 1) return common[0];
	const votes = new Map<string, number>();
	for (const thread of threads) {
		const names = participantsOf(thread.data);
		const title = text(field(thread.data, 'title')) ?? text(field(thread.data, 'threadName'));
		if (names.length === 2 && title && names.includes(title)) {
			const other = names.find(name => name !== title)!;
			votes.set(other, (votes.get(other) ?? 0) + 1);
		}
	}
	const ranked = [...votes].sort((a, b) => b[1] - a[1]);
	return ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : undefined;
}

export function importThreads(threads: Thread[], builder: BatchBuilder, owner: string): void {
	for (const {file, data} of threads) {
		const participants = participantsOf(data);
		const group = participants.length > 2 || text(field(data, 'thread_type')) === 'RegularGroup';
		const others = participants.filter(name => name !== owner && !deletedNames.has(name));
		list(field(data, 'messages')).forEach((message, index) => {
			const where = at('messages', index);
			const sender = text(field(message, 'sender_name')) ?? text(field(message, 'senderName'));
			const when = fromEpoch(field(message, 'timestamp_ms') ?? field(message, 'timestamp'), 'ms');
			if (sender === undefined) return builder.problem(file, `${where}.sender_name`, 'missing', 'interactions');
			if (!when) return builder.problem(file, `${where}.timestamp_ms`, 'missing or not a time', 'interactions');
			const outgoing = sender === owner;
			if (!outgoing && deletedNames.has(sender)) return builder.skip(file, where, 'message from a deleted account', 'interactions');
			const counterparts = outgoing ? (group ? others.slice(0, groupFanOut) : others) : [sender];
			const body = text(field(message, 'content')) ?? text(field(message, 'text')) ?? text(field(field(message, 'share'), 'link'));
			const kind = text(field(message, 'type')) === 'Call' ? 'call' : 'message';
			for (const name of counterparts) {
				builder.interaction({
					person: builder.person({sourceId: name, name}),
					at: when,
					channel: 'facebook',
					kind,
					direction: outgoing ? 'out' : 'in',
					...(body ? {text: body} : {}),
				}, file, where);
			}
		});
	}
}
