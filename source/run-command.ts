// Runs one parsed command: opens the store as the command needs it and
// prints the result as text for people or as JSON for scripts.
import {existsSync} from 'node:fs';
import {decide, resolveRequestIds, undo} from './core/actions.js';
import {UsageError, messages} from './core/errors.js';
import {sanitizeText, terminalJson} from './core/sanitize.js';
import {decisions} from './core/model.js';
import {Store} from './core/store/store.js';
import {exportDatabase} from './commands/export.js';
import {runImport} from './commands/import.js';
import {duplicatePeople, listPeople, mergeList, sameCandidates} from './commands/people.js';
import {runPeopleAction} from './run-people.js';
import {formatMerges, formatSame} from './text/people.js';
import {importerNames} from './core/importers/index.js';
import {progressBar} from './progress.js';
import {changeSettings, strictnessMeaning} from './commands/settings.js';
import {stats} from './commands/stats.js';
import {formatChanges, formatDuplicates, formatImport, formatPeople} from './text.js';
import {drawStats, formatStats, screeningProgress, statsCsv} from './text/stats.js';
import {audit} from './commands/audit.js';
import {runVouch} from './commands/vouch.js';
import {editMe, formatMe} from './commands/me.js';
import {whois} from './commands/whois.js';
import {formatAudit, formatVouch, formatWhois} from './text/whois.js';
import {classify} from './commands/classify.js';
import {evaluate, readLabels} from './commands/eval.js';
import {formatClassified, formatEval} from './text/classify.js';
import {forget, mine} from './commands/learning.js';
import {Learning} from './core/learning/index.js';
import {formatForget, formatMine} from './text/learning.js';
import type {CliOptions} from './cli.js';

function print(options: CliOptions, data: unknown, text: string): void {
	process.stdout.write(options.json ? terminalJson(data) + '\n' : text + '\n');
}

async function withStore<T>(options: CliOptions, write: boolean, command: string, run: (store: Store) => Promise<T>): Promise<T> {
	const store = await Store.open(options.db, {write, command: `netinbox ${command}`, forceUnlock: options.forceUnlock});
	let result: T;
	try {
		result = await run(store);
	} catch (error) {
		await store.close().catch(() => undefined);
		throw error;
	}
	// Saved, but the journal could not be folded into the file yet: true, durable, and worth a note.
	const {foldPostponed} = await store.close();
	if (foldPostponed) process.stderr.write(`netinbox: ${sanitizeText(messages.foldPostponed(store.file, foldPostponed.journal, foldPostponed.detail))}\n`);
	return result;
}

export async function runCommand(options: CliOptions): Promise<number> {
	const {command, args} = options;
	// Every command works on the demo too; the first use makes it from the shipped copy.
	if (options.demo) await (await import('./commands/demo.js')).ensureDemoDb(false, options.db);
	switch (command) {
		case 'import': {
			const [first, ...rest] = args;
			if (!first) throw new UsageError('import needs a format and a path, e.g. netinbox import auto ~/Downloads/export.zip');
			// `netinbox import export.zip` means auto: a path is never mistaken for a format name.
			const looksLikePath = existsSync(first) || /[./\\]/.test(first);
			const [format, paths] = first === 'auto' || importerNames.includes(first) || !looksLikePath ? [first, rest] : ['auto', args];
			return withStore(options, !options.dryRun, 'import', async store => {
				const bar = progressBar();
				try {
					const result = await runImport(store, format, paths, {dryRun: options.dryRun, ...(bar ? {onProgress: bar.report} : {})});
					bar?.finish();
					print(options, result, formatImport(result, options.dryRun));
				} finally {
					bar?.finish();
				}
				return 0;
			});
		}
		case 'people': {
			const [action, ...ids] = args;
			if (action) return runPeopleAction(options, action, ids);
			return withStore(options, false, 'people', async store => {
				if (options.same) {
					const pairs = sameCandidates(store.data);
					print(options, pairs, formatSame(pairs));
				} else if (options.merges) {
					const merges = mergeList(store.data);
					print(options, merges, formatMerges(merges));
				} else if (options.duplicates) {
					const groups = duplicatePeople(store.data);
					print(options, groups, formatDuplicates(groups));
				} else {
					const people = listPeople(store.data);
					print(options, people, formatPeople(people));
				}
				return 0;
			});
		}
		case 'export': {
			return withStore(options, false, 'export', async store => {
				process.stdout.write(terminalJson(exportDatabase(store.data)) + '\n');
				return 0;
			});
		}
		case 'decide': {
			if (!options.as) throw new UsageError(`decide needs --as ${decisions.join('|')}`);
			if (args.length === 0) throw new UsageError('decide needs at least one request id');
			const decision = options.as;
			return withStore(options, true, 'decide', async store => {
				const {data, changes} = decide(store.data, resolveRequestIds(store.data, args), decision);
				if (changes.length > 0) await store.save(data);
				print(options, {changes}, formatChanges(decision, changes));
				return 0;
			});
		}
		case 'undo': {
			return withStore(options, true, 'undo', async store => {
				const {data, changes} = undo(store.data);
				await store.save(data);
				print(options, {changes}, formatChanges('undid', changes));
				return 0;
			});
		}
		case 'stats': {
			return withStore(options, false, 'stats', async store => {
				const progress = screeningProgress(process.stderr);
				const result = stats(store.data, {
					...(options.since ? {since: options.since} : {}),
					...(options.network ? {network: options.network} : {}),
					...(progress ? {onProgress: progress.report} : {}),
				});
				progress?.finish();
				if (options.csv) process.stdout.write(statsCsv(result) + '\n');
				else if (options.json || !process.stdout.isTTY) print(options, result, `database: ${options.db}\n${formatStats(result)}`);
				else print(options, result, `database: ${options.db}\n\n${drawStats(result, Math.min(process.stdout.columns ?? 80, 100))}`);
				return 0;
			});
		}
		case 'whois': {
			const query = args.join(' ');
			if (!query.trim()) throw new UsageError('whois needs a name, handle or company, e.g. netinbox whois anna hafen');
			return withStore(options, false, 'whois', async store => {
				const result = whois(store.data, query, {limit: options.limit ?? 3});
				print(options, result.matches, formatWhois(query, result));
				return result.found ? 0 : 1;
			});
		}
		case 'vouch':
		case 'unvouch': {
			const undo = command === 'unvouch';
			if (undo && options.note !== undefined) throw new UsageError('unvouch takes no --note');
			return withStore(options, true, command, async store => {
				const result = await runVouch(store, args.join(' '), {undo, ...(options.note !== undefined ? {note: options.note} : {})});
				print(options, result, formatVouch(result, undo));
				return 0;
			});
		}
		case 'me': {
			const [action, ...extra] = args;
			if ((action !== undefined && action !== 'edit') || extra.length > 0) throw new UsageError(`me takes nothing or "edit" (got "${args.join(' ')}")`);
			return withStore(options, action === 'edit', 'me', async store => {
				const {me, changed} = action === 'edit' ? await editMe(store) : {me: store.data.me, changed: false};
				print(options, me, `${formatMe(me)}${action === 'edit' ? `\n${changed ? 'Saved.' : 'Nothing changed.'}` : ''}`);
				return 0;
			});
		}
		case 'audit': {
			return withStore(options, false, 'audit', async store => {
				const entries = audit(store.data);
				print(options, entries, formatAudit(entries));
				return 0;
			});
		}
		case 'settings': {
			const wanted = {...(options.strictness === undefined ? {} : {strictness: options.strictness}), ...(options.learning === undefined ? {} : {learning: options.learning}), ...(options.blockSpam === undefined ? {} : {blockSpam: options.blockSpam})};
			return withStore(options, Object.keys(wanted).length > 0, 'settings', async store => {
				const {data, settings, changed} = changeSettings(store.data, wanted);
				if (changed) await store.save(data);
				const learning = settings.learning !== false;
				const spam = `spam on Mastodon: ${settings.blockSpam ? 'reported and blocked' : 'reported'}`;
				print(options, {...settings, learning}, `strictness: ${settings.strictness} (${strictnessMeaning[settings.strictness]})\nlearning: ${learning ? 'on (suggestions learn from the decisions you make or correct)' : 'off'}\n${spam}`);
				return 0;
			});
		}
		case 'forget': {
			if (args.length > 0) throw new UsageError('forget takes no arguments; to forget only recent decisions: netinbox forget --since 2026-10-01');
			return withStore(options, true, 'forget', async store => {
				const {data, result} = forget(store.data, options.since);
				await store.save(data);
				print(options, result, formatForget(result));
				return 0;
			});
		}
		case 'classify': {
			return withStore(options, false, 'classify', async store => {
				const rows = classify(store.data, {all: options.all});
				print(options, rows, formatClassified(rows));
				return 0;
			});
		}
		case 'eval': {
			const [file] = args;
			if (options.mine) {
				if (file) throw new UsageError('eval --mine scores against your own decisions: give no label file');
				return withStore(options, false, 'eval', async store => {
					const result = mine(store.data);
					print(options, result, formatMine(result));
					return 0;
				});
			}
			if (!file) throw new UsageError('eval needs a label file (netinbox eval labels.json), or --mine for your own decisions');
			const labels = await readLabels(file);
			return withStore(options, false, 'eval', async store => {
				const result = evaluate(store.data, labels, file, {learning: Learning.fromDatabase(store.data)});
				print(options, result, formatEval(result));
				return 0;
			});
		}
		case 'mastodon':
		case 'sync':
		case 'todo':
		case 'reply':
			return (await import('./commands/acting.js')).runActing(options, print, withStore);
		default:
			throw new UsageError(messages.unknownCommand(command));
	}
}
