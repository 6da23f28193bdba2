import {NetinboxError, UsageError} from '../core/errors.js';
import {detectImporter, importerNames, importers} from '../core/importers/index.js';
import {changedAnything, mergeBatch, type ImportSummary} from '../core/importers/merge.js';
import type {ImportBatch, Importer, ProgressReporter} from '../core/importers/types.js';
import type {Store} from '../core/store.js';
import {combine} from '../core/importers/generic.js';

export type ImportOptions = {dryRun?: boolean; onProgress?: ProgressReporter};
export type ImportResult = ImportSummary & {format: string; written: boolean; backup?: string};

async function parseAll(format: string, paths: string[], options: ImportOptions): Promise<ImportBatch[]> {
	if (format !== 'auto') {
		const importer = importers[format];
		if (!importer) throw new UsageError(`unknown import format "${format}"; known: auto, ${importerNames.join(', ')}`);
		return [await importer.parse(paths, options)];
	}
	const groups = new Map<Importer, string[]>();
	for (const path of paths) {
		const importer = await detectImporter(path);
		if (!importer) throw new NetinboxError(`${path}: not a format netinbox knows (${importerNames.join(', ')}). Nothing was imported.`);
		groups.set(importer, [...(groups.get(importer) ?? []), path]);
	}
	return Promise.all([...groups].map(([importer, group]) => importer.parse(group, options)));
}

/**
 * Reads every file first and writes once: a file that cannot be read stops the
 * import before anything is written, and a crash mid-way leaves the old database.
 */
export async function runImport(store: Store, format: string, paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
	if (paths.length === 0) throw new UsageError('import needs at least one file or folder');
	const batches = await parseAll(format, paths, options);
	let data = store.data;
	let total: ImportSummary | undefined;
	for (const batch of batches) {
		const {data: next, summary} = mergeBatch(data, batch);
		data = next;
		total = total ? addSummaries(total, summary) : summary;
	}
	const summary = total ?? mergeBatch(data, combine(format, [])).summary;
	const formatName = batches.map(batch => batch.format).join('+') || format;
	if (options.dryRun || !changedAnything(summary)) return {...summary, format: formatName, written: false};
	const backup = await store.backup('before-import');
	await store.save(data);
	return {...summary, format: formatName, written: true, ...(backup ? {backup} : {})};
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
