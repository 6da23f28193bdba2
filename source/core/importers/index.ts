// The importers netinbox knows, by name. `import auto` asks each, file by file,
// so one folder or archive may hold exports of several networks.
import {NetinboxError, UsageError, messages} from '../errors.js';
import type {DefinedImporter} from './define.js';
import {recognizeAll} from './define.js';
import {facebook} from './facebook.js';
import {openPaths} from './files.js';
import {generic} from './generic.js';
import {linkedin} from './linkedin.js';
import {mastodon} from './mastodon.js';
import {twitter} from './twitter.js';
import type {ExportFile, RecognizedFile} from './types.js';
import {vcard} from './vcard.js';

// Order matters only for files two importers could read; the more specific comes first.
export const importers: Record<string, DefinedImporter> = {generic, linkedin, facebook, twitter, mastodon, vcard};

export const importerNames = Object.keys(importers);

export type ImportPlan = {groups: Array<{importer: DefinedImporter; files: RecognizedFile[]}>; close(): void};

/**
 * Which importer reads which file. A file the user named must be readable by
 * the format asked for (or, with auto, by some format); inside folders and
 * archives, files no importer reads (photos, other data) are passed over.
 */
export async function planImport(format: string, paths: string[]): Promise<ImportPlan> {
	const candidates = format === 'auto' ? Object.values(importers) : [importers[format]].filter(importer => importer !== undefined);
	if (candidates.length === 0) throw new UsageError(messages.unknownImportFormat(format, importerNames));
	const set = await openPaths(paths);
	try {
		const groups = new Map<DefinedImporter, RecognizedFile[]>();
		for (const root of set.roots) {
			let found = 0;
			for (const file of root.files) {
				const match = await firstRecognizing(candidates, file);
				if (!match) {
					if (file.explicit) throw format === 'auto' ? new NetinboxError(messages.unknownExport(file.display, importerNames)) : new NetinboxError(messages.notThisExport(file.display, format, candidates[0]!.expected));
					continue;
				}
				// One list per importer, appended to: a copy per file made 140k vCards a quadratic wait.
				const group = groups.get(match.importer);
				if (group) group.push({file, role: match.role});
				else groups.set(match.importer, [{file, role: match.role}]);
				found++;
			}
			if (found === 0) {
				const hint = hintFor(root.path, root.files);
				if (hint) throw new NetinboxError(hint);
				throw new NetinboxError(format === 'auto'
					? messages.emptyFolder(root.path, `export files netinbox knows (${importerNames.join(', ')})`)
					: messages.emptyFolder(root.path, `${format} export files (${candidates[0]!.expected})`));
			}
		}
		return {groups: [...groups].map(([importer, files]) => ({importer, files})), close: set.close};
	} catch (error) {
		set.close();
		throw error;
	}
}

/** A known export netinbox cannot read, named as such rather than as an unknown folder. */
function hintFor(path: string, files: ExportFile[]): string | undefined {
	if (files.some(file => /(^|\/)(your_friends|friends|message_\d+|received_friend_requests|friend_requests_received)\.html$/i.test(file.path))) return messages.facebookHtml(path);
	if (files.some(file => /(^|\/)followers_and_following\/|(^|\/)followers_\d+\.(json|html)$/i.test(file.path))) return messages.instagramExport(path);
	return undefined;
}

async function firstRecognizing(candidates: DefinedImporter[], file: RecognizedFile['file']) {
	for (const importer of candidates) {
		const [found] = await recognizeAll(importer, [file]);
		if (found) return {importer, role: found.role};
	}
	return undefined;
}
