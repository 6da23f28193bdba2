// The importers netinbox knows, by name. `import auto` asks each in turn.
import {generic} from './generic.js';
import type {Importer} from './types.js';

export const importers: Record<string, Importer> = {
	generic,
};

export const importerNames = Object.keys(importers);

/** The first importer that recognises the path, if any. */
export async function detectImporter(path: string): Promise<Importer | undefined> {
	for (const importer of Object.values(importers)) {
		if (await importer.detect(path)) return importer;
	}
	return undefined;
}
