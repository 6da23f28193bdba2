// Which state of the database a snapshot shows: the file's identity, size and
// time, and those of every journal beside it. Any save, fold, import or edit
// by hand changes it; then the snapshot is stale and is not used.
import {readdirSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';
import path from 'node:path';
import {classifierVersion} from '../classifier/version.js';

const stamp = (file: string) => {
	const stat = statSync(file);
	return `${path.basename(file)}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
};

/** `templates`: the user's templates.json text, which the suggestions in a snapshot also depend on. Undefined: no file. */
export function databaseFingerprint(file: string, templates: string): string | undefined {
	try {
		const base = `${path.basename(file)}.journal-`;
		const journals = readdirSync(path.dirname(file)).filter(name => name.startsWith(base)).sort();
		const parts = [classifierVersion, stamp(file), ...journals.map(name => stamp(path.join(path.dirname(file), name)))];
		return createHash('sha1').update(parts.join('\n')).update('\u0000').update(templates).digest('base64url');
	} catch {
		return undefined;
	}
}
