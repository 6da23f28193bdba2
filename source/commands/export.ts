import type {Database} from '../core/model.js';
import {learnedExport} from './learning.js';

/** The whole database for scripts: `me` apart from the people, every record with its import ids. */
export function exportDatabase(db: Database) {
	return {
		version: db.version,
		me: db.me,
		settings: db.settings,
		people: db.people,
		requests: db.requests,
		interactions: db.interactions,
		journal: db.journal,
		learning: learnedExport(db),
	};
}
