// Every message a user reads when something goes wrong, in one place.

export class NetinboxError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(message);
		this.name = 'NetinboxError';
		this.exitCode = exitCode;
	}
}

/** The user typed something the CLI cannot understand: exit code 2. */
export class UsageError extends NetinboxError {
	constructor(message: string) {
		super(message, 2);
		this.name = 'UsageError';
	}
}

export class LockedError extends NetinboxError {
	constructor(file: string, holder: LockHolderText, lockFile: string, checkable: boolean) {
		super(messages.locked(file, holder, lockFile, checkable));
		this.name = 'LockedError';
	}
}

/** Data could not be written: the detail is the system's reason (no space left on device …). */
export class SaveError extends NetinboxError {
	constructor(readonly file: string, readonly detail: string) {
		super(messages.saveFailed(file, detail));
		this.name = 'SaveError';
	}
}

type LockHolderText = {pid: number; host?: string; command?: string; since?: string};

export const messages = {
	unparsableDb: (file: string, where: string, detail: string) =>
		`${file}: not valid JSON at ${where}: ${detail}. The file was left untouched; fix or move it away.`,
	invalidDb: (file: string, field: string, detail: string) =>
		`${file}: invalid database at ${field}: ${detail}. The file was left untouched; fix or move it away.`,
	newerDb: (file: string, version: number, supported: number) =>
		`${file}: database version ${version} is newer than this netinbox understands (${supported}). Update netinbox.`,
	locked: (file: string, holder: LockHolderText, lockFile: string, checkable: boolean) =>
		`${file} is in use by netinbox process ${holder.pid}` +
		(checkable || !holder.host ? '' : ` on ${holder.host}`) +
		(holder.command ? ` (${holder.command})` : '') +
		(holder.since ? ` since ${holder.since}` : '') +
		(checkable
			? `. Close it there first (the lock is ${lockFile}).`
			: `. Close it there first. netinbox cannot check a process on another machine: if it is no longer running, run the command again with --force-unlock to take over ${lockFile}.`),
	cannotLock: (file: string, detail: string) =>
		`cannot open ${file} for writing: ${detail}. Nothing was changed.`,
	backupFailed: (file: string, detail: string) =>
		`could not back up ${file} before changing it: ${detail}. Nothing was changed.`,
	damagedJournal: (journal: string, detail: string) =>
		`${journal}: damaged at ${detail}. The files were left untouched; move this journal away to open the database without the changes it holds.`,
	orphanJournal: (file: string, journal: string) =>
		`${file} is missing, but ${journal} beside it holds changes to it. Restore the file, or move the journal away to start anew.`,
	readOnlyFile: (file: string, mode: string) =>
		`${file} is read-only (mode ${mode}): netinbox does not replace a file you made read-only. Nothing was changed. To allow changes: chmod u+w ${file}`,
	foreignOwner: (file: string, what: string, owner: number) =>
		`${file}: this ${what} belongs to another user (uid ${owner}), so netinbox does not trust it. Nothing was changed; move it away if you did not put it there.`,
	foreignJournal: (journal: string, file: string) =>
		`${journal} was not written for ${file} (it names another database). The files were left untouched; move the journal away to open the database.`,
	readOnlyStore: (file: string) => `${file} was opened for reading only: nothing was saved.`,
	saveFailed: (file: string, detail: string) =>
		`could not save ${file}: ${detail}. Nothing was lost: the previous file is intact.`,
	foldPostponed: (file: string, journal: string, detail: string) =>
		`saved, but not yet folded into ${file} (${detail}): the changes are safe in ${journal} beside it, and the next netinbox that opens the file folds them in.`,
	rescued: (file: string, detail: string, rescue: string) =>
		`could not save ${file}: ${detail}. Your unsaved changes were written to ${rescue}: once the disk has room, close netinbox and move that file over ${file}.`,
	notRescued: (file: string, detail: string, tried: string[]) =>
		`could not save ${file}: ${detail}. Your unsaved changes could not be written anywhere either (${tried.join('; ')}); they are lost when this process ends.`,
	tooLargeToRead: (file: string, limit: number) =>
		`could not save ${file}: the database would be larger than the ${Math.floor(limit / 1048576)} MB netinbox can read back, so it was not written; the previous file is intact. Import less at a time, or keep older records in another database (--db).`,
	csvRecordTooLarge: (file: string, line: number | undefined, limit: number) =>
		`${file}${line ? `, line ${line}` : ''}: a record longer than ${Math.round(limit / 1048576)} million characters. No export writes one: a quote was never closed, or this is not an export file. Nothing was imported.`,
	cannotPrint: (detail: string) => `cannot write the output: ${detail}. Anything the command changed was saved before it printed.`,
	unknownCommand: (name: string) => `unknown command "${name}". Run netinbox --help for the list.`,
	unknownRequest: (id: string) => `no request with id "${id}"`,
	ambiguousRequest: (id: string, keys: string[]) =>
		`request id "${id}" exists on several networks: ${keys.join(', ')}. Say which one, e.g. ${keys[0]}.`,
	nothingToUndo: () => 'nothing to undo',
	unreadableFile: (file: string, detail: string) => `${file}: cannot read: ${detail}`,
	noPersonMatches: (query: string) => `no one in your records matches "${query}"`,
	ambiguousPerson: (query: string, candidates: string[]) =>
		`"${query}" matches several people: ${candidates.join('; ')}. Say which one by its id, e.g. ${candidates[0]?.split(' ')[0]}.`,
	unreadableZip: (file: string, detail: string) =>
		`${file}: not a readable zip archive (${detail}). Was the download cut short? Nothing was imported.`,
	unreadableZipEntry: (where: string, detail: string) =>
		`${where}: cannot unpack (${detail}); the archive is damaged. Download it again. Nothing was imported.`,
	fileTooLarge: (file: string, bytes: number) =>
		`${file}: ${Math.round(bytes / 1048576)} MB is more than netinbox reads from one file. Nothing was imported.`,
	notJson: (file: string, where: string, detail: string) => `${file}: not valid JSON at ${where}: ${detail}. Nothing was imported.`,
	unknownImportFormat: (name: string, known: string[]) => `unknown import format "${name}"; known: auto, ${known.join(', ')}`,
	unknownExport: (path: string, known: string[]) =>
		`${path}: not an export netinbox knows (${known.join(', ')}). Nothing was imported.`,
	notThisExport: (path: string, format: string, expected: string) =>
		`${path}: not a ${format} export file (expected ${expected}). Try "netinbox import auto". Nothing was imported.`,
	emptyFolder: (path: string, what: string) => `${path}: no ${what} found in this folder or archive. Nothing was imported.`,
	facebookHtml: (path: string) =>
		`${path}: this is a Facebook export in HTML. netinbox reads the JSON one: in "Download your information", choose the format JSON and download again. Nothing was imported.`,
	instagramExport: (path: string) => `${path}: this looks like an Instagram export, which netinbox cannot import yet. Nothing was imported.`,
	wrongShape: (file: string, expected: string) => `${file}: ${expected}. Nothing was imported.`,
	mastodonError: (file: string, error: string) =>
		`${file}: this is an error reply from the Mastodon server ("${error}"), not a list of follow requests. Nothing was imported.`,
	badTemplates: (file: string, detail: string) =>
		`${file}: cannot use these templates: ${detail}. Fix the file or move it away; the built-in templates work without it.`,
	badLabels: (file: string, detail: string) => `${file}: not a label file: ${detail}`,
	noLabelMatches: (file: string, labels: number) =>
		`${file}: none of its ${labels} label${labels === 1 ? '' : 's'} names a request in this database, so there is nothing to score. Check the ids (r-001, or network:id) and the database (--db).`,
};
