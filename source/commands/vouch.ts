import {UsageError} from '../core/errors.js';
import type {Person, SourceRef} from '../core/model.js';
import {buildSearchIndex} from '../core/search/search.js';
import type {Store} from '../core/store/store.js';
import {resolvePerson, unvouch, vouch} from '../core/people/vouch.js';

export type VouchResult = {
	person: {id: string; name: string; sources: SourceRef[]};
	vouched: Person['vouched'] | null;
	changed: boolean;
};

/**
 * `vouch` marks a person as one the user would recommend; vouching again with
 * `--note` replaces the note and keeps the date. `unvouch` takes it back.
 */
export async function runVouch(store: Store, query: string, options: {undo?: boolean; note?: string} = {}): Promise<VouchResult> {
	if (!query.trim()) throw new UsageError(`${options.undo ? 'unvouch' : 'vouch'} needs a person: an id like p12, or a name`);
	const before = resolvePerson(store.data, buildSearchIndex(store.data), query);
	const summary = (person: Person, changed: boolean): VouchResult =>
		({person: {id: person.id, name: person.name, sources: person.sources}, vouched: person.vouched ?? null, changed});
	if (options.undo ? !before.vouched : before.vouched && (options.note === undefined || options.note === before.vouched.note)) {
		return summary(before, false);
	}
	const note = options.note ?? before.vouched?.note;
	const at = before.vouched ? new Date(before.vouched.at) : new Date();
	const {data, person} = options.undo ? unvouch(store.data, before.id) : vouch(store.data, before.id, note, at);
	await store.save(data);
	return summary(person, true);
}
