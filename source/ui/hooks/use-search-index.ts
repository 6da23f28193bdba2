// The people search index, built when the search is first opened and again
// only after people or interactions changed: building it reads every person
// (about a second at 30,000), searching it then takes a few milliseconds a key.
import {useRef} from 'react';
import type {Database} from '../../core/model.js';
import {buildSearchIndex, type SearchIndex} from '../../core/search.js';

export function useSearchIndex(db: Database, needed: boolean): SearchIndex | undefined {
	const cache = useRef<{people: unknown; interactions: unknown; index: SearchIndex} | undefined>(undefined);
	if (!needed) return cache.current?.index;
	const fresh = cache.current && cache.current.people === db.people && cache.current.interactions === db.interactions;
	if (!fresh) cache.current = {people: db.people, interactions: db.interactions, index: buildSearchIndex(db)};
	return cache.current!.index;
}
