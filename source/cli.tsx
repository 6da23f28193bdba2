// Entry point: parses the command line, runs one command, prints text or JSON.
import process from 'node:process';
import meow, {type AnyFlags} from 'meow';
import {NetinboxError, UsageError, messages} from './core/errors.js';
import {sanitizeText} from './core/sanitize.js';
import {decisions, networks, type Decision, type Network} from './core/model.js';
import {configDir, demoDbPath, resolveDbPath} from './core/paths.js';
import {commands, findCommand, flagsOf, type CommandSpec} from './cli/commands.js';
import {commandHelp, kebab, overviewHelp} from './cli/help.js';

export type CliOptions = {
	command: string;
	args: string[];
	db: string;
	json: boolean;
	as?: Decision;
	dryRun: boolean;
	duplicates: boolean;
	same?: boolean;
	merges?: boolean;
	demo: boolean;
	reset: boolean;
	forceUnlock: boolean;
	limit?: number;
	note?: string;
	all: boolean;
	strictness?: string;
	learning?: string;
	mine: boolean;
	/** stats: only requests received on or after this date, only this network; per month as CSV. */
	since?: string;
	network?: Network;
	csv?: boolean;
	blockSpam?: boolean;
	/** `mastodon login --token`. */
	token?: string;
	/** The inbox does not sync at start. */
	noSync?: boolean;
	template?: string;
	asked?: boolean;
	/** `help`: the command whose help to show (none: the overview). */
	topic?: string;
};

/** Flags that take a value, of any command: their value is not the command's name. */
const valueFlags = new Set(commands.flatMap(command => Object.entries(flagsOf(command)))
	.filter(([, flag]) => flag.type !== 'boolean')
	.map(([name]) => `--${kebab(name)}`));

/** The command named on the line (the first word that is not a flag or a flag's value), and the rest. */
function splitCommand(argv: string[]): {name?: string; second?: string; help: boolean; db?: string} {
	const positional: string[] = [];
	let help = false;
	let db: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i]!;
		if (token === '--') break;
		if (token === '--help' || token === '-h') help = true;
		else if (token.startsWith('--db=')) db = token.slice(5);
		else if (token.startsWith('-')) {
			if (token === '--db') db = argv[i + 1];
			if (valueFlags.has(token)) i++;
		} else positional.push(token);
	}
	return {...(positional[0] ? {name: positional[0]} : {}), ...(positional[1] ? {second: positional[1]} : {}), help, ...(db ? {db} : {})};
}

/** Every flag on the line is one this command takes: said in our words, with where to look. */
function checkFlags(spec: CommandSpec, argv: string[]): void {
	const known = new Set(Object.entries(flagsOf(spec)).flatMap(([name, flag]) => [`--${kebab(name)}`, `--no-${kebab(name)}`, ...(flag.short ? [`-${flag.short}`] : [])]));
	if (spec.name === 'inbox') known.add('--version');
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i]!;
		if (token === '--') break;
		if (!token.startsWith('-') || token === '-') continue;
		const flag = token.split('=')[0]!;
		if (!known.has(flag)) {
			const where = spec.name === 'inbox' ? 'netinbox --help' : `netinbox help ${spec.name}`;
			throw new UsageError(`${spec.name === 'inbox' ? 'netinbox' : spec.name} has no option ${flag}; see ${where}`);
		}
		if (valueFlags.has(flag) && !token.includes('=')) i++;
	}
}

/** The command's flags as meow declares them. */
function meowFlags(spec: CommandSpec): AnyFlags {
	const out: AnyFlags = {};
	for (const [key, flag] of Object.entries(flagsOf(spec))) {
		const short = flag.short ? {shortFlag: flag.short} : {};
		out[key] = flag.type === 'boolean' ? {type: 'boolean', default: false, ...short} : {type: flag.type, ...short};
	}
	return out;
}

function helpOptions(topic: string | undefined, db: string): CliOptions {
	return {command: 'help', args: [], db, json: false, dryRun: false, duplicates: false, demo: false, reset: false, forceUnlock: false, all: false, mine: false, ...(topic ? {topic} : {})};
}

export function parseCli(argv: string[]): CliOptions {
	const {name, second, help, db} = splitCommand(argv);
	// Help never runs a command: `undo --help` shows undo's help and touches nothing.
	if (name === 'help') return helpOptions(second, resolveDbPath(db));
	const spec = findCommand(name ?? 'inbox');
	if (!spec || (name === 'inbox' && !help)) throw new UsageError(messages.unknownCommand(name ?? ''));
	if (help) return helpOptions(name, resolveDbPath(db));
	checkFlags(spec, argv);
	const cli = meow('', {
		importMeta: import.meta,
		argv,
		description: false,
		autoHelp: false,
		autoVersion: spec.name === 'inbox',
		allowUnknownFlags: false,
		flags: meowFlags(spec),
	});
	const flags = cli.flags as Record<string, string | number | boolean | undefined>;
	const [, ...args] = name ? cli.input : ['inbox', ...cli.input];
	if (spec.name === 'inbox' && args.length > 0) throw new UsageError(messages.unknownCommand(args[0]!));
	const as = flags.as as string | undefined;
	if (as !== undefined && !(decisions as readonly string[]).includes(as)) {
		throw new UsageError(`--as must be one of ${decisions.join(', ')} (got "${as}")`);
	}
	const limit = flags.limit as number | undefined;
	if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a whole number of at least 1 (got ${limit})`);
	const since = flags.since === undefined ? undefined : sinceDate(String(flags.since));
	const network = flags.network as string | undefined;
	if (network !== undefined && !(networks as readonly string[]).includes(network)) throw new UsageError(`--network must be one of ${networks.join(', ')} (got "${network}")`);
	if (flags.csv && flags.json) throw new UsageError('--csv and --json are two formats: give one');
	if (flags.demo && flags.db !== undefined) throw new UsageError('--demo and --db name two databases: give one');
	if (flags.reset && !flags.demo) throw new UsageError('--reset only resets the demo: netinbox --demo --reset');
	return {
		command: spec.name,
		args,
		db: flags.demo ? demoDbPath() : resolveDbPath(flags.db as string | undefined),
		json: !!flags.json,
		...(as ? {as: as as Decision} : {}),
		dryRun: !!flags.dryRun,
		duplicates: !!flags.duplicates,
		...(flags.same ? {same: true} : {}),
		...(flags.merges ? {merges: true} : {}),
		demo: !!flags.demo,
		reset: !!flags.reset,
		forceUnlock: !!flags.forceUnlock,
		...(limit !== undefined ? {limit} : {}),
		...(flags.note !== undefined ? {note: String(flags.note)} : {}),
		all: !!flags.all,
		...(flags.strictness !== undefined ? {strictness: String(flags.strictness)} : {}),
		...(flags.learning !== undefined ? {learning: String(flags.learning)} : {}),
		mine: !!flags.mine,
		...(since ? {since} : {}),
		...(network ? {network: network as Network} : {}),
		...(flags.csv ? {csv: true} : {}),
		...acting(argv, flags),
	};
}

/** The options of the commands that act on decisions: Mastodon, to-dos, replies. */
function acting(argv: string[], flags: Record<string, string | number | boolean | undefined>): Partial<CliOptions> {
	// Booleans that default to "unchanged" or "on": read as written, since meow makes every boolean false by default.
	const blockSpam = argv.includes('--block-spam') ? true : argv.includes('--no-block-spam') ? false : undefined;
	return {
		...(blockSpam !== undefined ? {blockSpam} : {}),
		...(flags.token !== undefined ? {token: String(flags.token)} : {}),
		...(argv.includes('--no-sync') || flags.noSync ? {noSync: true} : {}),
		...(flags.template !== undefined ? {template: String(flags.template)} : {}),
		...(flags.asked ? {asked: true} : {}),
	};
}

/** `2026-09` or `2026-09-15` as the day it means; anything else is a usage error. */
function sinceDate(value: string): string {
	const day = /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)) || new Date(day).toISOString().slice(0, 10) !== day) {
		throw new UsageError(`--since needs a date like 2026-09-01 or a month like 2026-09 (got "${value}")`);
	}
	return day;
}

function printHelp(topic: string | undefined, db: string): number {
	const paths = {db, demo: demoDbPath(), config: configDir()};
	if (topic === undefined) {
		process.stdout.write(overviewHelp(paths));
		return 0;
	}
	const spec = findCommand(topic);
	if (!spec) throw new UsageError(messages.unknownCommand(topic));
	process.stdout.write(commandHelp(spec, paths));
	return 0;
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
	try {
		const options = parseCli(argv);
		if (options.command === 'help') return printHelp(options.topic, options.db);
		// Each path loads only its own modules: the inbox starts without the importers, the commands without Ink.
		if (options.command === 'inbox') return await (await import('./open-inbox.js')).openInbox(options);
		return await (await import('./run-command.js')).runCommand(options);
	} catch (error) {
		// Messages quote file names, archive entries and parts of files: untrusted text, made inert here, in one place.
		if (error instanceof NetinboxError) {
			process.stderr.write(`netinbox: ${sanitizeText(error.message)}\n`);
			return error.exitCode;
		}
		process.stderr.write(`netinbox: unexpected error: ${sanitizeText((error as Error).stack ?? String(error))}\n`);
		return 1;
	}
}

const isEntry = process.argv[1] && /(?:cli\.(?:js|tsx)|netinbox)$/.test(process.argv[1]);
if (isEntry) {
	// `netinbox export --json | head`: the reader has what it wanted; stop quietly, as other tools do.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		// The terminal was closed: the inbox notices and ends itself after saving (session-end.ts).
		if ((error as NodeJS.ErrnoException).code === 'EIO') return;
		// A full disk or a device that refuses (> /dev/full): said plainly; the database was saved before anything was printed.
		process.stderr.write(`netinbox: ${sanitizeText(messages.cannotPrint(error.message))}\n`);
		process.exit(1);
	});
	process.exitCode = await main();
}
