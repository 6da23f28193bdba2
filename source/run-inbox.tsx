// The inbox's life: draws the snapshot of the last session at once, opens the
// database meanwhile, swaps it in with the suggestions kept from last time,
// and keeps the snapshot and the suggestions beside the database current.
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {render, type Instance} from 'ink';
import {NetinboxError} from './core/errors.js';
import type {Database} from './core/model.js';
import {databaseFingerprint} from './core/snapshot/fingerprint.js';
import {previewOf, readSnapshot, snapshotOf, writeSnapshot} from './core/snapshot/snapshot.js';
import {serializeDatabase} from './core/store/serialize.js';
import {Store} from './core/store/store.js';
import {fromCache, fromUnchanged, nothingCached, readCache, toCache, writeCache, type CacheFile, type FromCache} from './core/suggestions/cache.js';
import {knownDigest, suggestionInputs, templatesText} from './core/suggestions/inputs.js';
import {historyByPerson} from './core/people/history.js';
import {App, type InboxView} from './app.js';
import type {HeldKeys} from './ui/hooks/use-commands.js';
import {loadBindings} from './ui/keymap-config.js';

/** A snapshot is written this long after the last save, not after every key. */
const snapshotDelayMs = 1000;

/** Opens the database for writing, runs the inbox until the user quits, saves and releases it. */
export async function runInbox(file: string): Promise<number> {
	const {bindings, problems} = loadBindings();
	const templates = templatesText();
	const held: HeldKeys = {holding: true, keys: []};
	const expose: {current?: () => InboxView} = {};
	const options = {exitOnCtrlC: false};
	let instance: Instance | undefined;
	const snapshot = readSnapshot(file, templates);
	if (snapshot) {
		const preview = previewOf(snapshot);
		instance = render(<App key="preview" db={preview.db} preview={preview} start={{...preview, unverified: new Set(), stale: []}} bindings={bindings} held={held} />, options);
		// Let the frame reach the terminal before the parse holds the event loop.
		await new Promise(resolve => setImmediate(resolve));
	}
	let store: Store;
	try {
		store = await Store.open(file, {write: true, command: 'netinbox (inbox)'});
	} catch (error) {
		instance?.unmount();
		throw error;
	}
	let latest = store.data;
	const loaded = store.data;
	const {start, cachedFor} = startingSuggestions(store, templates, await readCache(file));
	const keeper = snapshotKeeper(store, templates, expose);
	try {
		held.holding = false;
		const save = (data: Database) => store.save(data).then(keeper.schedule);
		const app = <App key="inbox" db={store.data} save={save} start={start} bindings={bindings} notice={problems[0]} onQuit={data => (latest = data)} held={held} expose={expose} />;
		if (instance) instance.rerender(app);
		else instance = render(app, options);
		// A snapshot missing or stale: the next start gets one once the suggestions are there.
		if (!snapshot || start.stale.length > 0) keeper.whenClassified();
		await instance.waitUntilExit();
		keeper.stop();
		await saveOrRescue(store, latest);
	} finally {
		await store.close();
	}
	const shown = expose.current?.();
	if (shown) await keepForNextStart(file, templates, cachedFor, start, loaded, shown).catch(() => undefined);
	return 0;
}

/** The suggestions kept from last time: all of them when the database is as that session left it, else those whose inputs are unchanged. */
function startingSuggestions(store: Store, templates: string, cache: CacheFile | undefined): {start: FromCache; cachedFor: string | undefined} {
	// Only what is taken from the file stays in memory, not the file.
	const cachedFor = cache?.fingerprint;
	const keys = store.data.requests.map(request => request.key);
	if (!cache) return {start: nothingCached(keys), cachedFor};
	if (cachedFor === databaseFingerprint(store.file, templates)) return {start: fromUnchanged(keys, cache), cachedFor};
	return {start: fromCache(suggestionInputs(store.data, templates), cache), cachedFor};
}

/** Writes the snapshot after saves have settled (the file and journals then hold exactly what is shown). */
function snapshotKeeper(store: Store, templates: string, expose: {current?: () => InboxView}) {
	let timer: NodeJS.Timeout | undefined;
	let writing = Promise.resolve();
	let stopped = false;
	const write = () => {
		timer = undefined;
		const shown = expose.current?.();
		// A save under way or failed: its completion schedules the next try.
		if (stopped || !shown || store.unsaved || shown.db !== store.data) return;
		const fingerprint = databaseFingerprint(store.file, templates);
		if (!fingerprint) return;
		const snapshot = snapshotOf(viewSources(shown), fingerprint);
		writing = writing.then(() => writeSnapshot(store.file, snapshot)).catch(() => undefined);
	};
	const schedule = () => {
		clearTimeout(timer);
		if (!stopped) timer = setTimeout(write, snapshotDelayMs);
	};
	return {
		schedule,
		/** Once every suggestion is there. */
		whenClassified() {
			const poll = setInterval(() => {
				if (stopped) return clearInterval(poll);
				const shown = expose.current?.();
				if (shown && shown.suggestions.size >= shown.db.requests.length) {
					clearInterval(poll);
					schedule();
				}
			}, 250);
		},
		stop() {
			stopped = true;
			clearTimeout(timer);
		},
	};
}

function viewSources(shown: InboxView) {
	const histories = historyByPerson(shown.db);
	return {db: shown.db, keys: shown.pending, counts: shown.counts, suggestions: shown.suggestions, sameText: shown.sameText, history: (person: string) => histories.get(person) ?? []};
}

/** After the last save: the suggestions that still hold, and a snapshot of the database as it is now on disk. */
async function keepForNextStart(file: string, templates: string, cached: string | undefined, start: FromCache, loaded: Database, shown: InboxView): Promise<void> {
	const fingerprint = databaseFingerprint(file, templates);
	if (!fingerprint) return;
	// The database as the cache knew it, and nothing suggested anew: the cache holds as it is.
	if (cached !== fingerprint || shown.computed.size > 0) {
		// Without a cache at the start, the known people of then were not needed before now.
		const knownAtLoad = start.known ?? knownDigest(loaded);
		await writeCache(file, toCache(start, suggestionInputs(shown.db, templates), fingerprint, shown.suggestions, shown.computed, shown.sameText, shown.clustersKnown, knownAtLoad));
	}
	await writeSnapshot(file, snapshotOf(viewSources(shown), fingerprint));
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
