// Entry point: parses the command line, runs one command, prints text or JSON.
import process from 'node:process';
import meow from 'meow';
import {NetinboxError, UsageError, messages} from './core/errors.js';
import {decisions, type Decision} from './core/model.js';
import {resolveDbPath} from './core/paths.js';

export const helpText = `
  Screen social-network contact requests: see why each one looks personal,
  templated or mass-sent next to your history with the sender, and decide fast.

  Usage
    $ netinbox [--db FILE]                      open the inbox (needs a terminal)
    $ netinbox --demo [--reset]                 open the demo inbox
    $ netinbox import auto PATH… [--dry-run]    import the networks' own exports (zip or folder)
    $ netinbox import FORMAT PATH… [--dry-run]  the same, for one format (see below)
    $ netinbox people [--duplicates] [--json]   people; --duplicates: same name, not merged
    $ netinbox export --json                    the whole database as JSON
    $ netinbox decide ID… --as DECISION         accept | follower | ignore | spam
    $ netinbox undo                             undo the last decision or batch
    $ netinbox stats [--json]                   counts by status, network and month
    $ netinbox whois QUERY… [--limit N]         do I know them? the best matches, how you know each
    $ netinbox vouch PERSON [--note TEXT]       you would recommend them (PERSON: an id like p12, or a name)
    $ netinbox unvouch PERSON                   take that back
    $ netinbox audit                            contacts you are connected with but could not vouch for
    $ netinbox classify [--json] [--all]        suggestions with confidence and reasons
    $ netinbox eval LABELS.json [--json]        score the suggestions against a label file
    $ netinbox settings [--strictness LEVEL]    show or set: default | strict | lenient

  Import formats (auto recognises each file by its content)
    linkedin    data export zip, or Connections.csv, Invitations.csv, messages.csv
    facebook    "Download your information" (JSON): friend requests, friends,
                followers, message threads
    twitter     X archive zip, or data/follower.js, following.js, direct-messages.js
    mastodon    following_accounts.csv; a saved GET /api/v1/follow_requests reply
    vcard       .vcf files (XING exports contacts this way)
    generic     netinbox/v1 JSON (see README)

  Options
    --db FILE     database file (default: $NETINBOX_DB, else db.json in the data directory)
    --json        print JSON for scripts instead of text
    --as          the decision for decide
    --dry-run     import: show what would change, write nothing
    --limit N     whois: how many matches (default 3)
    --note TEXT   vouch: why you would recommend them
    --duplicates  people: list people who share a name but were not merged
    --all         classify: every request, not only pending and ready-to-accept ones
    --strictness  settings: strict turns every ignore into spam; lenient accepts
                  an individual reason without evidence on every network
    --demo        use the demo database (kept in the data directory)
    --reset       with --demo: recreate the demo database
    --version     print the version
    --help        print this help

  Examples
    $ netinbox import auto ~/Downloads/Basic_LinkedInDataExport_02-12-2026.zip
    $ netinbox import auto twitter-2026-02-12.zip facebook-sabine/ xing/*.vcf
    $ netinbox import linkedin Connections.csv Invitations.csv --dry-run
    $ netinbox import generic contacts.json
    $ netinbox people --duplicates
    $ netinbox decide r-001 r-002 --as ignore
    $ netinbox decide xing:r-007 --as accept
    $ netinbox stats --json | jq .byStatus
    $ netinbox whois brenneisen
    $ netinbox whois anna hafen --limit 5
    $ netinbox whois @annam --json | jq '.[0].verdict'
    $ netinbox vouch p12 --note "ran the BarCamp session with me"
    $ netinbox classify
    $ netinbox classify --json | jq '.[] | select(.suggestion == "spam") | .id'
    $ netinbox eval labels.json
    $ NETINBOX_DB=~/work.json netinbox

  Screening templates
    Default texts, "we are both" phrasings and pitch phrases come from the
    built-in library (data/templates.json). Add your own in templates.json in
    the config directory (e.g. ~/.config/netinbox/templates.json), same shape:
      { "defaultTexts": { "xing": ["Gerne würde ich Sie kennenlernen."] },
        "pitch": [{ "pattern": "kostenlose masterclass", "weight": 2, "kind": "sales" }] }

  Exit codes: 0 ok, 1 failure, 2 usage error.
`;

export type CliOptions = {
	command: string;
	args: string[];
	db: string;
	json: boolean;
	as?: Decision;
	dryRun: boolean;
	duplicates: boolean;
	demo: boolean;
	reset: boolean;
	limit?: number;
	note?: string;
	all: boolean;
	strictness?: string;
};

const commandNames = ['inbox', 'import', 'export', 'decide', 'undo', 'stats', 'classify', 'eval', 'settings', 'people', 'whois', 'vouch', 'unvouch', 'audit'];

export function parseCli(argv: string[]): CliOptions {
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv,
		description: false,
		allowUnknownFlags: false,
		flags: {
			db: {type: 'string'},
			json: {type: 'boolean', default: false},
			as: {type: 'string'},
			dryRun: {type: 'boolean', default: false},
			duplicates: {type: 'boolean', default: false},
			demo: {type: 'boolean', default: false},
			reset: {type: 'boolean', default: false},
			limit: {type: 'number'},
			note: {type: 'string'},
			all: {type: 'boolean', default: false},
			strictness: {type: 'string'},
		},
	});
	const [command = 'inbox', ...args] = cli.input;
	if (!commandNames.includes(command)) throw new UsageError(messages.unknownCommand(command));
	const as = cli.flags.as;
	if (as !== undefined && !(decisions as readonly string[]).includes(as)) {
		throw new UsageError(`--as must be one of ${decisions.join(', ')} (got "${as}")`);
	}
	const limit = cli.flags.limit;
	if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a whole number of at least 1 (got ${limit})`);
	return {
		command,
		args,
		db: resolveDbPath(cli.flags.db),
		json: cli.flags.json,
		...(as ? {as: as as Decision} : {}),
		dryRun: cli.flags.dryRun,
		duplicates: cli.flags.duplicates,
		demo: cli.flags.demo,
		reset: cli.flags.reset,
		...(limit !== undefined ? {limit} : {}),
		...(cli.flags.note !== undefined ? {note: cli.flags.note} : {}),
		all: cli.flags.all,
		...(cli.flags.strictness !== undefined ? {strictness: cli.flags.strictness} : {}),
	};
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
	try {
		const options = parseCli(argv);
		// Each path loads only its own modules: the inbox starts without the importers, the commands without Ink.
		if (options.command === 'inbox') return await (await import('./open-inbox.js')).openInbox(options);
		return await (await import('./run-command.js')).runCommand(options);
	} catch (error) {
		if (error instanceof NetinboxError) {
			process.stderr.write(`netinbox: ${error.message}\n`);
			return error.exitCode;
		}
		process.stderr.write(`netinbox: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
		return 1;
	}
}

const isEntry = process.argv[1] && /(?:cli\.(?:js|tsx)|netinbox)$/.test(process.argv[1]);
if (isEntry) {
	// `netinbox export --json | head`: the reader has what it wanted; stop quietly, as other tools do.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		throw error;
	});
	process.exitCode = await main();
}
