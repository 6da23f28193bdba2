// Composition root of the inbox: wires the core to the view state and the
// components. The logic lives in ui/state.ts and ui/hooks/.
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Box, Text, render, useApp} from 'ink';
import {NetinboxError} from './core/errors.js';
import {sanitizeLine} from './core/sanitize.js';
import {serializeDatabase} from './core/store/serialize.js';
import {useEffect, useMemo} from 'react';
import {latestFirst} from './core/people/history.js';
import type {Database} from './core/model.js';
import {Store} from './core/store/store.js';
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
import {loadBindings} from './ui/keymap-config.js';
import {BindingsContext} from './ui/bindings-context.js';
import {activeMode, initialState, reducer, scopesOf, selectedIndex, typesText} from './ui/state.js';
import {newestFirst, noFilters, rowsFor, viewCounts} from './ui/views.js';
import {useSyncReducer} from './ui/hooks/use-sync-reducer.js';
import {useSync} from './ui/hooks/use-sync.js';
import {ReplyPanel} from './ui/components/ReplyPanel.js';
import {actingLines} from './ui/acting-lines.js';

type Props = {db: Database; save?: Saver; now?: Date; bindings?: Binding[]; notice?: string; onQuit?: (latest: Database) => void; sync?: boolean};

/** Rows the list may use: the terminal less the header, the status bar and a spare line. */
const listHeightFor = (rows: number) => Math.max(3, rows - 4);

export function App({db: initial, save, now = new Date(), bindings = keymap, notice, onQuit, sync = false}: Props) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const inbox = useInbox(initial, save, now);
	const listHeight = listHeightFor(rows);
	const [state, dispatch, stateRef] = useSyncReducer(reducer, () => ({
		...initialState(rowsFor(initial, inbox.suggestions, 'pending', noFilters), listHeight),
		message: notice,
	}));
	const mode = activeMode(state);
	const scopes = scopesOf(mode);

	const order = useMemo(() => newestFirst(inbox.db), [inbox.db.requests.length]);
	useSync(inbox, sync, text => dispatch({type: 'message', text}));
	const keys = useMemo(() => rowsFor(inbox.db, inbox.suggestions, state.view, state.filters, order), [inbox.db.requests, inbox.suggestions, state.view, state.filters]);
	const counts = useMemo(() => viewCounts(inbox.db, inbox.suggestions), [inbox.db.requests, inbox.suggestions]);
	useEffect(() => dispatch({type: 'rows', rows: keys}), [keys]);
	useEffect(() => dispatch({type: 'resize', height: listHeight}), [listHeight]);
	useEffect(() => {
		if (!state.quitting) return;
		onQuit?.(inbox.latest.current);
		exit();
	}, [state.quitting]);

	const searchIndex = useSearchIndex(inbox.db, mode.kind === 'search');
	const searchHeight = listHeight + 1;
	const onCommand = useInboxCommands(stateRef, dispatch, inbox, now, useMemo(() => ({index: searchIndex, height: searchHeight}), [searchIndex, searchHeight]));
	useCommands({
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
				{mode.kind === 'reply' ? <ReplyPanel name={mode.name} template={mode.template} templates={mode.templates} text={mode.text} width={columns} height={listHeight} /> : null}
				{mode.kind === 'help' || mode.kind === 'search' || mode.kind === 'reply' ? null : (
					<Box flexDirection="row" height={listHeight}>
						<RequestList requests={visible} people={inbox.people} suggestions={inbox.suggestions} selectedKey={state.selectedKey} marks={state.marks} width={listWidth} now={now} />
						<Detail
							request={selected}
							person={selected ? inbox.people.get(selected.from) : undefined}
							suggestion={selected ? inbox.suggestions.get(selected.key) : undefined}
							history={history}
							sameText={sameText}
							acting={selected ? actingLines(selected, inbox.people.get(selected.from), inbox.db.settings, inbox.suggestions.get(selected.key), now) : []}
							width={detailWidth}
							height={listHeight}
						/>
					</Box>
				)}
				<Footer
					mode={mode}
					scopes={scopes}
					position={selectedIndex(state) + 1}
					total={state.rows.length}
					marks={state.marks.size}
					message={inbox.classifying ? `classifying… ${Math.floor((100 * inbox.classified) / Math.max(1, inbox.db.requests.length))}%` : state.message}
					error={inbox.saveError}
					width={columns}
				/>
			</Box>
		</BindingsContext.Provider>
	);
}

/** Opens the database for writing, runs the inbox until the user quits, saves and releases it. */
export async function runInbox(file: string, {sync = true} = {}): Promise<number> {
	const {bindings, problems} = loadBindings();
	const store = await Store.open(file, {write: true, command: 'netinbox (inbox)'});
	let latest = store.data;
	try {
		const app = <App db={store.data} save={data => store.save(data)} bindings={bindings} notice={problems[0]} onQuit={data => (latest = data)} sync={sync} />;
		const instance = render(app, {exitOnCtrlC: false});
		await instance.waitUntilExit();
		await saveOrRescue(store, latest);
	} finally {
		await store.close();
	}
	return 0;
}

/** The last save before quitting; if the disk refuses it, the decisions go to a rescue file, never nowhere. */
async function saveOrRescue(store: Store, data: Database): Promise<void> {
	try {
		await store.save(data);
	} catch (error) {
		const rescue = path.join(tmpdir(), `netinbox-unsaved-${Date.now()}.json`);
		await writeFile(rescue, serializeDatabase(data), {mode: 0o600});
		throw new NetinboxError(`${(error as Error).message}\nYour session was written to ${rescue}; move it over ${store.file} once the disk is writable.`);
	}
}
