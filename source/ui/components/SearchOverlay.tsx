// "Do I know X?" inside the inbox: a query line that searches with every key,
// the matches with their verdicts, and the card of the one picked. Handles its
// own keys (see searchBindings) while it is active; the inbox decides when it
// is mounted and what jumping to a request means.
import {Box, Text, useInput, useStdin, type Key} from 'ink';
import {useMemo, useReducer, useRef} from 'react';
import {buildCard} from '../../core/card.js';
import type {Database} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {namesakes, searchPeople, type SearchHit, type SearchIndex} from '../../core/search.js';
import {keyNames} from '../keys.js';
import {initialSearchState, searchCommandFor, searchReducer, type SearchCommand} from '../search-state.js';
import {theme} from '../theme.js';
import {cardOverflow, PersonCard} from './PersonCard.js';
import {VerdictChip} from './VerdictChip.js';

export type SearchOverlayProps = {
	/** buildSearchIndex(db), built once per database by the caller. */
	index: SearchIndex;
	db: Database;
	width: number;
	height: number;
	/** Escape on the list. */
	onClose: () => void;
	/** `r` on a card: the key of that person's newest pending request. */
	onJump: (requestKey: string) => void;
	/** A card was opened. */
	onOpen?: (personId: string) => void;
	/** `v` on a card: vouch (true) or take it back (false). Without it, no vouching is offered. */
	onVouch?: (personId: string, vouch: boolean) => void;
	/** False while something above the overlay takes the keys. */
	isActive?: boolean;
	initialQuery?: string;
};

function isSpecial(key: Key): boolean {
	return key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.return ||
		key.escape || key.tab || key.backspace || key.delete || key.ctrl || key.meta;
}

export function SearchOverlay({index, db, width, height, onClose, onJump, onOpen, onVouch, isActive = true, initialQuery = ''}: SearchOverlayProps) {
	const [state, dispatch] = useReducer(searchReducer, initialQuery, initialSearchState);
	const limit = Math.max(1, height - 3);
	const matches = useMemo(() => (state.query.trim() ? searchPeople(index, state.query, {limit}) : []), [index, state.query, limit]);
	const card = useMemo(() => {
		const at = state.personId === undefined ? undefined : index.position.get(state.personId);
		const person = at === undefined ? undefined : db.people[at];
		return person ? buildCard(db, person, namesakes(index, person.id)) : undefined;
	}, [db, index, state.personId]);
	const selected = Math.min(state.selected, Math.max(0, matches.length - 1));

	const run = (command: SearchCommand) => {
		if (command === 'search.close') return onClose();
		if (command === 'search.open') {
			const match = matches[selected];
			if (!match) return;
			dispatch({type: 'open', personId: match.personId});
			return onOpen?.(match.personId);
		}
		if (command === 'card.jump') return card?.pendingRequest ? onJump(card.pendingRequest) : undefined;
		if (command === 'card.vouch') return card && onVouch ? onVouch(card.person.id, !card.vouched) : undefined;
		dispatch({type: 'command', command, count: state.view === 'card' && card ? cardOverflow(card, height) : matches.length});
	};

	// Keys are read against what is on screen now: a key typed right after enter belongs to the card,
	// even before Ink has handed the input listener this render's closure.
	const current = useRef({view: state.view, run});
	current.current = {view: state.view, run};
	const {isRawModeSupported} = useStdin();
	useInput(
		(input, key) => {
			const {view, run} = current.current;
			if (view === 'list' && input && !isSpecial(key)) return dispatch({type: 'type', text: input});
			for (const name of keyNames(input, key)) {
				const command = searchCommandFor(view, name);
				if (command) run(command);
			}
		},
		{isActive: isActive && isRawModeSupported === true},
	);

	if (state.view === 'card' && card) {
		return <PersonCard card={card} width={width} height={height} scroll={state.scroll} canVouch={onVouch !== undefined} />;
	}
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box>
				<Text wrap="truncate">
					<Text {...theme.text.heading}>/ </Text>
					{sanitizeLine(state.query)}
					<Text inverse> </Text>
					<Text {...theme.text.muted}>{state.query.trim() ? `  ${matches.length === limit ? `${limit}+` : matches.length} found` : ''}</Text>
				</Text>
			</Box>
			{!state.query.trim() && <Text {...theme.text.muted}>Type a name, a handle or a company: whom do you know?</Text>}
			{state.query.trim() && matches.length === 0 && <Text {...theme.text.muted}>No one in your records matches that.</Text>}
			{matches.map((match, row) => (
				<MatchRow key={match.personId} match={match} index={index} selected={row === selected} width={width} />
			))}
			<Box flexGrow={1} />
			<Text {...theme.text.muted} wrap="truncate">↑/↓ select · enter card · esc close</Text>
		</Box>
	);
}

function MatchRow({match, index, selected, width}: {match: SearchHit; index: SearchIndex; selected: boolean; width: number}) {
	const person = index.people[index.position.get(match.personId)!];
	const facts = [person?.headline, person?.company, person?.location].filter(Boolean).map(sanitizeLine).join(' · ');
	const name = [...sanitizeLine(match.name)];
	return (
		<Box width={width}>
			<Text inverse={selected} wrap="truncate">
				{selected ? '›' : ' '} {name.length > 24 ? `${name.slice(0, 23).join('')}…` : name.join('').padEnd(24)} <VerdictChip verdict={match.verdict} width={24} />
				<Text {...theme.text.muted}>{facts}</Text>
			</Text>
		</Box>
	);
}
