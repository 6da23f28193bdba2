// The people search index, built when the search is first opened and again
// only after people or interactions changed. Building reads every person
// (over a second at 30,000), so the first one runs after a frame that says so;
// keys typed meanwhile go into the query and are searched once it is there.
import {useEffect, useRef, useState} from 'react';
import type {Database} from '../../core/model.js';
import {buildSearchIndex, type SearchIndex} from '../../core/search/search.js';
import {sameIndexOf} from '../../core/people/same.js';

type Built = {people: unknown; interactions: unknown; index: SearchIndex};

export function useSearchIndex(db: Database, needed: boolean): SearchIndex | undefined {
	const [built, setBuilt] = useState<Built | undefined>(undefined);
	const latest = useRef(db);
	latest.current = db;
	const fresh = built !== undefined && built.people === db.people && built.interactions === db.interactions;
	useEffect(() => {
		if (!needed || fresh) return;
		const timer = setTimeout(() => {
			const data = latest.current;
			const index = buildSearchIndex(data);
			// The card's "probably also" reads the same-person index: build it with the search's, not on the first card.
			sameIndexOf(data);
			setBuilt({people: data.people, interactions: data.interactions, index});
		}, 0);
		return () => clearTimeout(timer);
	}, [needed, fresh]);
	// While a newer one is built, the last index keeps serving: a vouch or a note must not blank the card.
	return built?.index;
}
