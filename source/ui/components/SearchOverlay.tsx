// "Do I know X?" inside the inbox: a query line that searches with every key,
// the matches with their verdicts, and the card of the one picked. The inbox's
// dispatcher reads the keys (keymap scopes `search` and `card`); this only draws.
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {buildCard, type Card} from '../../core/people/card.js';
import {probablyAlsoOf, sameIndexOf} from '../../core/people/same.js';
import type {Database} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {namesakes, searchPeople, type SearchHit, type SearchIndex} from '../../core/search/search.js';
import {explainMatch} from '../../core/search/explain.js';
import {parseQuery} from '../../core/search/query.js';
import {useBindings} from '../bindings-context.js';
import {orderedHints} from '../status-line.js';
import {matchLimit, type SearchState} from '../search-state.js';
import {theme} from '../theme.js';
import {PersonCard} from './PersonCard.js';
import {VerdictChip} from './VerdictChip.js';

export type SearchOverlayProps = {
	/** buildSearchIndex(db), built once per database by the caller. */
	index: SearchIndex;
	db: Database;
	state: SearchState;
	width: number;
	height: number;
	/** Whether "vouch" is offered on the card (the caller can save it). */
	canVouch?: boolean;
	/** What the last action said (`no pending request from …`). */
	message?: string;
};

/** The matches for the query, as many as fit. The inbox calls the same to act on the selected one. */
export function matchesFor(index: SearchIndex, query: string, height: number): SearchHit[] {
	return query.trim() ? searchPeople(index, query, {limit: matchLimit(height)}) : [];
}

export function cardFor(index: SearchIndex, db: Database, personId: string | undefined): Card | undefined {
	const at = personId === undefined ? undefined : index.position.get(personId);
	const person = at === undefined ? undefined : db.people[at];
	return person ? buildCard(db, person, namesakes(index, person.id), probablyAlsoOf(sameIndexOf(db), person), index.records) : undefined;
}

export function SearchOverlay({index, db, state, width, height, canVouch = false, message}: SearchOverlayProps) {
	const keymap = useBindings();
	const limit = matchLimit(height);
	const matches = useMemo(() => matchesFor(index, state.query, height), [index, state.query, height]);
	const card = useMemo(() => cardFor(index, db, state.personId), [db, index, state.personId]);
	// How each match matched: a first name alone is shown as such, never as the person asked for.
	const partial = useMemo(() => {
		const parsed = parseQuery(state.query);
		return new Set(matches.filter(match => explainMatch(index, index.position.get(match.personId)!, parsed).match === 'partial').map(match => match.personId));
	}, [index, matches, state.query]);
	const nobody = matches.length > 0 && partial.size === matches.length;
	const selected = Math.min(state.selected, Math.max(0, matches.length - 1));

	if (state.view === 'card' && card) {
		return <PersonCard card={card} width={width} height={height} scroll={state.scroll} canVouch={canVouch} message={message} />;
	}
	const hints = orderedHints(keymap, ['search']);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box>
				<Text wrap="truncate">
					<Text {...theme.text.heading}>/ </Text>
					{sanitizeLine(state.query)}
					<Text inverse> </Text>
					<Text {...theme.text.muted}>{!state.query.trim() ? '' : nobody ? '  no one by that name — the nearest, not the same person:' : `  ${matches.length === limit ? `${limit}+` : matches.length} found`}</Text>
				</Text>
			</Box>
			{!state.query.trim() && <Text {...theme.text.muted}>Type a name, a handle or a company: whom do you know?</Text>}
			{state.query.trim() && matches.length === 0 && <Text {...theme.text.muted}>No one in your records matches that.</Text>}
			{matches.map((match, row) => (
				<MatchRow key={match.personId} match={match} index={index} selected={row === selected} width={width} partial={!nobody && partial.has(match.personId)} />
			))}
			<Box flexGrow={1} />
			<Text wrap="truncate">{message ? <Text {...theme.warning}>{message} · </Text> : null}<Text {...theme.text.muted}>{hints.join(' · ')}</Text></Text>
		</Box>
	);
}

function MatchRow({match, index, selected, width, partial}: {match: SearchHit; index: SearchIndex; selected: boolean; width: number; partial: boolean}) {
	const person = index.people[index.position.get(match.personId)!];
	const facts = [person?.headline, person?.company, person?.location].filter(Boolean).map(sanitizeLine).join(' · ');
	const name = [...sanitizeLine(match.name)];
	return (
		<Box width={width}>
			<Text inverse={selected} wrap="truncate">
				{selected ? '›' : ' '} {name.length > 24 ? `${name.slice(0, 23).join('')}…` : name.join('').padEnd(24)} <VerdictChip verdict={match.verdict} width={24} />
				<Text {...theme.text.muted}>{partial ? 'only partly: ' : ''}{facts}</Text>
			</Text>
		</Box>
	);
}
