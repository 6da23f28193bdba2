// The search overlay's view state as a pure reducer: the query being typed,
// the selected match, and whether a person's card is open. The matches
// themselves are computed from the query (core/search.ts), not stored here.
import type {Command} from './keymap.js';

export type SearchView = 'list' | 'card';

export type SearchState = {
	query: string;
	/** Index into the current matches. */
	selected: number;
	view: SearchView;
	/** The person whose card is open. */
	personId: string | undefined;
	/** First card line on screen. */
	scroll: number;
};

/** The overlay's own commands (keymap.ts binds them in the `search` and `card` scopes). */
export type SearchCommand = Exclude<Extract<Command, `search.${string}` | `card.${string}`>, 'search.open'>;

export type SearchAction =
	| {type: 'type'; text: string}
	/** `count`: the matches in the list; in the card, how many lines it can scroll. */
	| {type: 'command'; command: SearchCommand; count: number}
	| {type: 'open'; personId: string};

export function initialSearchState(query = ''): SearchState {
	return {query, selected: 0, view: 'list', personId: undefined, scroll: 0};
}

/** Control characters never enter the query (a pasted escape sequence, a stray tab). */
function printable(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

const graphemes = new Intl.Segmenter();

/** Backspace takes what a person sees as one character: `ü` typed as u + ¨, an emoji with joiners. */
function withoutLastCharacter(text: string): string {
	return [...graphemes.segment(text)].slice(0, -1).map(part => part.segment).join('');
}

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
	switch (action.type) {
		case 'type': {
			const text = printable(action.text);
			return text && state.view === 'list' ? {...state, query: state.query + text, selected: 0} : state;
		}
		case 'open':
			return {...state, view: 'card', personId: action.personId, scroll: 0};
		case 'command':
			return runCommand(state, action.command, action.count);
	}
}

function runCommand(state: SearchState, command: SearchCommand, count: number): SearchState {
	const matches = count;
	const clamp = (index: number) => Math.max(0, Math.min(index, matches - 1));
	switch (command) {
		case 'search.down':
			return {...state, selected: matches === 0 ? 0 : (state.selected + 1) % matches};
		case 'search.up':
			return {...state, selected: matches === 0 ? 0 : (clamp(state.selected) - 1 + matches) % matches};
		case 'search.erase':
			return state.query ? {...state, query: withoutLastCharacter(state.query), selected: 0} : state;
		case 'search.clear':
			return {...state, query: '', selected: 0};
		case 'card.back':
			return {...state, view: 'list', personId: undefined, scroll: 0};
		case 'card.down':
			return {...state, scroll: Math.max(0, Math.min(state.scroll + 1, count))};
		case 'card.up':
			return {...state, scroll: Math.max(0, Math.min(state.scroll, count) - 1)};
		// Opening a card, closing, jumping and vouching are effects: the inbox carries them out.
		case 'search.card':
		case 'search.close':
		case 'card.jump':
		case 'card.vouch':
		case 'card.merge':
		case 'card.notSame':
		case 'card.unmerge':
			return state;
	}
}

/** Matches shown for a screen of `height` rows: the query line, the hint and a spare line take three. */
export function matchLimit(height: number): number {
	return Math.max(1, height - 3);
}
