// The contract between the bench runner and each `test/bench/*.bench.ts` module.
import type {Database} from '../../source/core/model.js';

export type Scale = {name: string; requests: number; people: number; interactions: number};

export type BenchContext = {
	/** The database, loaded through Store.open. Shared with nobody: change it freely. */
	db: Database;
	/** A fresh copy of the database file for this module alone, inside tmpDir. */
	file: string;
	scale: Scale;
	/** An empty directory for this module, removed afterwards. */
	tmpDir: string;
	/** The generated netinbox/v1 document the database was imported from (read-only, shared). */
	generic: string;
};

/** A metric's target at the reference scale (medium), checked and shown by the runner. */
export type Target = {max: number};

export type BenchModule = {
	name: string;
	/** Metric name → value: milliseconds end in `Ms`, megabytes in `MB`, ratios in `Ratio`. */
	run(ctx: BenchContext): Promise<Record<string, number>>;
	targets?: Record<string, Target>;
};

export const scales: Record<string, Scale> = {
	small: {name: 'small', requests: 1_000, people: 3_000, interactions: 20_000},
	medium: {name: 'medium', requests: 10_000, people: 30_000, interactions: 200_000},
	large: {name: 'large', requests: 100_000, people: 100_000, interactions: 1_000_000},
};

/** The scale the targets are stated for. */
export const referenceScale = 'medium';
