// Each step takes a database of version N-1 to version N. The store takes a
// backup before it runs any of them.
import {schemaVersion} from '../model.js';

type Raw = Record<string, unknown>;

function maxNumericSuffix(items: unknown, prefix: string): number {
	if (!Array.isArray(items)) return 0;
	let max = 0;
	for (const item of items as Array<{id?: unknown}>) {
		const match = typeof item?.id === 'string' ? new RegExp(`^${prefix}(\\d+)$`).exec(item.id) : null;
		if (match) max = Math.max(max, Number(match[1]));
	}
	return max;
}

const steps: Record<number, (data: Raw) => Raw> = {
	// Version 0 (the first pre-release files) had no version, no id counters and no bulk flag in the journal.
	1(data) {
		const journal = Array.isArray(data.journal) ? (data.journal as Raw[]) : [];
		return {
			...data,
			version: 1,
			settings: data.settings ?? {strictness: 'default'},
			journal: journal.map(entry => ({...entry, bulk: entry.bulk ?? false})),
			counters: {
				person: maxNumericSuffix(data.people, 'p'),
				interaction: maxNumericSuffix(data.interactions, 'i'),
				journal: journal.reduce((max, entry) => Math.max(max, Number(entry.seq) || 0), 0),
			},
		};
	},
};

export function versionOf(data: unknown): number {
	const version = (data as Raw | null)?.version;
	return typeof version === 'number' ? version : 0;
}

export function migrate(data: Raw): Raw {
	let current = data;
	for (let version = versionOf(data) + 1; version <= schemaVersion; version++) {
		current = steps[version]!(current);
	}
	return current;
}
