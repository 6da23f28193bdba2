// Syncs with Mastodon once the inbox is on screen, when the user is logged in:
// keys are answered all the while, and each pushed step is saved as it is done.
import {useEffect} from 'react';
import type {SyncSummary} from '../../core/mastodon/sync.js';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Inbox} from './use-inbox.js';

export function syncMessage(summary: SyncSummary): string {
	const host = new URL(summary.instance).host;
	const pushed = Object.values(summary.pushed).reduce((sum, count) => sum + count, 0);
	const parts = [`${summary.pulled.requests} pending there`, `${pushed} step${pushed === 1 ? '' : 's'} pushed`];
	if (summary.failed > 0) parts.push(`${summary.failed} failed, still queued: ${sanitizeLine(summary.failures[0]!.error)}`);
	return `synced with ${host}: ${parts.join(', ')}`;
}

export function useSync(inbox: Pick<Inbox, 'latest' | 'update'>, enabled: boolean, say: (text: string) => void): void {
	useEffect(() => {
		if (!enabled) return;
		let stopped = false;
		const controller = new AbortController();
		const timer = setTimeout(() => {
			void (async () => {
				// Loaded after the first frame: the inbox starts without the importers a sync merges with.
				const {loadCredentials} = await import('../../core/mastodon/login.js');
				const credentials = await loadCredentials();
				if (!credentials || stopped) return;
				say(`syncing with ${new URL(credentials.instance).host}…`);
				const {syncMastodon} = await import('../../core/mastodon/sync.js');
				const summary = await syncMastodon({
					get: () => inbox.latest.current,
					// Once the inbox has quit, its store is closed: nothing more is written.
					update: change => (stopped ? Promise.reject(new Error('the inbox has quit')) : inbox.update(change)),
				}, credentials, {signal: controller.signal, onWait: (seconds, why) => say(`sync: waiting ${Math.round(seconds)} s (${why})…`)});
				if (stopped) return;
				// The pull brought history and requests: suggest the Mastodon senders' requests anew.
				const senders = inbox.latest.current.requests.filter(request => request.network === 'mastodon').map(request => request.from);
				await inbox.update(db => db, senders);
				if (!stopped) say(syncMessage(summary));
			})().catch((error: Error) => {
				if (!stopped) say(`sync failed: ${sanitizeLine(error.message)}`);
			});
		}, 0);
		return () => {
			stopped = true;
			controller.abort();
			clearTimeout(timer);
		};
	}, []);
}
