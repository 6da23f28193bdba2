// Counts the Stats figures once in the background when the suggestions are all
// there, so the first opening of the Stats screen finds them in core's cache.
import {useEffect} from 'react';
import {networkStats} from '../../core/stats/index.js';
import type {Inbox} from './use-inbox.js';

/** After the classifier's last slice, so it never delays the suggestions. */
const delay = 300;

export function useStatsWarmup(inbox: Inbox, now: Date): void {
	useEffect(() => {
		if (inbox.classifying) return;
		const timer = setTimeout(() => networkStats(inbox.db, {now, suggestions: inbox.suggestions, sameText: inbox.sameText}), delay);
		return () => clearTimeout(timer);
	}, [inbox.classifying]);
}
