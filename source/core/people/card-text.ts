// The who-is card as labelled lines of text, shared by `netinbox whois` and the
// inbox's card view. Every line is sanitised here: names, notes and messages
// come from strangers.
import type {Card} from './card.js';
import {counted} from '../plural.js';
import {sanitizeLine, sanitizeText} from '../sanitize.js';
import {directionCounts} from './history.js';

export type CardSection = {label: string; lines: string[]};

const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** `Anna Brandt (p2)`: the name and the id to use in commands. */
export function cardTitle(card: Card): string {
	return `${sanitizeLine(card.person.name)} (${sanitizeLine(card.person.id)})`;
}

export function cardSections(card: Card): CardSection[] {
	const {person} = card;
	const sections: CardSection[] = [];
	const add = (label: string, lines: string[]) => {
		if (lines.length > 0) sections.push({label, lines: lines.map(line => sanitizeLine(line))});
	};
	add('verdict', [card.summary]);
	if (card.vouched) add('vouched', [`${day(card.vouched.at)}: you would recommend them${card.vouched.note ? ` — ${card.vouched.note}` : ''}`]);
	add('warning', card.warnings);
	add('merged', card.merged.map(merge => `${day(merge.at)} ${merge.name} (${merge.id}) merged into this record (${merge.merge})`));
	// One reason a line: at 80 columns a joined list would be cut off where it matters.
	add('probably', card.probablyAlso.flatMap(other => [`also ${other.name} (${other.id}):`, ...other.reasons.map(reason => `  · ${reason}`)]));
	add('profile', [
		[person.headline, person.company, person.location].filter(Boolean).join(' · '),
		person.aliases.length > 0 ? `also known as ${person.aliases.join(', ')}` : '',
		Object.entries(person.handles).map(([network, handle]) => `${network} ${handle}`).join(', '),
		person.mutualContacts !== undefined ? counted(person.mutualContacts, 'mutual contact') : '',
	].filter(Boolean));
	add('met', [
		...card.met.meetings.map(meeting => `${day(meeting.at)}${meeting.text ? ` ${meeting.text}` : ''}`),
		...(card.met.byNote && card.met.count === 0 ? ['your note says you met (see note)'] : []),
	]);
	add('dialogue', card.dialogue.map(t => `${t.channel}: ${directionCounts(t)}, ${day(t.first)} – ${day(t.last)}`));
	add('one-way', card.oneWay.map(t => `${t.channel} ${t.kind} ${t.direction === 'in' ? 'from them' : 'from you'} ${t.count}×, last ${day(t.last)}`));
	add('connected', card.connections.map(c => `${c.network} since ${day(c.since)}${c.via === 'accepted request' ? ' (you accepted their request)' : ''}`));
	add('requests', card.requests.map(r =>
		`${r.key} ${day(r.receivedAt)} ${r.status}${r.decidedAt ? ` ${day(r.decidedAt)}` : ''}: ${r.message ? `“${clip(sanitizeLine(r.message), 60)}”` : '(no message)'}`));
	add('journal', card.journal.map(j => `${day(j.at)} ${j.request}: ${j.from} → ${j.to}${j.undone ? ' (undone)' : ''}`));
	if (card.notes) sections.push({label: 'note', lines: sanitizeText(card.notes).split('\n')});
	add('tags', card.tags.length > 0 ? [card.tags.join(', ')] : []);
	if (card.person.sources.length > 0) add('sources', [card.person.sources.map(source => `${source.format} ${source.id}`).join(', ')]);
	return sections;
}
