// The Stats fixture as a database file, for the CLI and the terminal.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {serializeDatabase} from '../../source/core/store/serialize.js';
import {emptyDatabase} from '../../source/core/model.js';
import {statsDatabase} from './stats.js';
import {tempDir} from './temp.js';

export async function statsDbFile(empty = false): Promise<{db: string; env: Record<string, string>}> {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	await writeFile(db, serializeDatabase(empty ? emptyDatabase() : statsDatabase()), {mode: 0o600});
	return {db, env: {XDG_CONFIG_HOME: path.join(directory, 'config'), XDG_DATA_HOME: path.join(directory, 'data')}};
}
