// Composition root of the inbox: wires the core to the view state and the
// components. The logic lives in ui/state.ts and ui/hooks/.
import {Box, Text, useApp} from 'ink';
import {sanitizeLine} from './core/sanitize.js';
import {useEffect, useMemo, useState} from 'react';
import {latestFirst} from './core/people/history.js';
import type {ContactRequest, Database, Suggestion} from './core/model.js';
import {elsewhereLines, requestsByPerson} from './ui/elsewhere.js';
import {Detail} from './ui/components/Detail.js';
import {EmptyView} from './ui/components/EmptyView.js';
import {Panes} from './ui/components/Panes.js';
import {PlanView, nameOfRequest} from './ui/components/PlanView.js';
import {detailLines, maxDetailScroll} from './ui/detail/lines.js';
import {paneLayout} from './ui/layout.js';
import {Header} from './ui/components/Header.js';
import {HelpOverlay} from './ui/components/HelpOverlay.js';
import {RequestList} from './ui/components/RequestList.js';
import {Footer} from './ui/components/Footer.js';
import {SearchOverlay} from './ui/components/SearchOverlay.js';
import {StatsScreen} from './ui/components/StatsScreen.js';
import {useSearchIndex} from './ui/hooks/use-search-index.js';
import {useCommands} from './ui/hooks/use-commands.js';
import {useInbox, type Saver} from './ui/hooks/use-inbox.js';
import {useInboxCommands} from './ui/hooks/use-inbox-commands.js';
import {useStatsWarmup} from './ui/hooks/use-stats-warmup.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {keymap, type Binding} from './ui/keymap.js';
import {BindingsContext} from './ui/bindings-context.js';
import {activeMode, initialState, reducer, scopesOf, selectedIndex, typesText} from './ui/state.js';
import {isReady, newestFirst, noFilters, rowsFor, viewCounts, type View} from './ui/views.js';
import type {StartingSuggestions} from './ui/hooks/use-suggestions.js';
import type {HeldKeys} from './ui/hooks/use-commands.js';
import {useSyncReducer} from './ui/hooks/use-sync-reducer.js';
import {useSync} from './ui/hooks/use-sync.js';
import {ReplyPanel} from './ui/components/ReplyPanel.js';
import {actingLines} from './ui/acting-lines.js';

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
	/** Sync with Mastodon once the inbox is on screen, when logged in. */
	sync?: boolean;
};

export function App({db: initial, save, now: nowGiven, bindings = keymap, notice, onQuit, preview, start, held, expose, sync = false}: Props) {
	const {exit} = useApp();
	// One moment for the whole session: ages and rows do not change under the cursor.
	const [now] = useState(() => nowGiven ?? new Date());
	const {columns, rows} = useTerminalSize();
	const inbox = useInbox(initial, save, now, start, !preview);
	const layout = paneLayout(columns, rows);
	const listHeight = layout.listHeight;
	const [state, dispatch, stateRef] = useSyncReducer(reducer, () => ({
		...initialState(preview?.keys ?? rowsFor(initial, inbox.suggestions, 'pending', noFilters), listHeight),
		message: notice,
	}));
	const mode = activeMode(state);
	const scopes = scopesOf(mode);

	// A sync may add requests: the order follows them.
	const order = useMemo(() => newestFirst(inbox.db), [inbox.db.requests.length]);
	useSync(inbox, sync && !preview, text => dispatch({type: 'message', text}));
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
	useEffect(() => dispatch({type: 'resize', height: listHeight, detailHeight: layout.detailHeight || layout.body, screenHeight: layout.body}), [listHeight, layout.detailHeight, layout.body]);
	useEffect(() => {
		if (!state.quitting) return;
		onQuit?.(inbox.latest.current);
		exit();
	}, [state.quitting]);

	useStatsWarmup(inbox, now);
	const searchIndex = useSearchIndex(inbox.db, mode.kind === 'search', !preview && !inbox.classifying);
	const searchHeight = layout.body + 1;
	const onCommand = useInboxCommands(stateRef, dispatch, inbox, now, useMemo(() => ({index: searchIndex, height: searchHeight}), [searchIndex, searchHeight]), bindings);
	useCommands({
		held,
		scopes: () => scopesOf(activeMode(stateRef.current)),
		onCommand,
		bindings,
		onText: text => {
			if (typesText(activeMode(stateRef.current))) dispatch({type: 'text', text});
		},
	});

	const visible = state.rows.slice(state.start, state.start + state.height).map(key => inbox.request(key)!).filter(Boolean);
	const selected = state.selectedKey ? inbox.request(state.selectedKey) : undefined;
	const history = useMemo(() => latestFirst(selected ? (inbox.histories.get(selected.from) ?? []) : []), [selected?.from, inbox.histories]);
	const sameText = useMemo(() => (selected ? inbox.sameText(selected.key) : [])
		.map(key => inbox.request(key))
		.filter(request => request !== undefined)
		.map(request => ({request, name: inbox.people.get(request.from)?.name ?? '?'})), [selected, inbox.sameText, inbox.request, inbox.people, inbox.classifying]);
	const byPerson = useMemo(() => requestsByPerson(inbox.db.requests), [inbox.db.requests]);
	const elsewhereOf = (request: ContactRequest) => elsewhereLines(request, inbox.people.get(request.from), byPerson.get(request.from) ?? []);
	const ownScreen = mode.kind === 'detail';
	const detailWidth = ownScreen ? columns : layout.detailWidth;
	const detailHeight = ownScreen ? layout.body : layout.detailHeight;
	const suggestion = selected ? inbox.suggestions.get(selected.key) : undefined;
	const lines = useMemo(() => (selected && detailWidth > 0
		? detailLines({
			request: selected, person: inbox.people.get(selected.from), suggestion, ready: isReady(selected, suggestion), history, sameText, elsewhere: elsewhereOf(selected),
			acting: actingLines(selected, inbox.people.get(selected.from), inbox.db.settings, suggestion, now),
		}, detailWidth - 1)
		: undefined), [selected, suggestion, history, sameText, inbox.people, detailWidth, byPerson, inbox.db.settings]);
	useEffect(() => dispatch({type: 'detailMax', max: lines ? maxDetailScroll(lines.length, detailHeight) : 0}), [lines, detailHeight]);
	const detail = (width: number, height: number) => <Detail lines={lines} scroll={state.detailScroll} width={width} height={height} own={ownScreen} />;
	return (
		<BindingsContext.Provider value={bindings}>
			<Box flexDirection="column" width={columns} height={rows - 1}>
				<Header view={state.view} counts={counts} filters={state.filters} width={columns} />
				{mode.kind === 'help' ? <HelpOverlay width={columns} height={layout.body} page={mode.page} /> : null}
				{mode.kind === 'search' && searchIndex ? (
					<SearchOverlay index={searchIndex} db={inbox.db} state={mode.search} width={columns} height={searchHeight} canVouch message={state.message} />
				) : null}
				{mode.kind === 'search' && !searchIndex ? (
					<Box height={searchHeight}>
						<Text>/ {sanitizeLine(mode.search.query)} <Text dimColor>indexing {inbox.db.people.length} people for search…</Text></Text>
					</Box>
				) : null}
				{mode.kind === 'stats' ? (
					<StatsScreen
						db={inbox.db}
						suggestions={inbox.classifying ? undefined : inbox.suggestions}
						sameText={inbox.sameText}
						progress={inbox.classifying ? {classified: inbox.classified, total: inbox.db.requests.length} : undefined}
						now={now}
						width={columns}
						height={layout.body}
						page={mode.page}
					/>
				) : null}
				{mode.kind === 'reply' ? <ReplyPanel name={mode.name} template={mode.template} templates={mode.templates} text={mode.text} width={columns} height={layout.body} /> : null}
				{mode.kind === 'detail' ? <Box height={layout.body}>{detail(columns, layout.body)}</Box> : null}
				{mode.kind === 'confirm' ? <PlanView items={mode.items} scroll={mode.scroll ?? 0} nameOf={key => nameOfRequest(inbox, key)} width={columns} height={layout.body} /> : null}
				{(mode.kind === 'list' || mode.kind === 'log' || mode.kind === 'prompt') && state.rows.length === 0 ? (
					<Box flexDirection="column" height={layout.body} width={columns}>
						<EmptyView view={state.view} total={inbox.db.requests.length} filtered={state.filters.network !== 'all' || state.filters.suggestion !== 'all'} />
					</Box>
				) : null}
				{(mode.kind === 'list' || mode.kind === 'log' || mode.kind === 'prompt') && state.rows.length > 0 ? (
					<Panes
						layout={layout}
						width={columns}
						list={(width, height) => (
							<RequestList requests={visible.slice(0, height)} people={inbox.people} suggestions={inbox.suggestions} selectedKey={state.selectedKey} marks={state.marks} width={width} now={now} elsewhere={request => elsewhereOf(request).length > 0} />
						)}
						detail={detail}
					/>
				) : null}
				<Footer
					mode={mode}
					scopes={scopes}
					position={selectedIndex(state) + 1}
					total={preview ? (counts[state.view] ?? state.rows.length) : state.rows.length}
					marks={state.marks.size}
					message={preview ? 'loading…' : [inbox.classifying ? `classifying… ${Math.floor((100 * inbox.classified) / Math.max(1, inbox.toClassify))}%` : '', state.message].filter(Boolean).join(' · ')}
					error={inbox.saveError}
					width={columns}
				/>
			</Box>
		</BindingsContext.Provider>
	);
}
