// LinkedIn messages.csv: one row per message, in every era's column set. The
// direction comes from comparing the sender with the owner's profile, which
// Invitations.csv names; without it, the owner is the one account in every conversation.
import type {BatchBuilder} from './builder.js';
import {cell, hasColumn} from './csv.js';
import {instantOf, parseExportDate} from './dates.js';
import {member, type Owner, type Sheet} from './linkedin-people.js';
import {profileOf} from './social.js';
import {maxOf} from '../arrays.js';

type Message = {
	file: string;
	line: number;
	conversation: string;
	from: string;
	fromSlug?: string;
	fromUrl: string;
	to: string;
	toUrls: string[];
	date: string;
	subject: string;
	content: string;
	sponsored: boolean;
	draft: boolean;
	spam: boolean;
};

const slugOf = (url: string) => profileOf(url)?.handle?.toLowerCase();
const yes = (value: string) => /^(yes|true|1|ja)$/i.test(value.trim());

function readMessages({file, table, header}: Sheet): Message[] {
	const draftColumn = hasColumn(header, 'is message draft');
	return table.rows.slice(header.index + 1).map(row => {
		const fromUrl = cell(row, header, 'sender profile url').trim();
		const content = cell(row, header, 'content');
		const title = cell(row, header, 'conversation title').trim();
		const from = cell(row, header, 'from').trim();
		return {
			file,
			line: row.line,
			conversation: cell(row, header, 'conversation id'),
			from,
			fromUrl,
			fromSlug: fromUrl ? slugOf(fromUrl) : undefined,
			to: cell(row, header, 'to'),
			toUrls: cell(row, header, 'recipient profile urls').split(',').map(url => url.trim()).filter(Boolean),
			date: cell(row, header, 'date'),
			subject: cell(row, header, 'subject').trim(),
			content,
			sponsored: /^sponsored conversation$/i.test(title) || (!fromUrl && from === 'LinkedIn Member' && /spinmail/.test(content)),
			draft: draftColumn && yes(cell(row, header, 'is message draft')),
			spam: /^spam$/i.test(cell(row, header, 'folder').trim()),
		};
	});
}

/**
 * The one account present in every conversation. Sponsored messages are always
 * addressed to the owner, which settles a tie (an export with one conversation).
 */
function inferOwner(messages: Message[]): string | undefined {
	const members = new Map<string, Set<string>>();
	const sponsoredTo = new Set<string>();
	for (const message of messages) {
		const slugs = [message.fromSlug, ...message.toUrls.map(slugOf)].filter((slug): slug is string => Boolean(slug));
		if (message.sponsored) {
			slugs.forEach(slug => sponsoredTo.add(slug));
			continue;
		}
		const set = members.get(message.conversation) ?? new Set<string>();
		slugs.forEach(slug => set.add(slug));
		members.set(message.conversation, set);
	}
	const counts = new Map<string, number>();
	for (const set of members.values()) for (const slug of set) counts.set(slug, (counts.get(slug) ?? 0) + 1);
	const best = maxOf(counts.values(), 0);
	let candidates = [...counts].filter(([, count]) => count === best).map(([slug]) => slug);
	if (candidates.length > 1) candidates = candidates.filter(slug => sponsoredTo.has(slug));
	return candidates.length === 1 && (best >= 2 || members.size === 1) ? candidates[0] : undefined;
}

export function importMessages(sheets: Sheet[], builder: BatchBuilder, owner: Owner): void {
	const messages = sheets.flatMap(readMessages);
	if (messages.length === 0) return;
	// An owner known only by name (old invitations have no URLs) is found among the senders.
	owner.slug ??= owner.name ? messages.find(message => message.from === owner.name && message.fromSlug)?.fromSlug : undefined;
	owner.slug ??= inferOwner(messages);
	if (!owner.slug && !owner.name) {
		builder.problem(messages[0]!.file, undefined, 'cannot tell which account is yours, so not which messages you sent: import Invitations.csv from the same export with it', 'interactions');
		return;
	}
	// Names by profile, for recipients LinkedIn lists only as one joined `TO` text, and profiles
	// by name within a conversation, for old exports that list recipients by name only.
	const names = new Map<string, string>();
	const peers = new Map<string, string>();
	for (const message of messages) {
		if (!message.fromSlug || !message.from) continue;
		names.set(message.fromSlug, message.from);
		peers.set(`${message.conversation}\u0000${message.from}`, message.fromUrl);
	}
	for (const message of messages) {
		const where = `line ${message.line}`;
		if (message.sponsored) {
			builder.skip(message.file, where, 'sponsored message', 'interactions');
			continue;
		}
		if (message.draft) {
			builder.skip(message.file, where, 'draft, never sent', 'interactions');
			continue;
		}
		// What LinkedIn filed as spam is no acquaintance; keeping it would only dress up a stranger as known.
		if (message.spam) {
			builder.skip(message.file, where, 'in the SPAM folder', 'interactions');
			continue;
		}
		const date = parseExportDate(message.date);
		if (!date) {
			builder.problem(message.file, where, message.date ? `"DATE" is not a date: "${message.date}"` : '"DATE" is empty', 'interactions');
			continue;
		}
		if (!owner.name && owner.slug && message.fromSlug === owner.slug && message.from) owner.name = message.from;
		const outgoing = owner.slug ? message.fromSlug === owner.slug : message.from === owner.name;
		const counterparts = outgoing ? recipients(message, names, peers, owner) : [member(message.from, message.fromUrl)];
		if (!outgoing && !message.fromUrl && message.from === 'LinkedIn Member') {
			builder.skip(message.file, where, 'sender account closed or hidden (no name, no profile URL)', 'interactions');
			continue;
		}
		if (counterparts.length === 0 || counterparts.some(person => !person)) {
			builder.problem(message.file, where, outgoing ? 'no recipient (TO and RECIPIENT PROFILE URLS are empty)' : 'no sender (FROM and SENDER PROFILE URL are empty)', 'interactions');
			continue;
		}
		const text = [message.subject && !message.content.startsWith(message.subject) ? message.subject : '', message.content].filter(Boolean).join('\n\n');
		for (const person of counterparts) {
			builder.interaction({
				person: builder.person(person!),
				at: instantOf(date),
				channel: 'linkedin',
				kind: 'message',
				direction: outgoing ? 'out' : 'in',
				...(text ? {text} : {}),
			}, message.file, where);
		}
	}
}

function recipients(message: Message, names: Map<string, string>, peers: Map<string, string>, owner: Owner) {
	const urls = message.toUrls.filter(url => slugOf(url) !== owner.slug);
	if (urls.length === 0) {
		const to = message.to.trim();
		return to && to !== owner.name ? [member(to, peers.get(`${message.conversation}\u0000${to}`) ?? '')] : [];
	}
	// Names may contain ", " themselves: split TO only when the parts match the profiles one to one.
	const parts = message.to.split(', ');
	const byPosition = message.toUrls.length === 1 ? [message.to] : parts.length === message.toUrls.length ? parts : undefined;
	return urls.map(url => {
		const slug = slugOf(url);
		const name = (slug && names.get(slug)) ?? byPosition?.[message.toUrls.indexOf(url)] ?? '';
		return member(name, url);
	});
}
