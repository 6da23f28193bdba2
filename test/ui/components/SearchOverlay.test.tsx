import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {buildSearchIndex} from '../../../source/core/search.js';
import {SearchOverlay} from '../../../source/ui/components/SearchOverlay.js';
import {bySource, loadSearchFixture} from '../../fixtures/search/load.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);
const keys = {down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', backspace: '\u007F'};

function mount(props: Partial<Parameters<typeof SearchOverlay>[0]> = {}) {
	const handlers = {onClose: vi.fn(), onJump: vi.fn(), onOpen: vi.fn(), onVouch: vi.fn()};
	const instance = render(<SearchOverlay index={index} db={db} width={100} height={16} {...handlers} {...props} />);
	const frame = () => instance.lastFrame() ?? '';
	const waitFor = (expected: string | RegExp) =>
		vi.waitFor(() => expect(frame()).toMatch(expected));
	// A key written right after a frame can be lost before Ink listens: type once the frame is there.
	const press = async (key: string, expected: string | RegExp) => {
		instance.stdin.write(key);
		await waitFor(expected);
	};
	return {...instance, ...handlers, frame, waitFor, press};
}

afterEach(() => vi.restoreAllMocks());

describe('the search overlay', () => {
	test('updates with every key and shows matches with their verdicts', async () => {
		const ui = mount();
		await ui.waitFor('Type a name, a handle or a company');
		await ui.press('brenn', 'Bernd Brenneisen');
		await ui.press('eisn', /› Bernd Brenneisen\s+know well/);
		expect(ui.frame()).toMatch(/Вernd Brenneisen\s+never interacted/);
		expect(ui.frame()).toContain('/ brenneisn');
		ui.unmount();
	});

	test('arrows move the selection, enter opens the card, escape goes back and then closes', async () => {
		const ui = mount({initialQuery: 'oliver brandes'});
		await ui.waitFor(/› Oliver Brandes\s+know well/);
		await ui.press(keys.down, /› Oliver Brandes\s+never interacted/);
		await ui.press(keys.enter, 'same name as Oliver Brandes');
		const copy = bySource(db, 'p-032');
		expect(ui.onOpen).toHaveBeenCalledWith(copy.id);
		expect(ui.frame()).toContain(`Oliver Brandes (${copy.id}) never interacted`);
		await ui.press(keys.escape, /› Oliver Brandes\s+never interacted/);
		expect(ui.onClose).not.toHaveBeenCalled();
		ui.stdin.write(keys.escape);
		await vi.waitFor(() => expect(ui.onClose).toHaveBeenCalledTimes(1));
		ui.unmount();
	});

	test('from the card, r jumps to the pending request and v vouches', async () => {
		const ui = mount({initialQuery: 'thomas mueller stuttgart'});
		await ui.waitFor(/› Thomas Mueller/);
		await ui.press(keys.enter, 'r go to request');
		ui.stdin.write('r');
		const stranger = bySource(db, 'p-007');
		const request = db.requests.find(candidate => candidate.from === stranger.id)!;
		await vi.waitFor(() => expect(ui.onJump).toHaveBeenCalledWith(request.key));
		ui.stdin.write('v');
		await vi.waitFor(() => expect(ui.onVouch).toHaveBeenCalledWith(stranger.id, true));
		ui.unmount();
	});

	test('backspace edits the query; nothing found says so', async () => {
		const ui = mount({initialQuery: 'xqzv'});
		await ui.waitFor('No one in your records matches that.');
		await ui.press(keys.backspace, '/ xqz');
		ui.unmount();
	});

	test('names are shown defused', async () => {
		const evil = {...db, people: [...db.people, {...db.people[0]!, id: 'p999', name: 'Zyxwort\u001B]0;owned\u0007 Evil', sources: []}]};
		const ui = mount({db: evil, index: buildSearchIndex(evil), initialQuery: 'zyxwort'});
		await ui.waitFor('Zyxwort');
		expect(ui.frame()).not.toMatch(/\u0007|\u001B\]/);
		ui.unmount();
	});

	test('inactive, it leaves the keys alone', async () => {
		const handlers = {onClose: vi.fn(), onJump: vi.fn()};
		const overlay = (isActive: boolean) => <SearchOverlay index={index} db={db} width={100} height={16} {...handlers} isActive={isActive} initialQuery="anna" />;
		const ui = render(overlay(false));
		await vi.waitFor(() => expect(ui.lastFrame()).toContain('/ anna '));
		ui.stdin.write('x');
		ui.stdin.write('\u001B');
		ui.rerender(overlay(true));
		// Once active again, the next key lands right after "anna": the ones before went elsewhere.
		ui.stdin.write(' m');
		await vi.waitFor(() => expect(ui.lastFrame()).toContain('/ anna m'));
		expect(handlers.onClose).not.toHaveBeenCalled();
		ui.unmount();
	});
});
