import {UsageError} from '../core/errors.js';
import {strictnessLevels, type Database, type Settings, type Strictness} from '../core/model.js';

/** The settings with the given changes; an unknown value is a usage error. */
export function changeSettings(db: Database, changes: {strictness?: string; learning?: string; blockSpam?: boolean}): {data: Database; settings: Settings; changed: boolean} {
	let settings = db.settings;
	if (changes.learning !== undefined) {
		if (changes.learning !== 'on' && changes.learning !== 'off') throw new UsageError(`--learning must be on or off (got "${changes.learning}")`);
		settings = {...settings, learning: changes.learning === 'on'};
	}
	if (changes.strictness !== undefined) {
		if (!(strictnessLevels as readonly string[]).includes(changes.strictness)) {
			throw new UsageError(`--strictness must be one of ${strictnessLevels.join(', ')} (got "${changes.strictness}")`);
		}
		settings = {...settings, strictness: changes.strictness as Strictness};
	}
	if (changes.blockSpam !== undefined) settings = {...settings, blockSpam: changes.blockSpam};
	const changed = settings.strictness !== db.settings.strictness || (settings.learning ?? true) !== (db.settings.learning ?? true) || !!settings.blockSpam !== !!db.settings.blockSpam;
	return {data: changed ? {...db, settings} : db, settings, changed};
}

export const strictnessMeaning: Record<Strictness, string> = {
	default: 'the policy as it stands',
	strict: 'every ignore suggestion becomes spam',
	lenient: 'an individual reason without evidence is accept on every network',
};
