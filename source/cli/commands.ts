// THE table of commands: name, arguments, flags, help text and examples. The
// parser, `netinbox --help`, `netinbox help CMD` and `CMD --help` all read it,
// so a command's help and what it accepts cannot drift apart.

export type FlagSpec = {
	type: 'string' | 'boolean' | 'number';
	/** Placeholder shown after the flag in help (`FILE`, `N`). */
	value?: string;
	short?: string;
	help: string;
};

export type CommandSpec = {
	name: string;
	/** Positional arguments as shown in the usage line (`FORMAT PATH…`). */
	args?: string;
	/** One line for the overview. */
	summary: string;
	/** What `CMD --help` says beyond the summary. */
	about?: string;
	flags: Record<string, FlagSpec>;
	/** Prints a result: takes --json. */
	prints: boolean;
	examples: string[];
	/** Hidden from the overview (the inbox is the command without a name). */
	hidden?: boolean;
};

/** Flags every command takes. */
export const globalFlags: Record<string, FlagSpec> = {
	db: {type: 'string', value: 'FILE', help: 'the database file (default: $NETINBOX_DB, else db.json in the data directory)'},
	demo: {type: 'boolean', help: 'use the demo database (a copy of the shipped demo in the data directory)'},
	help: {type: 'boolean', short: 'h', help: 'show this help and do nothing else'},
	forceUnlock: {type: 'boolean', help: 'take over the lock of a netinbox on another machine that is no longer running'},
};

export const jsonFlag: FlagSpec = {type: 'boolean', help: 'print JSON for scripts instead of text'};

const spec = (command: CommandSpec) => command;

export const commands: CommandSpec[] = [
	spec({
		name: 'inbox',
		summary: 'open the inbox (needs a terminal); the default command',
		about: 'The inbox: every pending request beside the reasons for its suggestion and your history with the sender. Press ? inside for every key.',
		flags: {
			reset: {type: 'boolean', help: 'with --demo: start again from a fresh copy of the demo'},
			noSync: {type: 'boolean', help: 'do not sync with Mastodon at start (it does when you are logged in)'},
		},
		prints: false,
		hidden: true,
		examples: ['netinbox', 'netinbox --demo', 'netinbox --demo --reset', 'NETINBOX_DB=~/work.json netinbox', 'netinbox --no-sync'],
	}),
	spec({
		name: 'import',
		args: 'FORMAT PATH…',
		summary: 'import requests, contacts and history from the networks\' exports',
		about: [
			'FORMAT is auto (recognises each file by its content), linkedin, facebook, twitter,',
			'mastodon, vcard or generic. PATH is a zip archive, a folder or a file; several may be given.',
			'Importing the same export again changes nothing.',
		].join('\n'),
		flags: {dryRun: {type: 'boolean', help: 'show what would change, write nothing'}},
		prints: true,
		examples: [
			'netinbox import auto ~/Downloads/Basic_LinkedInDataExport_02-12-2026.zip',
			'netinbox import auto twitter-2026-02-12.zip facebook-sabine/ xing/*.vcf',
			'netinbox import linkedin Connections.csv Invitations.csv --dry-run',
			'netinbox import generic contacts.json',
		],
	}),
	spec({
		name: 'export',
		summary: 'the whole database as JSON',
		flags: {},
		prints: true,
		examples: ['netinbox export --json > backup.json', 'netinbox export --json | jq \'.requests | length\''],
	}),
	spec({
		name: 'decide',
		args: 'ID…',
		summary: 'decide requests by id: accept | follower | ignore | spam',
		about: 'ID is the id a request was imported under (r-001), or network:id (xing:r-001) when ids repeat across networks.',
		flags: {as: {type: 'string', value: 'DECISION', help: 'accept, follower, ignore or spam (required)'}},
		prints: true,
		examples: ['netinbox decide r-001 r-002 --as ignore', 'netinbox decide xing:r-007 --as accept'],
	}),
	spec({
		name: 'undo',
		summary: 'undo the last decision or batch, also after a restart',
		flags: {},
		prints: true,
		examples: ['netinbox undo'],
	}),
	spec({
		name: 'stats',
		summary: 'your network at a glance: requests, decisions, screening, connections',
		about: [
			'In a terminal: charts of requests per month and network, how they were decided and how long',
			'they waited, the most frequent screening reasons and mass-sent texts, how many of your',
			'connections you could vouch for, and where you overrode the suggestion. Piped: the numbers',
			'alone. --json: every figure for scripts (shape in the README). --csv: requests per month and network.',
		].join('\n'),
		flags: {
			since: {type: 'string', value: 'DATE', help: 'only requests received on or after DATE (2026-09-01, or a month: 2026-09)'},
			network: {type: 'string', value: 'NETWORK', help: 'only this network: linkedin, xing, facebook, twitter, mastodon, instagram, other'},
			csv: {type: 'boolean', help: 'requests per month and network as CSV, for a spreadsheet'},
		},
		prints: true,
		examples: ['netinbox stats', 'netinbox stats --since 2026-01 --network linkedin', 'netinbox stats --json | jq .contacts', 'netinbox stats --csv > requests.csv', 'netinbox stats --demo'],
	}),
	spec({
		name: 'classify',
		summary: 'the suggestion for every pending request, with confidence and reasons',
		about: 'Lists the pending requests and the deferred followers now ready to accept.',
		flags: {all: {type: 'boolean', help: 'every request, not only pending and ready-to-accept ones'}},
		prints: true,
		examples: ['netinbox classify', 'netinbox classify --json | jq \'.[] | select(.suggestion == "spam") | .id\''],
	}),
	spec({
		name: 'eval',
		args: 'LABELS.json',
		summary: 'score the suggestions against a label file, or against your own decisions (--mine)',
		about: [
			'LABELS.json: {"labels": {"r-001": {"expect": "ignore", "also": [], "critical": ["accept"]}}}.',
			'Prints agreement, the confusion matrix, precision and recall per decision, per-rule',
			'precision and the critical errors. Exits 1 when no label names a request in the database.',
			'With --mine instead of a label file: per rule, how often your own decisions went against',
			'the suggestion it supported (the decisions netinbox learns from: made or corrected by you).',
		].join('\n'),
		flags: {mine: {type: 'boolean', help: 'score the rules against your own decisions instead of a label file'}},
		prints: true,
		examples: ['netinbox eval labels.json', 'netinbox eval labels.json --json | jq .agreement', 'netinbox eval --mine'],
	}),
	spec({
		name: 'forget',
		summary: 'forget what the suggestions learned from your decisions',
		about: [
			'Suggestions learn from the decisions you make or correct one by one (not from applying',
			'suggestions in bulk). forget drops what was learned from the decisions made so far, or',
			'only from those since DATE; your decisions themselves stay, and later ones are learned again.',
			'To stop learning altogether: netinbox settings --learning off.',
		].join('\n'),
		flags: {since: {type: 'string', value: 'DATE', help: 'only the decisions made since this date (2026-10-01)'}},
		prints: true,
		examples: ['netinbox forget', 'netinbox forget --since 2026-10-01'],
	}),
	spec({
		name: 'settings',
		summary: 'show or set how strict the suggestions are, and whether they learn from your decisions',
		flags: {
			strictness: {type: 'string', value: 'LEVEL', help: 'default | strict (every ignore becomes spam) | lenient (an individual reason is enough on every network)'},
			learning: {type: 'string', value: 'on|off', help: 'learn from your own decisions (on by default); off keeps what was learned out of the suggestions'},
			blockSpam: {type: 'boolean', help: 'on Mastodon, block spam senders as well as report them (--no-block-spam: report only)'},
		},
		prints: true,
		examples: ['netinbox settings', 'netinbox settings --strictness strict', 'netinbox settings --learning off', 'netinbox settings --block-spam'],
	}),
	spec({
		name: 'people',
		args: '[merge KEEP OTHER | unmerge MERGE | not-same A B]',
		summary: 'everyone in your records; who is probably one person; merge and unmerge',
		about: [
			'people merge KEEP OTHER folds OTHER into KEEP: names become aliases, history, requests,',
			'notes and connections are one, and the screening counts both. Recorded: people unmerge',
			'MERGE (an id like m2, or a person id) takes it back. people not-same A B: never propose',
			'them as one person again. A person is an id like p12, an imported id, or an unambiguous name.',
		].join('\n'),
		flags: {
			duplicates: {type: 'boolean', help: 'people who share a name but were not merged'},
			same: {type: 'boolean', help: 'records that are probably one person, with the reasons'},
			merges: {type: 'boolean', help: 'the merges made, newest last, and which were taken back'},
		},
		prints: true,
		examples: ['netinbox people', 'netinbox people --same', 'netinbox people merge p12 p40', 'netinbox people unmerge m1', 'netinbox people not-same p12 p40', 'netinbox people --merges --json'],
	}),
	spec({
		name: 'whois',
		args: 'QUERY…',
		summary: 'do I know them? the best matches, and how you know each',
		about: 'QUERY is a name (typos and spellings like Mueller/Müller are fine), a handle or a company. Exits 1 when nothing matches.',
		flags: {limit: {type: 'number', value: 'N', help: 'how many matches (default 3)'}},
		prints: true,
		examples: ['netinbox whois brenneisen', 'netinbox whois anna hafen --limit 5', 'netinbox whois @annam --json | jq \'.[0].verdict\''],
	}),
	spec({
		name: 'vouch',
		args: 'PERSON',
		summary: 'mark a person as someone you would recommend',
		about: 'PERSON is an id like p12, an imported id, or a name; an ambiguous name is refused with the candidates.',
		flags: {note: {type: 'string', value: 'TEXT', help: 'why you would recommend them'}},
		prints: true,
		examples: ['netinbox vouch p12 --note "ran the BarCamp session with me"', 'netinbox vouch "Anna Müller"'],
	}),
	spec({
		name: 'unvouch',
		args: 'PERSON',
		summary: 'take a vouch back',
		flags: {},
		prints: true,
		examples: ['netinbox unvouch p12'],
	}),
	spec({
		name: 'me',
		args: '[edit]',
		summary: 'your own profile: the talks, posts, book and projects the screening looks for',
		about: 'Shows your name, handles and profile text. `me edit` opens them in $VISUAL or $EDITOR (else vi) as plain text and saves what you write.',
		flags: {},
		prints: true,
		examples: ['netinbox me', 'netinbox me edit', 'EDITOR=nano netinbox me edit', 'netinbox me --json'],
	}),
	spec({
		name: 'audit',
		summary: 'contacts you are connected with but could not vouch for',
		about: 'Lists everyone you are connected with and have no meeting, no real dialogue and no note about.',
		flags: {},
		prints: true,
		examples: ['netinbox audit', 'netinbox audit --json | jq length'],
	}),
	spec({
		name: 'mastodon',
		args: 'login|logout|status',
		summary: 'log in to your Mastodon server so sync can act on your decisions there',
		about: [
			'login INSTANCE: with --token, a token you made under Preferences → Development (scopes',
			'read:accounts read:follows read:notifications read:statuses write:follows write:reports',
			'write:blocks); without it, netinbox registers itself, prints an address to open, and reads',
			'the code the server shows. The token is kept in the configuration directory (mode 0600),',
			'never printed and never exported. logout revokes it where netinbox made it, and removes it.',
		].join('\n'),
		flags: {token: {type: 'string', value: 'TOKEN', help: 'an access token made on the server (skips the browser step)'}},
		prints: true,
		examples: ['netinbox mastodon login mastodon.social', 'netinbox mastodon login norden.social --token "$(pass mastodon)"', 'netinbox mastodon status', 'netinbox mastodon logout'],
	}),
	spec({
		name: 'sync',
		args: '[mastodon]',
		summary: 'pull pending follow requests and history from Mastodon, push your decisions there',
		about: [
			'Pull: the pending follow requests, their accounts, and your history with them (mentions,',
			'replies, favourites, direct conversations, who follows whom). Push: each decision made since,',
			'exactly once: accept authorizes and follows back, follower authorizes, ignore rejects, spam',
			'rejects and reports (and blocks, with settings --block-spam). A push that fails stays queued',
			'for the next sync. Exits 1 when a push failed or the server refused the login.',
		].join('\n'),
		flags: {},
		prints: true,
		examples: ['netinbox sync', 'netinbox sync mastodon --json | jq .pushed'],
	}),
	spec({
		name: 'todo',
		args: '[done ID…]',
		summary: 'what is left to do on each network\'s site for your decisions, with links',
		about: [
			'Every decision on a network netinbox cannot act on itself: "accept Jana Wagner on LinkedIn",',
			'with the page to do it on. A to-do is done when ticked (todo done ID…), or by itself when a',
			'later import shows it (the person is now a contact; the invitation is gone). Undoing a',
			'decision removes its to-do. Mastodon decisions are carried out by netinbox sync instead.',
		].join('\n'),
		flags: {
			network: {type: 'string', value: 'NETWORK', help: 'only this network (linkedin, xing, facebook, twitter, mastodon, instagram, other)'},
			csv: {type: 'boolean', help: 'print CSV (network, id, name, decision, decided, action, url)'},
			all: {type: 'boolean', help: 'include the ones already done'},
		},
		prints: true,
		examples: ['netinbox todo', 'netinbox todo --network linkedin --csv > linkedin.csv', 'netinbox todo done r-001 r-002', 'netinbox todo --json | jq \'.[].url\''],
	}),
	spec({
		name: 'reply',
		args: 'ID',
		summary: 'print a reply that asks the sender why they want to connect',
		about: [
			'Fills a template with the sender\'s and your name. The language and du/Sie follow the',
			'request\'s own message. Built in: en, de-du, de-sie; your own go in the configuration',
			'directory as replies/NAME.md, with placeholders {firstName} {name} {myName} {network}.',
		].join('\n'),
		flags: {
			template: {type: 'string', value: 'NAME', help: 'the template to use (default: chosen by the message\'s language)'},
			asked: {type: 'boolean', help: 'also mark the request as asked (it stays pending)'},
		},
		prints: true,
		examples: ['netinbox reply r-001', 'netinbox reply r-001 --template de-sie | pbcopy', 'netinbox reply xing:r-007 --asked'],
	}),
];

export function findCommand(name: string): CommandSpec | undefined {
	return commands.find(command => command.name === name);
}

/** The flags a command accepts: its own, the global ones, and --json where it prints. */
export function flagsOf(command: CommandSpec): Record<string, FlagSpec> {
	return {...command.flags, ...(command.prints ? {json: jsonFlag} : {}), ...globalFlags};
}
