// The inbox's life: draws the snapshot of the last session at once, opens the
// database meanwhile, swaps it in with the suggestions kept from last time,
// and keeps the snapshot and the suggestions beside the database current.
import {render, type Instance} from 'ink';
import {messages} from './core/errors.js';
import type {Database} from './core/model.js';
import {sanitizeText} from './core/sanitize.js';
import {rescueUnsaved} from './core/store/rescue.js';
import {hangUp, watchSessionEnd} from './session-end.js';
import {formatSession, sessionSummary} from './ui/session-summary.js';
import {databaseFingerprint} from './core/snapshot/fingerprint.js';
import {previewOf, readSnapshot, snapshotOf, writeSnapshot} from './core/snapshot/snapshot.js';
import {Store} from './core/store/store.js';
import {fromCache, fromUnchanged, nothingCached, readCache, toCache, writeCache, type CacheFile, type FromCache} from './core/suggestions/cache.js';
import {knownDigest, suggestionInputs, templatesText} from './core/suggestions/inputs.js';
import {historyByPerson} from './core/people/history.js';
import {App, type InboxView} from './app.js';
import type {HeldKeys} from './ui/hooks/use-commands.js';
import {loadBindings} from './ui/keymap-config.js';

/** A snapshot is written this long after the last save, not after every key. */
const snapshotDelayMs = 1000;

/** Opens the database for writing, runs the inbox until the user quits, saves and releases it; `sync`: with Mastodon, once on screen. */
export async function runInbox(file: string, forceUnlock = false, {sync = true} = {}): Promise<number> {
	const {bindings, problems} = loadBindings();
	// Said before the inbox opens, where it stays readable after quitting, and in the status bar.
	for (const problem of problems) process.stderr.write(`netinbox: ${problem}\n`);
	const notice = problems.length === 0 ? undefined : `${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`;
	const templates = templatesText();
	const held: HeldKeys = {holding: true, keys: []};
	const expose: {current?: () => InboxView} = {};
	const options = {exitOnCtrlC: false};
	let instance: Instance | undefined;
	const watch = watchSessionEnd(() => instance?.unmount());
	const snapshot = readSnapshot(file, templates);
	if (snapshot) {
		const preview = previewOf(snapshot);
		instance = render(<App key="preview" db={preview.db} preview={preview} start={{...preview, unverified: new Set(), stale: []}} bindings={bindings} held={held} />, options);
		// Let the frame reach the terminal before the parse holds the event loop.
		await new Promise(resolve => setImmediate(resolve));
	}
	let store: Store;
	try {
		store = await Store.open(file, {write: true, command: 'netinbox (inbox)', forceUnlock});
	} catch (error) {
		instance?.unmount();
		watch.stop();
		throw error;
	}
	// Every change goes through save: its last argument is the newest data, also when a signal ends the session.
	const opened = store.data;
	let latest = opened;
	const {start, cachedFor} = startingSuggestions(store, templates, await readCache(file));
	const keeper = snapshotKeeper(store, templates, expose);
	let failure: unknown;
	try {
		held.holding = false;
		const save = (data: Database) => {
			latest = data;
			return store.save(data).then(keeper.schedule);
		};
		const app = <App key="inbox" db={store.data} save={save} start={start} bindings={bindings} notice={notice} onQuit={data => (latest = data)} held={held} expose={expose} sync={sync} />;
		if (instance) instance.rerender(app);
		else instance = render(app, options);
		// A snapshot missing or stale: the next start gets one once the suggestions are there.
		if (!snapshot || start.stale.length > 0) keeper.whenClassified();
		await instance.waitUntilExit();
	} catch (error) {
		failure = error;
	}
	keeper.stop();
	let note: string | undefined;
	try {
		note = await closeOrRescue(store, latest);
	} finally {
		watch.stop();
	}
	if (failure) throw failure;
	if (note) process.stderr.write(`netinbox: ${sanitizeText(note)}\n`);
	const shown = expose.current?.();
	if (shown) await keepForNextStart(file, templates, cachedFor, start, opened, shown).catch(() => undefined);
	if (!watch.terminalGone()) process.stdout.write(`${formatSession(sessionSummary(opened, latest))}\n`);
	if (watch.terminalGone()) hangUp();
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
async function keepForNextStart(file: string, templates: string, cached: string | undefined, start: FromCache, opened: Database, shown: InboxView): Promise<void> {
	const fingerprint = databaseFingerprint(file, templates);
	if (!fingerprint) return;
	// The database as the cache knew it, and nothing suggested anew: the cache holds as it is.
	if (cached !== fingerprint || shown.computed.size > 0) {
		// Without a cache at the start, the known people of then were not needed before now.
		const knownAtLoad = start.known ?? knownDigest(opened);
		await writeCache(file, toCache(start, suggestionInputs(shown.db, templates), fingerprint, shown.suggestions, shown.computed, shown.sameText, shown.clustersKnown, knownAtLoad));
	}
	await writeSnapshot(file, snapshotOf(viewSources(shown), fingerprint));
}

/** The last save before quitting; what the disk refuses goes to a rescue file whose place is said, never nowhere. */
async function closeOrRescue(store: Store, latest: Database): Promise<string | undefined> {
	store.save(latest).catch(() => undefined);
	try {
		const {foldPostponed} = await store.close();
		return foldPostponed ? messages.foldPostponed(store.file, foldPostponed.journal, foldPostponed.detail) : undefined;
	} catch (error) {
		if (!store.unsaved) throw error;
		throw await rescueUnsaved(store.file, store.data, error as Error);
	}
}
