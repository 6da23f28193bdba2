import {describe, expect, test} from 'vitest';
import {initialSearchState, searchReducer, type SearchAction, type SearchState} from '../../source/ui/search-state.js';

const apply = (state: SearchState, ...actions: SearchAction[]) => actions.reduce(searchReducer, state);
const command = (name: Extract<SearchAction, {type: 'command'}>['command'], count = 5): SearchAction => ({type: 'command', command: name, count});

describe('typing the query', () => {
	test('characters append, also several at once; control characters never enter', () => {
		const state = apply(initialSearchState(), {type: 'type', text: 'an'}, {type: 'type', text: 'na\u001B[A'}, {type: 'type', text: ' h'});
		expect(state.query).toBe('anna[A h');
	});

	test('erase removes the last character (a whole emoji or umlaut), clear empties the query', () => {
		expect(apply(initialSearchState('Mü'), command('search.erase')).query).toBe('M');
		expect(apply(initialSearchState('a👩‍💻'), command('search.erase')).query).toBe('a');
		expect(apply(initialSearchState('Mu\u0308'), command('search.erase')).query).toBe('M');
		expect(apply(initialSearchState(''), command('search.erase')).query).toBe('');
		expect(apply(initialSearchState('anna'), command('search.clear')).query).toBe('');
	});

	test('any edit of the query selects the first match again', () => {
		const moved = apply(initialSearchState('anna'), command('search.down'), command('search.down'));
		expect(moved.selected).toBe(2);
		expect(apply(moved, {type: 'type', text: ' m'}).selected).toBe(0);
		expect(apply(moved, command('search.erase')).selected).toBe(0);
	});
});

describe('moving through the matches', () => {
	test('down and up wrap around the matches', () => {
		const state = initialSearchState('a');
		expect(apply(state, command('search.up', 3)).selected).toBe(2);
		expect(apply(state, command('search.down', 3), command('search.down', 3), command('search.down', 3)).selected).toBe(0);
		expect(apply(state, command('search.down', 0)).selected).toBe(0);
	});

	test('a selection beyond fewer matches moves from the last one', () => {
		const state = {...initialSearchState('a'), selected: 7};
		expect(apply(state, command('search.up', 3)).selected).toBe(1);
	});
});

describe('the card', () => {
	test('open shows the card from the top; back returns to the list with the query kept', () => {
		const open = apply(initialSearchState('anna'), command('search.down'), {type: 'open', personId: 'p7'});
		expect(open).toMatchObject({view: 'card', personId: 'p7', scroll: 0, query: 'anna', selected: 1});
		const back = apply(open, command('card.back'));
		expect(back).toMatchObject({view: 'list', personId: undefined, query: 'anna', selected: 1});
	});

	test('typing does not change the query while the card is open', () => {
		const open = apply(initialSearchState('anna'), {type: 'open', personId: 'p7'});
		expect(apply(open, {type: 'type', text: 'x'}).query).toBe('anna');
	});

	test('scrolling stops at the top and at the last line', () => {
		const open = apply(initialSearchState('anna'), {type: 'open', personId: 'p7'});
		expect(apply(open, command('card.up', 2)).scroll).toBe(0);
		expect(apply(open, command('card.down', 2), command('card.down', 2), command('card.down', 2)).scroll).toBe(2);
		expect(apply(open, command('card.down', 2), command('card.down', 2), command('card.down', 2), command('card.up', 2)).scroll).toBe(1);
	});
});
