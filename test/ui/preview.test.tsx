// The inbox drawn from the snapshot while the database loads: the same rows,
// keys held and answered in order once the database is there.
import {render} from 'ink-testing-library';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../source/app.js';
import {classifyAll} from '../../source/core/classifier/index.js';
import {historyByPerson} from '../../source/core/people/history.js';
import {previewOf, snapshotOf} from '../../source/core/snapshot/snapshot.js';
import type {Database} from '../../source/core/model.js';
import type {HeldKeys} from '../../source/ui/hooks/use-commands.js';
import {noFilters, rowsFor, viewCounts} from '../../source/ui/views.js';
import {databaseFrom} from '../helpers/db.js';

const now = new Date('2026-11-26T12:00:00Z');

function previewFor(db: Database) {
	const suggestions = classifyAll(db, {now});
	const histories = historyByPerson(db);
	const snapshot = snapshotOf({
		db,
		keys: rowsFor(db, suggestions, 'pending', noFilters),
		counts: viewCounts(db, suggestions),
		suggestions,
		sameText: () => [],
		history: person => histories.get(person) ?? [],
	}, 'fingerprint');
	return {preview: previewOf(snapshot), suggestions};
}

async function until(frame: () => string, check: (text: string) => boolean) {
	await vi.waitFor(() => expect(check(frame()), frame()).toBe(true), {timeout: 5000, interval: 10});
	return frame();
}

describe('the inbox before its database is loaded', () => {
	it('shows the snapshot as the loaded inbox will, holds keys, and answers them once loaded', async () => {
		const db = databaseFrom();
		const {preview, suggestions} = previewFor(db);
		const held: HeldKeys = {holding: true, keys: []};
		const start = {suggestions, sameText: new Map(), unverified: new Set<string>(), stale: []};
		const instance = render(<App key="preview" db={preview.db} preview={preview} start={{...preview, unverified: new Set(), stale: []}} held={held} now={now} />);
		const frame = () => instance.lastFrame() ?? '';
		const first = await until(frame, text => text.includes('loading…'));
		instance.stdin.write('j');
		instance.stdin.write('i');
		await vi.waitFor(() => expect(held.keys.length).toBe(2));
		expect(frame()).toBe(first);

		held.holding = false;
		const saved: Database[] = [];
		instance.rerender(<App key="inbox" db={db} start={start} held={held} now={now} save={async data => void saved.push(data)} />);
		const loaded = await until(frame, text => text.includes('ignored Jonas Weber'));
		expect(loaded).toContain('[Pending 2]');
		expect(saved.at(-1)!.requests.find(request => request.id === 'r-002')!.status).toBe('ignored');
		// Apart from the status line, the loaded inbox drew what the snapshot showed.
		const full = render(<App db={db} start={start} now={now} />);
		const fullFrame = await until(() => full.lastFrame() ?? '', text => text.includes('1/3'));
		const body = (text: string) => text.split('\n').slice(0, -2).join('\n');
		expect(body(first)).toBe(body(fullFrame));
		full.unmount();
		instance.unmount();
	});
});
