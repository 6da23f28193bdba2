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
	constructor(file: string, holder: {pid: number; command?: string; since?: string}) {
		super(messages.locked(file, holder));
		this.name = 'LockedError';
	}
}

export const messages = {
	unparsableDb: (file: string, where: string, detail: string) =>
		`${file}: not valid JSON at ${where}: ${detail}. The file was left untouched; fix or move it away.`,
	invalidDb: (file: string, field: string, detail: string) =>
		`${file}: invalid database at ${field}: ${detail}. The file was left untouched; fix or move it away.`,
	newerDb: (file: string, version: number, supported: number) =>
		`${file}: database version ${version} is newer than this netinbox understands (${supported}). Update netinbox.`,
	locked: (file: string, holder: {pid: number; command?: string; since?: string}) =>
		`${file} is in use by netinbox process ${holder.pid}` +
		(holder.command ? ` (${holder.command})` : '') +
		(holder.since ? ` since ${holder.since}` : '') +
		'. Close it there first.',
	cannotLock: (file: string, detail: string) =>
		`cannot open ${file} for writing: ${detail}. Nothing was changed.`,
	backupFailed: (file: string, detail: string) =>
		`could not back up ${file} before changing it: ${detail}. Nothing was changed.`,
	damagedJournal: (journal: string, detail: string) =>
		`${journal}: damaged at ${detail}. The files were left untouched; move this journal away to open the database without the changes it holds.`,
	orphanJournal: (file: string, journal: string) =>
		`${file} is missing, but ${journal} beside it holds changes to it. Restore the file, or move the journal away to start anew.`,
	readOnlyStore: (file: string) => `${file} was opened for reading only: nothing was saved.`,
	saveFailed: (file: string, detail: string) =>
		`could not save ${file}: ${detail}. Nothing was lost: the previous file is intact.`,
	unknownCommand: (name: string) => `unknown command "${name}". Run netinbox --help for the list.`,
	unknownRequest: (id: string) => `no request with id "${id}"`,
	ambiguousRequest: (id: string, keys: string[]) =>
		`request id "${id}" exists on several networks: ${keys.join(', ')}. Say which one, e.g. ${keys[0]}.`,
	nothingToUndo: () => 'nothing to undo',
	unreadableFile: (file: string, detail: string) => `${file}: cannot read: ${detail}`,
};
