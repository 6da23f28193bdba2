import {Box, Text} from 'ink';
import type {Card} from '../../core/people/card.js';
import {cardSections, cardTitle} from '../../core/people/card-text.js';
import {useBindings} from '../bindings-context.js';
import {hintText, type Command} from '../keymap.js';
import {theme} from '../theme.js';
import {VerdictChip} from './VerdictChip.js';

type Props = {
	card: Card;
	width: number;
	/** Rows available, title and hint line included. */
	height: number;
	/** First card line shown. */
	scroll: number;
	/** Whether "vouch" is offered (the caller can save it). */
	canVouch?: boolean;
	/** What the last action said, before the keys. */
	message?: string;
};

export type CardRow = {label: string; text: string; tone: 'warning' | 'text'};

/** The card's sections as rows: a label on the first line of each section. Pure, for windowing. */
export function cardRows(card: Card): CardRow[] {
	return cardSections(card).flatMap(section =>
		section.lines.map((text, index) => ({label: index === 0 ? section.label : '', text, tone: section.label === 'warning' ? 'warning' as const : 'text' as const})));
}

/** How many rows the card can scroll before its last line is at the bottom. */
export function cardOverflow(card: Card, height: number): number {
	return Math.max(0, cardRows(card).length - Math.max(1, height - 2));
}

export function PersonCard({card, width, height, scroll, canVouch = false, message}: Props) {
	const rows = cardRows(card);
	const visible = Math.max(1, height - 2);
	const start = Math.max(0, Math.min(scroll, rows.length - visible));
	const keymap = useBindings();
	const hint = (command: Command) => {
		const binding = keymap.find(candidate => candidate.command === command);
		return binding ? hintText(binding, keymap) : '';
	};
	const same = canVouch && card.probablyAlso.length > 0 ? [hint('card.merge'), hint('card.notSame')] : [];
	if (canVouch && card.merged.length > 0) same.push(hint('card.unmerge'));
	const hints = [hint('card.back'), card.pendingRequest ? hint('card.jump') : '', canVouch ? hint('card.vouch') + (card.vouched ? ' (take back)' : '') : '', ...same, rows.length > visible ? hint('card.down') : '']
		.filter(Boolean).join(' · ');
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate">
				<Text {...theme.text.heading}>{cardTitle(card)}</Text> <VerdictChip verdict={card.verdict} />
			</Text>
			{rows.slice(start, start + visible).map((row, index) => (
				<Text key={start + index} wrap="truncate">
					<Text {...theme.text.muted}>{row.label.padEnd(10)}</Text> {row.tone === 'warning' ? <Text {...theme.warning}>{row.text}</Text> : row.text}
				</Text>
			))}
			<Box flexGrow={1} />
			<Text wrap="truncate">{message ? <Text {...theme.warning}>{message} · </Text> : null}<Text {...theme.text.muted}>{hints}</Text></Text>
		</Box>
	);
}
