import {describe, expect, it} from 'vitest';
import {activeMode, initialState, reducer, scopesOf, typesText, type ViewState} from '../../source/ui/state.js';
import {nextPending, targets} from '../../source/ui/targets.js';

const rows = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const start = (height = 3) => initialState(rows, height);
const run = (state: ViewState, ...commands: Parameters<typeof reducer>[1][]) => commands.reduce(reducer, state);
const cmd = (command: Parameters<typeof reducer>[1] extends infer A ? (A extends {type: 'command'; command: infer C} ? C : never) : never) => ({type: 'command', command}) as const;

describe('inbox view state', () => {
	it('moves the selection and scrolls the window only when needed', () => {
		let state = run(start(), cmd('cursor.down'), cmd('cursor.down'));
		expect(state.selectedKey).toBe('r3');
		expect(state.start).toBe(0);
		state = reducer(state, cmd('cursor.down'));
		expect(state.selectedKey).toBe('r4');
		expect(state.start).toBe(1);
		state = run(state, cmd('cursor.bottom'));
		expect([state.selectedKey, state.start]).toEqual(['r6', 3]);
		state = run(state, cmd('cursor.top'), cmd('cursor.up'));
		expect([state.selectedKey, state.start]).toEqual(['r1', 0]);
		state = run(state, cmd('page.down'));
		expect(state.selectedKey).toBe('r4');
	});

	it('keeps the selection on the same request when the list changes under it', () => {
		const state = run(start(), cmd('cursor.down'), cmd('cursor.down'));
		const next = reducer(state, {type: 'rows', rows: ['r0', 'r1', 'r2', 'r3']});
		expect(next.selectedKey).toBe('r3');
	});

	it('puts the selection on the row that took its place when the request left the list', () => {
		const state = run(start(), cmd('cursor.down'));
		expect(reducer(state, {type: 'rows', rows: ['r1', 'r3', 'r4']}).selectedKey).toBe('r3');
		expect(reducer(run(start(), cmd('cursor.bottom')), {type: 'rows', rows: ['r1', 'r2']}).selectedKey).toBe('r2');
		expect(reducer(state, {type: 'rows', rows: []}).selectedKey).toBeUndefined();
	});

	it('marks and unmarks, moving down after each mark; decides on the marks else the selection', () => {
		let state = run(start(), cmd('mark.toggle'), cmd('mark.toggle'));
		expect([...state.marks]).toEqual(['r1', 'r2']);
		expect(state.selectedKey).toBe('r3');
		expect(targets(state)).toEqual(['r1', 'r2']);
		state = run(state, cmd('cursor.up'), cmd('mark.toggle'));
		expect([...state.marks]).toEqual(['r1']);
		state = reducer(state, cmd('mark.clear'));
		expect(targets(state)).toEqual([state.selectedKey]);
		expect(reducer(state, cmd('mark.view')).marks.size).toBe(6);
	});

	it('moves to the next pending request after a decision, skipping decided ones', () => {
		const state = run(start(), cmd('cursor.down'));
		const pending = (key: string) => key !== 'r3';
		expect(nextPending(state, new Set(['r2']), pending)).toBe('r4');
		expect(nextPending(run(start(), cmd('cursor.bottom')), new Set(['r6']), pending)).toBe('r5');
		expect(nextPending(state, new Set(['r5']), pending)).toBe('r2');
		expect(nextPending(initialState(['r1'], 3), new Set(['r1']), () => true)).toBeUndefined();
	});

	it('drops decided requests from the marks and selects the next one', () => {
		const state = run(start(), cmd('mark.toggle'), cmd('mark.toggle'));
		const next = reducer(state, {type: 'decided', keys: ['r1', 'r2'], next: 'r3', message: 'ignored 2 requests'});
		expect(next.marks.size).toBe(0);
		expect(next.selectedKey).toBe('r3');
		expect(next.message).toBe('ignored 2 requests');
	});

	it('stacks modes: help and search over the list, each closed by its own key', () => {
		let state = reducer(start(), cmd('help.open'));
		expect(activeMode(state).kind).toBe('help');
		expect(scopesOf(activeMode(state))).toEqual(['always', 'help']);
		state = reducer(state, cmd('help.close'));
		expect(activeMode(state).kind).toBe('list');
		state = reducer(state, {type: 'pop'});
		expect(state.modes).toHaveLength(1);
	});

	it('opens the search over the list; letters are typed there and the card takes its own keys', () => {
		let state = run(start(), cmd('search.open'), {type: 'text', text: 'Mü'}, {type: 'text', text: 'l'});
		const mode = activeMode(state);
		expect(mode.kind === 'search' && mode.search.query).toBe('Mül');
		expect(scopesOf(mode)).toEqual(['always', 'search']);
		expect(typesText(mode)).toBe(true);
		state = reducer(state, {type: 'search', action: {type: 'open', personId: 'p7'}});
		expect(scopesOf(activeMode(state))).toEqual(['always', 'card']);
		expect(typesText(activeMode(state))).toBe(false);
		expect(activeMode(reducer(state, cmd('search.close'))).kind).toBe('list');
	});

	it('jumps to a request: back to the list, in its view, selected, filters cleared', () => {
		const state = run(start(), cmd('filter.network'), cmd('view.next'), cmd('search.open'));
		const next = reducer(state, {type: 'jump', key: 'r5', view: 'pending'});
		expect(next.modes).toEqual([{kind: 'list'}]);
		expect(next.view).toBe('pending');
		expect(next.filters).toEqual({network: 'all', suggestion: 'all'});
		expect(next.selectedKey).toBe('r5');
	});

	it('cycles views and filters, clearing marks', () => {
		let state = run(start(), cmd('mark.toggle'), cmd('view.next'));
		expect(state.view).toBe('ready');
		expect(state.marks.size).toBe(0);
		state = run(state, cmd('view.previous'), cmd('view.previous'));
		expect(state.view).toBe('todo');
		state = run(state, cmd('filter.network'), cmd('filter.suggestion'));
		expect(state.filters).toMatchObject({network: 'linkedin', suggestion: 'unsure'});
		state = run(state, cmd('filter.suggestion'), cmd('filter.suggestion'));
		expect(state.filters).toMatchObject({network: 'linkedin', suggestion: 'follower'});
	});

	it('quits on q and on ctrl+c', () => {
		expect(reducer(start(), cmd('app.quit')).quitting).toBe(true);
		expect(reducer(start(), cmd('app.interrupt')).quitting).toBe(true);
	});

	it('keeps the selected row in view after a jump within the view it is in', () => {
		const state = run(start(), cmd('cursor.top'));
		const jumped = reducer(state, {type: 'jump', key: 'r6', view: 'pending'});
		expect(jumped.selectedKey).toBe('r6');
		expect(jumped.start).toBeLessThanOrEqual(5);
		expect(jumped.start + jumped.height).toBeGreaterThan(5);
	});

	it('scrolls the detail, no further than it reaches, and back to the top for another request', () => {
		let state = reducer(start(), {type: 'resize', height: 3, detailHeight: 10, screenHeight: 20});
		state = reducer(state, {type: 'detailMax', max: 12});
		state = run(state, cmd('detail.down'));
		expect(state.detailScroll).toBe(8);
		state = run(state, cmd('detail.down'), cmd('detail.down'));
		expect(state.detailScroll).toBe(12);
		state = run(state, cmd('detail.up'));
		expect(state.detailScroll).toBe(4);
		state = run(state, cmd('cursor.down'));
		expect(state.detailScroll).toBe(0);
	});

	it('opens the detail on its own screen, where movement keys scroll and deciding keys still decide', () => {
		const state = run(start(), cmd('detail.open'));
		expect(activeMode(state).kind).toBe('detail');
		expect(scopesOf(activeMode(state))).toEqual(['always', 'detail', 'list']);
		expect(activeMode(run(state, cmd('detail.close'))).kind).toBe('list');
	});
});

describe('the Stats screen', () => {
	it('opens over the list, turns pages and closes back to where the list was', () => {
		let state = initialState(['a', 'b', 'c'], 10);
		state = reducer(state, {type: 'command', command: 'cursor.down'});
		state = reducer(state, {type: 'command', command: 'stats.open'});
		expect(activeMode(state)).toEqual({kind: 'stats', page: 0});
		expect(scopesOf(activeMode(state))).toEqual(['always', 'stats']);
		state = reducer(state, {type: 'command', command: 'stats.next'});
		state = reducer(state, {type: 'command', command: 'stats.next'});
		state = reducer(state, {type: 'command', command: 'stats.previous'});
		expect(activeMode(state)).toEqual({kind: 'stats', page: 1});
		state = reducer(state, {type: 'command', command: 'stats.close'});
		expect(activeMode(state)).toEqual({kind: 'list'});
		expect(state.selectedKey).toBe('b');
	});
});
