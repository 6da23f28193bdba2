// Help texts, made from the command table: the overview (`netinbox --help`)
// and one page per command (`netinbox help CMD`, `CMD --help`, `CMD -h`).
import {commands, flagsOf, globalFlags, type CommandSpec, type FlagSpec} from './commands.js';
import {maxOf} from '../core/arrays.js';

export type HelpPaths = {db: string; demo: string; config: string};

export const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

function flagLabel(name: string, flag: FlagSpec): string {
	return `${flag.short ? `-${flag.short}, ` : ''}--${kebab(name)}${flag.value ? ` ${flag.value}` : ''}`;
}

function table(rows: [string, string][], indent = '    '): string {
	const width = maxOf(rows.map(([left]) => left.length), 0) + 2;
	return rows.map(([left, right]) => `${indent}${left.padEnd(width)}${right}`).join('\n');
}

function usage(command: CommandSpec): string {
	const own = Object.entries(command.flags).map(([name, flag]) => `[${flagLabel(name, flag)}]`);
	const words = ['netinbox', ...(command.name === 'inbox' ? [] : [command.name]), ...(command.args ? [command.args] : []), ...own];
	if (command.prints) words.push('[--json]');
	return `$ ${words.join(' ')}`;
}

const importFormats = `  Import formats (auto recognises each file by its content)
    linkedin    data export zip, or Connections.csv, Invitations.csv, messages.csv
    facebook    "Download your information" (JSON): friend requests, friends,
                followers, message threads
    twitter     X archive zip, or data/follower.js, following.js, direct-messages.js
    mastodon    following_accounts.csv; a saved GET /api/v1/follow_requests reply
    vcard       .vcf files (XING exports contacts this way)
    generic     netinbox/v1 JSON (see README)`;

function files(paths: HelpPaths): string {
	return `  Files
${table([
		['database', `${paths.db}  (--db FILE or $NETINBOX_DB to choose another)`],
		['demo database', `${paths.demo}  (--demo)`],
		['configuration', `${paths.config}  (keys.json, templates.json, replies/, mastodon.json)`],
	])}`;
}

export function overviewHelp(paths: HelpPaths): string {
	const shown = commands.filter(command => !command.hidden);
	const inbox = commands.find(command => command.name === 'inbox')!;
	return `
  Screen social-network contact requests: see why each one looks personal,
  templated or mass-sent next to your history with the sender, and decide fast.

  Usage
    $ netinbox [--db FILE]                open the inbox (needs a terminal)
    $ netinbox --demo [--reset]           open the demo inbox
    $ netinbox COMMAND [ARGS] [OPTIONS]   run a command (below)
    $ netinbox help COMMAND               what a command does, its options and examples

  Commands
${table(shown.map(command => [`${command.name}${command.args ? ` ${command.args}` : ''}`, command.summary]))}

${importFormats}

  Options for every command
${table([...Object.entries(globalFlags).map(([name, flag]) => [flagLabel(name, flag), flag.help] as [string, string]), ['--json', 'print JSON for scripts instead of text (commands that print)'], ['--version', 'print the version']])}

  Examples
${[...inbox.examples.slice(1, 2), ...shown.map(command => command.examples[0]!)].map(example => `    $ ${example}`).join('\n')}

${files(paths)}

  Exit codes: 0 ok, 1 failure, 2 usage error.
`;
}

export function commandHelp(command: CommandSpec, paths: HelpPaths): string {
	const flags = flagsOf(command);
	return `
  netinbox ${command.name === 'inbox' ? '' : `${command.name} `}— ${command.summary}

  Usage
    ${usage(command)}
${command.about ? `\n${command.about.split('\n').map(line => `  ${line}`).join('\n')}\n` : ''}
  Options
${table(Object.entries(flags).map(([name, flag]) => [flagLabel(name, flag), flag.help]))}

  Examples
${command.examples.map(example => `    $ ${example}`).join('\n')}

${files(paths)}
`;
}
