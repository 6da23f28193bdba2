// The classifier's suggestions for the inbox. The first frame does not wait
// for them: indexing 10,000 requests takes about a second, so it runs right
// after the first frame and suggests in small slices, with keys answered in
// between. Afterwards only the requests a change touches are suggested again.
import {useCallback, useEffect, useRef, useState, type RefObject} from 'react';
import {Classifier} from '../../core/classifier/index.js';
import type {Database, Suggestion} from '../../core/model.js';

const slice = 500;

export function useSuggestions(latest: RefObject<Database>, now: Date) {
	const classifier = useRef<Classifier | undefined>(undefined);
	const [suggestions, setSuggestions] = useState<Map<string, Suggestion>>(() => new Map());
	const [classified, setClassified] = useState(0);
	const passDone = useRef(false);

	useEffect(() => {
		let stopped = false;
		let index = 0;
		const step = () => {
			if (stopped) return;
			const built = classifier.current!;
			const {requests} = latest.current;
			const end = Math.min(requests.length, index + slice);
			const found: Array<[string, Suggestion]> = [];
			for (; index < end; index++) found.push([requests[index]!.key, built.suggest(requests[index]!)]);
			setSuggestions(previous => new Map([...previous, ...found]));
			setClassified(index);
			if (index < requests.length) setImmediate(step);
			else passDone.current = true;
		};
		const timer = setTimeout(() => {
			classifier.current = Classifier.build(latest.current, {now});
			step();
		}, 0);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	}, []);

	/** Suggest these requests again, from the newest data. */
	const resuggest = useCallback((data: Database, keys: ReadonlySet<string>) => {
		const built = classifier.current;
		if (!built || keys.size === 0) return;
		if (passDone.current) setClassified(count => Math.max(count, data.requests.length));
		setSuggestions(previous => {
			const next = new Map(previous);
			// Requests not reached by the first pass yet get theirs from it; ones added after it (a sync) get theirs here.
			for (const request of data.requests) if (keys.has(request.key) && (previous.has(request.key) || passDone.current)) next.set(request.key, built.suggest(request));
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
