// The classifier's suggestions for the inbox. The first frame does not wait
// for them: suggestions kept from the last session (core/suggestions/) are
// shown at once, and only the requests whose inputs changed are suggested
// again, in small slices after the first frame, with keys answered in between.
// With nothing to suggest, the classifier is built only when a change needs it:
// a deferred follower, or a sender's history, note or vouch.
import {useCallback, useEffect, useRef, useState, type RefObject} from 'react';
import {Classifier} from '../../core/classifier/index.js';
import {Learning} from '../../core/learning/index.js';
import type {Database, Suggestion} from '../../core/model.js';
import {stillInSameCluster, type FromCache} from '../../core/suggestions/cache.js';

const slice = 500;

/** What the inbox starts with; without it every request is suggested. */
export type StartingSuggestions = Pick<FromCache, 'suggestions' | 'sameText' | 'unverified' | 'stale'>;

export function useSuggestions(latest: RefObject<Database>, now: Date, start: StartingSuggestions | undefined, active = true) {
	const classifier = useRef<Classifier | undefined>(undefined);
	const learning = useRef<Learning | undefined>(undefined);
	const [suggestions, setSuggestions] = useState<Map<string, Suggestion>>(() => new Map(start?.suggestions ?? []));
	// Work for after the first frame: requests to suggest, and cached ones whose cluster to check.
	const [work] = useState(() => [...(start ? start.stale : latest.current.requests.map(request => request.key)), ...(start?.unverified ?? [])]);
	const [done, setDone] = useState(0);
	const finished = useRef(0);
	const cachedSameText = useRef(start?.sameText ?? new Map<string, string[]>());
	/** Requests suggested in this session (the rest are as the cache had them). */
	const computed = useRef(new Set<string>());
	const [workAt] = useState(() => {
		const at = new Map<string, number>();
		for (const [index, key] of work.entries()) if (!at.has(key)) at.set(key, index);
		return at;
	});
	/** Whether the first pass is still to reach this request. */
	const waiting = (key: string) => (workAt.get(key) ?? -1) >= finished.current;

	const built = useCallback((): Classifier => {
		if (!classifier.current) {
			learning.current = Learning.fromDatabase(latest.current);
			classifier.current = Classifier.build(latest.current, {now, learning: learning.current});
		}
		return classifier.current;
	}, []);

	useEffect(() => {
		if (!active || work.length === 0) return;
		let stopped = false;
		let index = 0;
		// Requests keep their places for the whole session (only statuses change).
		const requests = new Map(latest.current.requests.map((request, at) => [request.key, at]));
		const step = () => {
			if (stopped) return;
			const classify = built();
			// First how the rules fared against the user's decisions, a slice at a time: the reasons show it.
			if (learning.current?.needsTally) {
				learning.current.tally(request => classify.suggest(request, false), slice);
				setImmediate(step);
				return;
			}
			const end = Math.min(work.length, index + slice);
			const found: Array<[string, Suggestion]> = [];
			for (; index < end; index++) {
				const key = work[index]!;
				const request = latest.current.requests[requests.get(key) ?? -1];
				if (!request) continue;
				if (start?.unverified.has(key) && stillInSameCluster(start, key, classify.sameText(key))) continue;
				found.push([key, classify.suggest(request)]);
				computed.current.add(key);
			}
			if (found.length > 0) {
				setSuggestions(previous => {
					const next = new Map(previous);
					for (const [key, suggestion] of found) next.set(key, suggestion);
					return next;
				});
			}
			finished.current = index;
			setDone(index);
			if (index < work.length) setImmediate(step);
		};
		const timer = setTimeout(step, 0);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	}, [active]);

	/** Suggest these requests again, from the newest data; learn from their decisions, and suggest again what the same text or sender sent. */
	const resuggest = useCallback((data: Database, changed: ReadonlySet<string>) => {
		if (changed.size === 0) return;
		const classify = built();
		learning.current?.update(data, changed, request => classify.suggest(request, false));
		// After a decision or two, what the same text or the same sender sent may read differently now.
		const senders = new Set(changed.size <= 20 ? data.requests.filter(request => changed.has(request.key)).map(request => request.from) : []);
		const keys = new Set(changed);
		if (senders.size > 0) {
			for (const key of changed) for (const other of classify.sameText(key)) keys.add(other);
			for (const request of data.requests) if (senders.has(request.from)) keys.add(request.key);
		}
		setSuggestions(previous => {
			const next = new Map(previous);
			// Requests not reached by the first pass yet get theirs from it; ones it never lists (added by a sync) get theirs here.
			for (const request of data.requests) {
				if (!keys.has(request.key) || (!previous.has(request.key) && waiting(request.key))) continue;
				next.set(request.key, classify.suggest(request));
				computed.current.add(request.key);
			}
			return next;
		});
	}, []);

	/** A sender's history, note or vouch changed: read them again and suggest their requests anew. */
	const learnAbout = useCallback((data: Database, person: string) => {
		built().refreshPerson(data, person);
		resuggest(data, new Set(data.requests.filter(request => request.from === person).map(request => request.key)));
	}, [resuggest]);

	const sameText = useCallback((key: string) => classifier.current?.sameText(key) ?? cachedSameText.current.get(key) ?? [], []);
	const classifying = active && done < work.length;
	/** Whether every cluster shown is the classifier's (the cache may keep them then). */
	const clustersKnown = useCallback(() => (start?.unverified.size ?? 0) === 0 || finished.current >= work.length, []);
	return {suggestions, classifying, classified: done, toClassify: work.length, resuggest, learnAbout, sameText, clustersKnown, computed: computed.current};
}
