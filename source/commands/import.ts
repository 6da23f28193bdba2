import {UsageError} from '../core/errors.js';
import {planImport} from '../core/importers/index.js';
import {changedAnything, mergeBatch, type ImportSummary} from '../core/importers/merge.js';
import type {ImportBatch, ProgressReporter} from '../core/importers/types.js';
import type {Me} from '../core/model.js';
import {settleByImport} from '../core/todo/todo.js';
import type {Store} from '../core/store/store.js';
import {pushAll} from '../core/arrays.js';

export type ImportOptions = {dryRun?: boolean; onProgress?: ProgressReporter; now?: Date};
export type ImportedFile = {file: string; format: string; role: string};
export type ImportResult = ImportSummary & {format: string; written: boolean; backup?: string; files: ImportedFile[]};

// Facebook tells sent from received messages by the owner's name, which another export may have named.
const parseOrder = ['generic', 'linkedin', 'twitter', 'mastodon', 'vcard', 'facebook'];

/**
 * Reads every file first and writes once: a file that cannot be read stops the
 * import before anything is written, and a crash mid-way leaves the old database.
 */
export async function runImport(store: Store, format: string, paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
	if (paths.length === 0) throw new UsageError('import needs at least one file or folder');
	const plan = await planImport(format, paths);
	const batches: ImportBatch[] = [];
	const files: ImportedFile[] = [];
	try {
		const groups = [...plan.groups].sort((a, b) => parseOrder.indexOf(a.importer.name) - parseOrder.indexOf(b.importer.name));
		const total = groups.flatMap(group => group.files).reduce((sum, {file}) => sum + file.size, 0);
		let offset = 0;
		let me: Me = store.data.me;
		for (const {importer, files: group} of groups) {
			const batch = await importer.parseFiles(group, {
				me,
				now: options.now ?? new Date(),
				onProgress: (done, _total, what) => options.onProgress?.(offset + done, total, what),
			});
			offset += group.reduce((sum, {file}) => sum + file.size, 0);
			if (batch.me) me = {...me, ...batch.me, handles: {...me.handles, ...batch.me.handles}};
			batches.push(batch);
			pushAll(files, group.map(({file, role}) => ({file: file.display, format: importer.name, role})));
		}
	} finally {
		plan.close();
	}
	let data = store.data;
	let total: ImportSummary | undefined;
	let settled = false;
	for (const batch of batches) {
		const {data: next, summary} = mergeBatch(data, batch);
		// Requests declined here that the network's list no longer holds were declined there: their to-dos are done.
		data = settleByImport(next, batch, options.now ?? new Date());
		settled ||= data !== next;
		total = total ? addSummaries(total, summary) : summary;
	}
	const summary = total!;
	const formatName = batches.map(batch => batch.format).join('+');
	if (options.dryRun || (!changedAnything(summary) && !settled)) return {...summary, format: formatName, written: false, files};
	const backup = await store.backup('before-import');
	await store.save(data);
	return {...summary, format: formatName, written: true, files, ...(backup ? {backup} : {})};
}

function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
	const add = (x: ImportSummary['people'], y: ImportSummary['people']) => ({
		added: x.added + y.added,
		updated: x.updated + y.updated,
		unchanged: x.unchanged + y.unchanged,
		skipped: x.skipped + y.skipped,
	});
	return {
		people: add(a.people, b.people),
		requests: add(a.requests, b.requests),
		interactions: add(a.interactions, b.interactions),
		me: a.me || b.me,
		problems: [...a.problems, ...b.problems],
		warnings: [...a.warnings, ...b.warnings],
	};
}
