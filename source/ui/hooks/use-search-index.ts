// The people search index. Building it reads every person (over a second at
// 30,000), so it is built in small steps between keys: once the inbox is idle
// after its start, so the first search finds it ready, or when the search is
// opened first (a frame says so; keys typed meanwhile go into the query).
// It is built again only after people or interactions changed.
import {useEffect, useRef, useState} from 'react';
import type {Database} from '../../core/model.js';
import {searchIndexSteps, type SearchIndex} from '../../core/search/search.js';
import {sameIndexOf} from '../../core/people/same.js';

type Built = {people: unknown; interactions: unknown; index: SearchIndex};

/** `needed`: the search is open. `early`: build it anyway, the inbox has nothing else to do. */
export function useSearchIndex(db: Database, needed: boolean, early = false): SearchIndex | undefined {
	const [built, setBuilt] = useState<Built | undefined>(undefined);
	const latest = useRef(db);
	latest.current = db;
	const fresh = built !== undefined && built.people === db.people && built.interactions === db.interactions;
	// Before the first search, an index of slightly older data is fine: it is built again when opened.
	const wanted = needed || (early && built === undefined);
	useEffect(() => {
		if (!wanted || fresh) return;
		const data = latest.current;
		const steps = searchIndexSteps(data);
		let timer: NodeJS.Timeout | undefined;
		const step = () => {
			const next = steps.next();
			if (next.done) {
				// The card's "probably also" reads the same-person index: built with the search's, not on the first card.
				sameIndexOf(data);
				setBuilt({people: data.people, interactions: data.interactions, index: next.value});
			}
			else timer = setTimeout(step, 0);
		};
		timer = setTimeout(step, 0);
		return () => clearTimeout(timer);
	}, [wanted, fresh]);
	// While a newer one is built, the last index keeps serving: a vouch or a note must not blank the card.
	return built?.index;
}
