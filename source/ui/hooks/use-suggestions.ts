// The classifier's suggestions for the inbox. The first frame does not wait
// for them: indexing 10,000 requests takes about a second, so it runs right
// after the first frame and suggests in small slices, with keys answered in
// between. Afterwards only the requests a change touches are suggested again.
import {useCallback, useEffect, useRef, useState, type RefObject} from 'react';
import {Classifier} from '../../core/classifier/index.js';
import {Learning} from '../../core/learning/index.js';
import type {Database, Suggestion} from '../../core/model.js';

const slice = 500;

export function useSuggestions(latest: RefObject<Database>, now: Date) {
	const classifier = useRef<Classifier | undefined>(undefined);
	const learning = useRef<Learning | undefined>(undefined);
	const [suggestions, setSuggestions] = useState<Map<string, Suggestion>>(() => new Map());
	const [classified, setClassified] = useState(0);

	useEffect(() => {
		let stopped = false;
		let index = 0;
		const step = () => {
			if (stopped) return;
			const built = classifier.current!;
			// First how the rules fared against the user's decisions, a slice at a time: the reasons show it.
			if (learning.current?.needsTally) {
				learning.current.tally(request => built.suggest(request, false), slice);
				setImmediate(step);
				return;
			}
			const {requests} = latest.current;
			const end = Math.min(requests.length, index + slice);
			const found: Array<[string, Suggestion]> = [];
			for (; index < end; index++) found.push([requests[index]!.key, built.suggest(requests[index]!)]);
			setSuggestions(previous => new Map([...previous, ...found]));
			setClassified(index);
			if (index < requests.length) setImmediate(step);
		};
		const timer = setTimeout(() => {
			learning.current = Learning.fromDatabase(latest.current);
			classifier.current = Classifier.build(latest.current, {now, learning: learning.current});
			step();
		}, 0);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	}, []);

	/** Suggest these requests again, from the newest data; learn from their decisions, and suggest again what the same text or sender sent. */
	const resuggest = useCallback((data: Database, changed: ReadonlySet<string>) => {
		const built = classifier.current;
		if (!built || changed.size === 0) return;
		learning.current?.update(data, changed, request => built.suggest(request, false));
		// After a decision or two, what the same text or the same sender sent may read differently now.
		const senders = new Set(changed.size <= 20 ? data.requests.filter(request => changed.has(request.key)).map(request => request.from) : []);
		const keys = senders.size === 0 ? changed : new Set([...changed, ...[...changed].flatMap(key => built.sameText(key)), ...data.requests.filter(request => senders.has(request.from)).map(request => request.key)]);
		setSuggestions(previous => {
			const next = new Map(previous);
			// Requests not reached by the first pass yet get theirs from it.
			for (const request of data.requests) if (keys.has(request.key) && previous.has(request.key)) next.set(request.key, built.suggest(request));
			return next;
		});
	}, []);

	/** A sender's history, note or vouch changed: read them again and suggest their requests anew. */
	const learnAbout = useCallback((data: Database, person: string) => {
		classifier.current?.refreshPerson(data, person);
		resuggest(data, new Set(data.requests.filter(request => request.from === person).map(request => request.key)));
	}, [resuggest]);

	const sameText = useCallback((key: string) => classifier.current?.sameText(key) ?? [], []);
	const classifying = classified < latest.current.requests.length;
	return {suggestions, classifying, classified, resuggest, learnAbout, sameText};
}
