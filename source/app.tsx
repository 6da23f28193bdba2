// Composition root of the inbox: wires the database to the view state and the
// components. No logic of its own.
import {Box, render, useApp} from 'ink';
import {useMemo, useReducer, useEffect} from 'react';
import {historyByPerson} from './core/history.js';
import type {Database} from './core/model.js';
import {Store} from './core/store.js';
import {Detail} from './ui/components/Detail.js';
import {RequestList} from './ui/components/RequestList.js';
import {StatusBar} from './ui/components/StatusBar.js';
import {useCommands} from './ui/hooks/use-commands.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import type {Scope} from './ui/keymap.js';
import {initialState, reducer, selectedIndex} from './ui/state.js';

type Props = {db: Database; now?: Date; onQuit?: () => void};

const scopes: Scope[] = ['list', 'global'];

export function pendingKeys(db: Database): string[] {
	return db.requests
		.filter(request => request.status === 'pending')
		.sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt))
		.map(request => request.key);
}

export function App({db, now = new Date(), onQuit}: Props) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const listHeight = Math.max(1, rows - 2);
	const requests = useMemo(() => new Map(db.requests.map(request => [request.key, request])), [db]);
	const people = useMemo(() => new Map(db.people.map(person => [person.id, person])), [db]);
	const histories = useMemo(() => historyByPerson(db), [db]);
	const [state, dispatch] = useReducer(reducer, undefined, () => initialState(pendingKeys(db), listHeight));

	useEffect(() => dispatch({type: 'resize', height: listHeight}), [listHeight]);
	useEffect(() => {
		if (!state.quitting) return;
		onQuit?.();
		exit();
	}, [state.quitting]);
	useCommands(scopes, command => dispatch({type: 'command', command}));

	const listWidth = Math.max(30, Math.floor(columns * 0.45));
	const visible = state.rows.slice(state.start, state.start + state.height).map(key => requests.get(key)!);
	const selected = state.selectedKey ? requests.get(state.selectedKey) : undefined;
	return (
		<Box flexDirection="column" height={rows}>
			<Box flexDirection="row" height={listHeight}>
				<RequestList requests={visible} people={people} selectedKey={state.selectedKey} width={listWidth} now={now} />
				<Detail
					request={selected}
					person={selected ? people.get(selected.from) : undefined}
					history={selected ? (histories.get(selected.from) ?? []) : []}
					width={Math.max(20, columns - listWidth)}
				/>
			</Box>
			<StatusBar position={selectedIndex(state) + 1} total={state.rows.length} scopes={scopes} />
		</Box>
	);
}

/** Opens the database for writing, runs the inbox until the user quits, then saves and releases it. */
export async function runInbox(file: string): Promise<number> {
	const store = await Store.open(file, {write: true, command: 'netinbox (inbox)'});
	try {
		const instance = render(<App db={store.data} />, {exitOnCtrlC: false});
		await instance.waitUntilExit();
	} finally {
		await store.close();
	}
	return 0;
}
