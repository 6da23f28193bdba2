// Where netinbox keeps its files: the XDG data and config directories.
import path from 'node:path';
import envPaths from 'env-paths';

const paths = envPaths('netinbox', {suffix: ''});

export function dataDir(): string {
	return paths.data;
}

export function configDir(): string {
	return paths.config;
}

/** `--db FILE`, else `$NETINBOX_DB`, else `db.json` in the data directory. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (flag) return path.resolve(flag);
	if (env.NETINBOX_DB) return path.resolve(env.NETINBOX_DB);
	return path.join(dataDir(), 'db.json');
}

export function demoDbPath(): string {
	return path.join(dataDir(), 'demo.json');
}
