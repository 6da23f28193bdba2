// Builds an importer from its two parts: recognising its files, and parsing
// the recognised files of one export. Reading paths, folders and archives is shared.
import {NetinboxError, messages} from '../errors.js';
import {BatchBuilder} from './builder.js';
import {decodeText} from './decode.js';
import {openPaths} from './files.js';
import {describeJsonError} from '../store/serialize.js';
import type {ExportFile, ImportBatch, Importer, ParseOptions, RecognizedFile} from './types.js';
import {pushAll} from '../arrays.js';

export type ImporterSpec = {
	name: string;
	/** What files this importer reads, for error messages: `Connections.csv, Invitations.csv or messages.csv`. */
	expected: string;
	recognize(file: ExportFile): Promise<string | undefined>;
	parseFiles(files: RecognizedFile[], options?: ParseOptions): Promise<ImportBatch>;
};

export type DefinedImporter = Importer & {expected: string};

export function defineImporter(spec: ImporterSpec): DefinedImporter {
	return {
		...spec,
		async detect(path) {
			try {
				const set = await openPaths([path]);
				try {
					for (const file of set.files) if (await spec.recognize(file)) return true;
				} finally {
					set.close();
				}
			} catch {
				// An unreadable path is nobody's format; parse reports why.
			}
			return false;
		},
		async parse(paths, options) {
			const set = await openPaths(paths);
			try {
				const files: RecognizedFile[] = [];
				for (const root of set.roots) {
					const found = await recognizeAll(spec, root.files);
					const stray = root.files.find(file => file.explicit && !found.some(f => f.file === file));
					if (stray) throw new NetinboxError(messages.notThisExport(stray.display, spec.name, spec.expected));
					if (found.length === 0) throw new NetinboxError(messages.emptyFolder(root.path, `${spec.name} export files (${spec.expected})`));
					pushAll(files, found);
				}
				return await spec.parseFiles(files, options);
			} finally {
				set.close();
			}
		},
	};
}

export async function recognizeAll(spec: Pick<Importer, 'recognize'>, files: ExportFile[]): Promise<RecognizedFile[]> {
	const found: RecognizedFile[] = [];
	for (const file of files) {
		const role = await spec.recognize(file);
		if (role) found.push({file, role});
	}
	return found;
}

/** The file as text; an encoding fix-up is reported as a warning. */
export async function readText(file: ExportFile, builder: BatchBuilder): Promise<string> {
	const {text, warning} = decodeText(await file.read(), file.display);
	if (warning) builder.warn(warning.file, warning.message);
	return text;
}

/** Reports progress over the bytes of the files being parsed. */
export function progressOver(files: RecognizedFile[], options: ParseOptions | undefined) {
	const total = files.reduce((sum, {file}) => sum + file.size, 0);
	let done = 0;
	return {
		within(file: ExportFile, fraction: number) {
			options?.onProgress?.(done + Math.round(file.size * Math.min(1, fraction)), total, file.path);
		},
		finished(file: ExportFile) {
			done += file.size;
			options?.onProgress?.(done, total, file.path);
		},
	};
}

/** JSON of a file, or a clear error naming where it breaks. */
export function parseJson(text: string, file: string, reviver?: (key: string, value: unknown) => unknown): unknown {
	try {
		return JSON.parse(text, reviver as never);
	} catch (error) {
		const {where, detail} = describeJsonError(text, error as Error);
		throw new NetinboxError(messages.notJson(file, where, detail));
	}
}
