// Composition root of the inbox: wires the core to the view state and the
// components. The logic lives in ui/state.ts and ui/hooks/.
import {Box, Text, useApp} from 'ink';
import {sanitizeLine} from './core/sanitize.js';
import {useEffect, useMemo, useState} from 'react';
import {latestFirst} from './core/people/history.js';
import type {Database, Suggestion} from './core/model.js';
import {Detail} from './ui/components/Detail.js';
import {Header} from './ui/components/Header.js';
import {HelpOverlay} from './ui/components/HelpOverlay.js';
import {RequestList} from './ui/components/RequestList.js';
import {Footer} from './ui/components/Footer.js';
import {SearchOverlay} from './ui/components/SearchOverlay.js';
import {useSearchIndex} from './ui/hooks/use-search-index.js';
import {useCommands} from './ui/hooks/use-commands.js';
import {useInbox, type Saver} from './ui/hooks/use-inbox.js';
import {useInboxCommands} from './ui/hooks/use-inbox-commands.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {keymap, type Binding} from './ui/keymap.js';
import {BindingsContext} from './ui/bindings-context.js';
import {activeMode, initialState, reducer, scopesOf, selectedIndex, typesText} from './ui/state.js';
import {newestFirst, noFilters, rowsFor, viewCounts, type View} from './ui/views.js';
import type {StartingSuggestions} from './ui/hooks/use-suggestions.js';
import type {HeldKeys} from './ui/hooks/use-commands.js';
import {useSyncReducer} from './ui/hooks/use-sync-reducer.js';

/** What the inbox shows now, for the snapshot and the suggestion cache kept beside the database. */
export type InboxView = {
	db: Database;
	pending: string[];
	counts: Record<View, number>;
	suggestions: ReadonlyMap<string, Suggestion>;
	/** Requests suggested in this session. */
	computed: ReadonlySet<string>;
	sameText: (key: string) => readonly string[];
	clustersKnown: boolean;
};

type Props = {
	db: Database;
	save?: Saver;
	now?: Date;
	bindings?: Binding[];
	notice?: string;
	onQuit?: (latest: Database) => void;
	/** Only a snapshot of the first rows is shown, with these rows and counts; keys are held until the database is there. */
	preview?: {keys: string[]; counts: Record<string, number>};
	/** Suggestions kept from the last session. */
	start?: StartingSuggestions;
	held?: HeldKeys;
	/** Filled with a function that tells what the inbox shows now. */
	expose?: {current?: () => InboxView};
};

/** Rows the list may use: the terminal less the header, the status bar and a spare line. */
const listHeightFor = (rows: number) => Math.max(3, rows - 4);

export function App({db: initial, save, now: nowGiven, bindings = keymap, notice, onQuit, preview, start, held, expose}: Props) {
	const {exit} = useApp();
	// One moment for the whole session: ages and rows do not change under the cursor.
	const [now] = useState(() => nowGiven ?? new Date());
	const {columns, rows} = useTerminalSize();
	const inbox = useInbox(initial, save, now, start, !preview);
	const listHeight = listHeightFor(rows);
	const [state, dispatch, stateRef] = useSyncReducer(reducer, () => ({
		...initialState(preview?.keys ?? rowsFor(initial, inbox.suggestions, 'pending', noFilters), listHeight),
		message: notice,
	}));
	const mode = activeMode(state);
	const scopes = scopesOf(mode);

	const order = useMemo(() => newestFirst(initial), [initial]);
	const keys = useMemo(() => preview?.keys ?? rowsFor(inbox.db, inbox.suggestions, state.view, state.filters, order), [inbox.db.requests, inbox.suggestions, state.view, state.filters]);
	const counts = useMemo(() => (preview?.counts as Record<View, number> | undefined) ?? viewCounts(inbox.db, inbox.suggestions), [inbox.db.requests, inbox.suggestions]);
	if (expose) {
		expose.current = () => ({
			db: inbox.latest.current,
			pending: rowsFor(inbox.latest.current, inbox.suggestions, 'pending', noFilters, order),
			counts: viewCounts(inbox.latest.current, inbox.suggestions),
			suggestions: inbox.suggestions,
			computed: inbox.computed,
			sameText: inbox.sameText,
			clustersKnown: inbox.clustersKnown(),
		});
	}
	useEffect(() => dispatch({type: 'rows', rows: keys}), [keys]);
	useEffect(() => dispatch({type: 'resize', height: listHeight}), [listHeight]);
	useEffect(() => {
		if (!state.quitting) return;
		onQuit?.(inbox.latest.current);
		exit();
	}, [state.quitting]);

	const searchIndex = useSearchIndex(inbox.db, mode.kind === 'search', !preview && !inbox.classifying);
	const searchHeight = listHeight + 1;
	const onCommand = useInboxCommands(stateRef, dispatch, inbox, now, useMemo(() => ({index: searchIndex, height: searchHeight}), [searchIndex, searchHeight]));
	useCommands({
		held,
		scopes: () => scopesOf(activeMode(stateRef.current)),
		onCommand,
		bindings,
		onText: text => {
			if (typesText(activeMode(stateRef.current))) dispatch({type: 'text', text});
		},
	});

	const listWidth = Math.max(38, Math.floor(columns * 0.55));
	const detailWidth = Math.max(20, columns - listWidth - 1);
	const visible = state.rows.slice(state.start, state.start + state.height).map(key => inbox.request(key)!).filter(Boolean);
	const selected = state.selectedKey ? inbox.request(state.selectedKey) : undefined;
	const history = useMemo(() => latestFirst(selected ? (inbox.histories.get(selected.from) ?? []) : []), [selected?.from, inbox.histories]);
	const sameText = useMemo(() => (selected ? inbox.sameText(selected.key) : [])
		.map(key => inbox.request(key))
		.filter(request => request !== undefined)
		.map(request => ({request, name: inbox.people.get(request.from)?.name ?? '?'})), [selected, inbox.sameText, inbox.request, inbox.people, inbox.classifying]);
	return (
		<BindingsContext.Provider value={bindings}>
			<Box flexDirection="column" width={columns} height={rows - 1}>
				<Header view={state.view} counts={counts} filters={state.filters} width={columns} />
				{mode.kind === 'help' ? <HelpOverlay width={columns} height={listHeight} page={mode.page} /> : null}
				{mode.kind === 'search' && searchIndex ? (
					<SearchOverlay index={searchIndex} db={inbox.db} state={mode.search} width={columns} height={searchHeight} canVouch />
				) : null}
				{mode.kind === 'search' && !searchIndex ? (
					<Box height={searchHeight}>
						<Text>/ {sanitizeLine(mode.search.query)} <Text dimColor>indexing {inbox.db.people.length} people for search…</Text></Text>
					</Box>
				) : null}
				{mode.kind === 'help' || mode.kind === 'search' ? null : (
					<Box flexDirection="row" height={listHeight}>
						<RequestList requests={visible} people={inbox.people} suggestions={inbox.suggestions} selectedKey={state.selectedKey} marks={state.marks} width={listWidth} now={now} />
						<Detail
							request={selected}
							person={selected ? inbox.people.get(selected.from) : undefined}
							suggestion={selected ? inbox.suggestions.get(selected.key) : undefined}
							history={history}
							sameText={sameText}
							width={detailWidth}
							height={listHeight}
						/>
					</Box>
				)}
				<Footer
					mode={mode}
					scopes={scopes}
					position={selectedIndex(state) + 1}
					total={preview ? (counts[state.view] ?? state.rows.length) : state.rows.length}
					marks={state.marks.size}
					message={preview ? 'loading…' : inbox.classifying ? `classifying… ${Math.floor((100 * inbox.classified) / Math.max(1, inbox.toClassify))}%` : state.message}
					error={inbox.saveError}
					width={columns}
				/>
			</Box>
		</BindingsContext.Provider>
	);
}
