// What the history says about knowing someone: met in person, real dialogue
// (two exchanges each way at least; a connection elsewhere counts only with
// one), or only one-way contact (likes, follows, mentions, unanswered messages).
import type {Interaction, Network, Person} from '../model.js';
import {day, fold} from './fold.js';
import type {Library} from './library.js';
import type {Hit} from './rules.js';

export type Evidence = {
	hits: Hit[];
	/** Met in person or real dialogue (or vouched): enough to accept. */
	strong: boolean;
	/** When the evidence became real; for re-surfacing deferred requests. */
	since?: string;
};

const conversational = new Set(['message', 'reply', 'comment', 'email', 'call']);

export function metInNotes(notes: string | undefined, library: Library): string | undefined {
	if (!notes) return undefined;
	const folded = fold(notes);
	if (library.notMetInNotes.test(folded)) return undefined;
	return library.metInNotes.test(folded) ? notes : undefined;
}

const short = (text: string, max = 60) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

function channelList(channels: string[]): string {
	return channels.length <= 1 ? channels.join('') : `${channels.slice(0, -1).join(', ')} and ${channels.at(-1)}`;
}

export function evidenceFor(person: Person, history: Interaction[], network: Network, library: Library): Evidence {
	const hits: Hit[] = [];
	let strong = false;
	let since: string | undefined;

	const meetings = history.filter(item => item.kind === 'meeting');
	if (meetings.length > 1) meetings.sort((a, b) => a.at.localeCompare(b.at));
	const note = metInNotes(person.notes, library);
	if (meetings.length > 0) {
		const last = meetings.at(-1)!;
		const count = meetings.length > 1 ? ` ${meetings.length}×, last` : '';
		const what = last.text ?? note;
		hits.push({rule: 'MET_IN_PERSON', text: `met in person${count} ${day(last.at)}${what ? ` (${short(what)})` : ''}`});
		strong = true;
		since = meetings[0]!.at;
	} else if (note) {
		hits.push({rule: 'MET_IN_PERSON', text: `met in person (note: ${short(note)})`});
		strong = true;
	} else {
		const tag = person.tags.find(candidate => library.personalTags.has(candidate.toLowerCase()));
		if (tag) {
			hits.push({rule: 'MET_IN_PERSON', text: `known personally (you tagged them "${tag}")`});
			strong = true;
		}
	}

	let incoming = 0;
	let outgoing = 0;
	let last = '';
	// The dialogue became real with the second exchange in each direction: keep the two earliest of each.
	const earliestIn: string[] = [];
	const earliestOut: string[] = [];
	const keepTwo = (list: string[], at: string) => {
		list.push(at);
		list.sort();
		if (list.length > 2) list.pop();
	};
	const channels = new Map<string, {in: number; out: number}>();
	const oneWay: string[] = [];
	for (const item of history) {
		if (item.kind === 'meeting') continue;
		if (!conversational.has(item.kind)) {
			if (item.direction !== 'out') oneWay.push(item.kind);
			continue;
		}
		const tally = channels.get(item.channel) ?? {in: 0, out: 0};
		if (item.direction !== 'out') {
			incoming++;
			tally.in++;
			keepTwo(earliestIn, item.at);
		}
		if (item.direction !== 'in') {
			outgoing++;
			tally.out++;
			keepTwo(earliestOut, item.at);
		}
		channels.set(item.channel, tally);
		if (item.at > last) last = item.at;
	}
	const completedAt = incoming >= 2 && outgoing >= 2 ? [earliestIn[1]!, earliestOut[1]!].sort()[1] : undefined;
	const used = [...channels.entries()].sort((a, b) => b[1].in + b[1].out - (a[1].in + a[1].out)).map(([channel]) => channel);
	if (completedAt) {
		hits.push({rule: 'DIALOGUE', text: `dialogue on ${channelList(used)}: ${incoming} in, ${outgoing} out, last ${day(last)}`});
		strong = true;
		since = since && since < completedAt ? since : completedAt;
	}

	const elsewhere = Object.entries(person.connectedOn).filter(([other]) => other !== network);
	if (elsewhere.length > 0) {
		const [other, date] = elsewhere.sort((a, b) => String(a[1]).localeCompare(String(b[1])))[0]!;
		if (completedAt) {
			// Already said by DIALOGUE; the connection is worth a line of its own.
			hits.push({rule: 'CONNECTED_WITH_DIALOGUE', text: `already connected on ${other} since ${day(String(date))}`});
		} else {
			const exchanges = incoming + outgoing > 0 ? ` (${incoming} in, ${outgoing} out)` : '';
			hits.push({rule: 'CONNECTED_ELSEWHERE', text: `connected on ${other} since ${day(String(date))}, but no real dialogue${exchanges}: not evidence`});
		}
	}

	if (person.vouched) {
		hits.push({rule: 'VOUCHED', text: `you vouched for them ${day(person.vouched.at)}${person.vouched.note ? ` (${short(person.vouched.note)})` : ''}`});
		strong = true;
	}

	if (!strong && (oneWay.length > 0 || incoming + outgoing > 0)) {
		hits.push({rule: 'ONE_WAY_ONLY', text: oneWayText(oneWay, incoming, outgoing, used)});
	}
	return {hits, strong, ...(since ? {since} : {})};
}

function oneWayText(kinds: string[], incoming: number, outgoing: number, channels: string[]): string {
	if (kinds.length === 0 && incoming === 0) return `one-way contact only: you wrote ${outgoing}×, no answer from them`;
	const counts = new Map<string, number>();
	for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	const verbs: Record<string, string> = {follow: 'followed', like: 'liked', mention: 'mentioned you', comment: 'commented'};
	const parts = [...counts].map(([kind, count]) => `${verbs[kind] ?? kind}${count > 1 ? ` ${count}×` : ''}`);
	if (incoming > 0) parts.push(`wrote ${incoming}×${channels.length ? ` (${channelList(channels)})` : ''}`);
	const answer = outgoing === 0 ? 'no answer from you' : `${outgoing} answer${outgoing > 1 ? 's' : ''} from you`;
	return `one-way contact only: they ${parts.join(', ') || 'wrote'}; ${answer}`;
}
