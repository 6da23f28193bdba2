// The status bar's text for a width: position and marks, the last message,
// then the keys of the mode — how to get help and how to leave first, the rest
// as far as they fit. Pure: tested without rendering.
import stringWidth from 'string-width';
import {fit} from './format.js';
import {hintText, type Binding, type Command, type Scope} from './keymap.js';

/** Shown before every other hint of their scope: the way to help and the way out. */
const firstHints: Command[] = ['help.open', 'app.quit', 'help.close', 'detail.close', 'confirm.yes', 'confirm.no', 'log.cancel', 'prompt.submit', 'prompt.cancel', 'search.close', 'card.back'];

/** The hints of the active scopes, those that say how to get help or leave first. */
export function orderedHints(bindings: Binding[], scopes: Scope[]): string[] {
	// A binding whose keys an earlier scope takes over does nothing here: no hint for it.
	const shadowed = (binding: Binding) => {
		const earlier = scopes.slice(0, scopes.indexOf(binding.scope));
		return binding.keys.every(key => bindings.some(other => earlier.includes(other.scope) && other.keys.includes(key)));
	};
	const live = bindings.filter(binding => binding.hint && scopes.includes(binding.scope) && !shadowed(binding));
	const rank = (binding: Binding) => {
		const at = firstHints.indexOf(binding.command);
		return at === -1 ? firstHints.length : at;
	};
	return [...live]
		.sort((a, b) => rank(a) - rank(b) || scopes.indexOf(a.scope) - scopes.indexOf(b.scope))
		.map(binding => hintText(binding, bindings));
}

export type StatusLine = {counts: string; message: string; hints: string};

const separator = ' · ';

/**
 * Fits the status bar into `width` columns. The first `keep` hints always stay (help, quit);
 * the message is cut to leave them room; the other hints follow while they fit.
 */
export function statusLine(counts: string, message: string | undefined, hints: string[], width: number, keep = 2): StatusLine {
	const kept = hints.slice(0, keep);
	const keptWidth = kept.reduce((sum, hint) => sum + separator.length + stringWidth(hint), 0);
	let room = width - stringWidth(counts) - keptWidth;
	let shownMessage = '';
	if (message) {
		const wanted = separator.length + stringWidth(message);
		shownMessage = wanted <= room ? message : room > separator.length + 4 ? fit(message, room - separator.length).trimEnd() : '';
		if (shownMessage) room -= separator.length + stringWidth(shownMessage);
	}
	const shown = [...kept];
	for (const hint of hints.slice(keep)) {
		const cells = separator.length + stringWidth(hint);
		if (cells > room) break;
		shown.push(hint);
		room -= cells;
	}
	return {counts, message: shownMessage, hints: shown.join(separator)};
}
