import {execFile} from 'node:child_process';
import {cliPath} from './cli-process.js';

export {cliPath, root} from './cli-process.js';

export type CliResult = {code: number; stdout: string; stderr: string};

/** Runs the built CLI as a user would, with a private data directory unless told otherwise. */
export function runCli(args: string[], options: {env?: NodeJS.ProcessEnv; input?: string} = {}): Promise<CliResult> {
	return new Promise(resolve => {
		const child = execFile(
			process.execPath,
			[cliPath, ...args],
			{env: {...process.env, NODE_ENV: 'production', ...options.env}, maxBuffer: 64 * 1024 * 1024},
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({code, stdout, stderr});
			},
		);
		if (options.input !== undefined) child.stdin?.end(options.input);
		else child.stdin?.end();
	});
}
