// The inbox path of the CLI, kept apart from the other commands so that
// starting the inbox loads only what the inbox needs.
import {UsageError} from './core/errors.js';
import type {CliOptions} from './cli.js';

export async function openInbox(options: CliOptions): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UsageError('the inbox needs a terminal; for scripts use the commands with --json (see --help)');
	}
	const file = options.demo ? await (await import('./commands/demo.js')).ensureDemoDb(options.reset, undefined, options.forceUnlock) : options.db;
	const {runInbox} = await import('./run-inbox.js');
	return runInbox(file, options.forceUnlock, {sync: !options.noSync && !options.demo});
}
