import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {buildSearchIndex} from '../../../source/core/search/search.js';
import {SearchOverlay} from '../../../source/ui/components/SearchOverlay.js';
import {initialSearchState, searchReducer} from '../../../source/ui/search-state.js';
import {bySource, loadSearchFixture} from '../../fixtures/search/load.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);

function draw(state = initialSearchState(), data = db, searchIndex = index) {
	const instance = render(<SearchOverlay index={searchIndex} db={data} state={state} width={100} height={16} canVouch />);
	const frame = instance.lastFrame() ?? '';
	instance.unmount();
	return frame;
}

describe('the search overlay', () => {
	test('asks whom you know before anything is typed', () => {
		expect(draw()).toContain('Type a name, a handle or a company');
	});

	test('shows the matches with their verdicts, the selected one marked, the real contact above its look-alike', () => {
		const frame = draw(initialSearchState('brenneisn'));
		expect(frame).toMatch(/› Bernd Brenneisen\s+know well/);
		expect(frame).toMatch(/Вernd Brenneisen\s+never interacted/);
		expect(frame.indexOf('Bernd Brenneisen')).toBeLessThan(frame.indexOf('Вernd Brenneisen'));
		expect(frame).toContain('/ brenneisn');
	});

	test('moves the selection down', () => {
		const state = searchReducer(initialSearchState('oliver brandes'), {type: 'command', command: 'search.down', count: 2});
		expect(draw(state)).toMatch(/› Oliver Brandes\s+never interacted/);
	});

	test('shows the card of the opened person', () => {
		const copy = bySource(db, 'p-032');
		const state = searchReducer(initialSearchState('oliver brandes'), {type: 'open', personId: copy.id});
		const frame = draw(state);
		expect(frame).toContain(`Oliver Brandes (${copy.id}) never interacted`);
		expect(frame).toContain('same name as Oliver Brandes');
	});

	test('says when nothing matches', () => {
		expect(draw(initialSearchState('xqzv'))).toContain('No one in your records matches that.');
	});

	test('says so when no one matches the whole query, and marks rows that match only in part', () => {
		const nobody = draw(initialSearchState('Thomas Schulz'));
		expect(nobody).toContain('no one by that name — the nearest, not the same person:');
		expect(nobody).toMatch(/Thomas Müller\s+know well/);
		const some = draw(initialSearchState('anna hafen'));
		expect(some).toMatch(/› Anna Müller\s+know well\s+UX Lead/);
		expect(some).not.toContain('no one by that name');
	});

	test('names are shown defused', () => {
		const evil = {...db, people: [...db.people, {...db.people[0]!, id: 'p999', name: 'Zyxwort\u001B]0;owned\u0007 Evil', sources: []}]};
		const frame = draw(initialSearchState('zyxwort'), evil, buildSearchIndex(evil));
		expect(frame).toContain('Zyxwort');
		expect(frame).not.toMatch(/\u0007|\u001B\]/);
	});
});
