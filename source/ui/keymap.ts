// THE table of commands: which keys run them, in which scope, how they are
// described. The dispatcher, the status-bar hints, the help overlay and the
// README's key table all read it.

/** Where a binding applies. `always` is active in every mode, even while typing text. */
export type Scope = 'always' | 'list' | 'detail' | 'help' | 'confirm' | 'prompt' | 'log' | 'search' | 'card' | 'stats' | 'reply';

export type Command =
	| 'cursor.down'
	| 'cursor.up'
	| 'cursor.top'
	| 'cursor.bottom'
	| 'page.down'
	| 'page.up'
	| 'detail.open'
	| 'detail.down'
	| 'detail.up'
	| 'detail.pageDown'
	| 'detail.pageUp'
	| 'detail.close'
	| 'request.accept'
	| 'request.follower'
	| 'request.ignore'
	| 'request.spam'
	| 'mark.toggle'
	| 'mark.view'
	| 'mark.sameSuggestion'
	| 'mark.clear'
	| 'plan.open'
	| 'undo'
	| 'log.open'
	| 'note.open'
	| 'log.edit'
	| 'search.open'
	| 'view.next'
	| 'view.previous'
	| 'filter.network'
	| 'filter.suggestion'
	| 'help.open'
	| 'stats.open'
	| 'stats.close'
	| 'stats.next'
	| 'stats.previous'
	| 'help.close'
	| 'help.next'
	| 'help.previous'
	| 'confirm.yes'
	| 'confirm.no'
	| 'confirm.down'
	| 'confirm.up'
	| 'log.meeting'
	| 'log.call'
	| 'log.wrote'
	| 'log.received'
	| 'log.cancel'
	| 'prompt.submit'
	| 'prompt.cancel'
	| 'prompt.backspace'
	| 'prompt.left'
	| 'prompt.right'
	| 'prompt.home'
	| 'prompt.end'
	| 'prompt.deleteWord'
	| 'search.down'
	| 'search.up'
	| 'search.card'
	| 'search.erase'
	| 'search.clear'
	| 'search.close'
	| 'card.back'
	| 'card.down'
	| 'card.up'
	| 'card.jump'
	| 'card.vouch'
	| 'card.merge'
	| 'card.notSame'
	| 'card.unmerge'
	| 'request.open'
	| 'request.openRequests'
	| 'request.reply'
	| 'todo.done'
	| 'todo.doneNetwork'
	| 'reply.send'
	| 'reply.template'
	| 'reply.newline'
	| 'reply.backspace'
	| 'reply.cancel'
	| 'app.quit'
	| 'app.interrupt';

export type Group = 'Move' | 'Decide' | 'Act' | 'Mark' | 'View' | 'People' | 'Search' | 'App' | 'Dialogs';

export type Binding = {
	command: Command;
	/** Key names: a printable character, or down, up, pageDown, pageUp, return, escape, tab, shift+tab, space, backspace, ctrl+c. */
	keys: string[];
	description: string;
	group: Group;
	scope: Scope;
	/** Short label in the status bar of its scope, after the key (`accept` → `a accept`); absent: only in the help. */
	hint?: string;
	/** A command whose key the hint shows too (`j/k move`). */
	pair?: Command;
};

export const keymap: Binding[] = [
	{command: 'cursor.down', keys: ['j', 'down'], description: 'next request', group: 'Move', scope: 'list', hint: 'move', pair: 'cursor.up'},
	{command: 'cursor.up', keys: ['k', 'up'], description: 'previous request', group: 'Move', scope: 'list'},
	{command: 'cursor.top', keys: ['g'], description: 'first request', group: 'Move', scope: 'list'},
	{command: 'cursor.bottom', keys: ['G'], description: 'last request', group: 'Move', scope: 'list'},
	{command: 'page.down', keys: ['pageDown'], description: 'one page down', group: 'Move', scope: 'list'},
	{command: 'page.up', keys: ['pageUp'], description: 'one page up', group: 'Move', scope: 'list'},
	{command: 'detail.open', keys: ['return'], description: 'the request on its own screen, all of it', group: 'Move', scope: 'list', hint: 'detail'},
	{command: 'detail.down', keys: ['J'], description: 'scroll the detail down', group: 'Move', scope: 'list'},
	{command: 'detail.up', keys: ['K'], description: 'scroll the detail up', group: 'Move', scope: 'list'},

	{command: 'request.accept', keys: ['a'], description: 'accept: confirm the contact', group: 'Decide', scope: 'list', hint: 'accept'},
	{command: 'request.follower', keys: ['f'], description: 'defer to follower: they may follow you', group: 'Decide', scope: 'list', hint: 'follower'},
	{command: 'request.ignore', keys: ['i'], description: 'ignore: decline quietly', group: 'Decide', scope: 'list', hint: 'ignore'},
	{command: 'request.spam', keys: ['s'], description: 'report as contact spam', group: 'Decide', scope: 'list', hint: 'spam'},
	{command: 'plan.open', keys: ['A'], description: 'apply the suggestions to the marked (or the view); unsure ones are skipped and counted', group: 'Decide', scope: 'list', hint: 'apply'},
	{command: 'undo', keys: ['u'], description: 'undo the last decision or batch', group: 'Decide', scope: 'list', hint: 'undo'},

	{command: 'request.open', keys: ['o'], description: "open the sender's profile in the browser (in To do: the page to do it on)", group: 'Act', scope: 'list', hint: 'open'},
	{command: 'request.openRequests', keys: ['O'], description: "open the network's own page of pending requests", group: 'Act', scope: 'list'},
	{command: 'request.reply', keys: ['r'], description: 'draft a reply that asks why they want to connect; copies it and marks the request asked', group: 'Act', scope: 'list'},
	{command: 'todo.done', keys: ['x'], description: 'tick the to-do off (or on again): done on the site', group: 'Act', scope: 'list'},
	{command: 'todo.doneNetwork', keys: ['X'], description: "tick off every open to-do of this request's network", group: 'Act', scope: 'list'},

	{command: 'mark.toggle', keys: ['space'], description: 'mark or unmark the request', group: 'Mark', scope: 'list', hint: 'mark'},
	{command: 'mark.view', keys: ['*'], description: 'mark every request in the view', group: 'Mark', scope: 'list'},
	{command: 'mark.sameSuggestion', keys: ['V'], description: 'mark all with the same suggestion as this one', group: 'Mark', scope: 'list'},
	{command: 'mark.clear', keys: ['escape'], description: 'clear the marks', group: 'Mark', scope: 'list'},

	{command: 'view.next', keys: ['tab'], description: 'next view (Pending, Ready, Followers, Decided, All, Asked, To do)', group: 'View', scope: 'list', hint: 'view'},
	{command: 'view.previous', keys: ['shift+tab'], description: 'previous view', group: 'View', scope: 'list'},
	{command: 'filter.network', keys: ['N'], description: 'filter by network (cycles)', group: 'View', scope: 'list'},
	{command: 'filter.suggestion', keys: ['S'], description: 'filter by suggestion: unsure, accept, follower, ignore, spam (cycles)', group: 'View', scope: 'list'},

	{command: 'stats.open', keys: ['c'], description: 'your network at a glance: charts of requests, decisions, screening and contacts', group: 'View', scope: 'list', hint: 'charts'},

	{command: 'search.open', keys: ['/'], description: 'do I know …? search everyone in your records', group: 'People', scope: 'list', hint: 'search'},
	{command: 'log.open', keys: ['m'], description: 'log an interaction with the sender (met, talked, wrote)', group: 'People', scope: 'list'},
	{command: 'note.open', keys: ['n'], description: "edit the sender's note", group: 'People', scope: 'list'},
	{command: 'log.edit', keys: ['M'], description: 'edit or remove the last interaction you logged with the sender', group: 'People', scope: 'list'},

	{command: 'help.open', keys: ['?'], description: 'show all keys', group: 'App', scope: 'list', hint: 'help'},
	{command: 'app.quit', keys: ['q'], description: 'save and quit', group: 'App', scope: 'list', hint: 'quit'},
	{command: 'app.interrupt', keys: ['ctrl+c'], description: 'save and quit, from anywhere', group: 'App', scope: 'always'},

	{command: 'help.close', keys: ['escape', '?', 'q'], description: 'close the help', group: 'Dialogs', scope: 'help', hint: 'close'},
	{command: 'help.next', keys: ['j', 'down', 'pageDown', 'space'], description: 'next page of the help', group: 'Dialogs', scope: 'help', hint: 'page', pair: 'help.previous'},
	{command: 'help.previous', keys: ['k', 'up', 'pageUp'], description: 'previous page of the help', group: 'Dialogs', scope: 'help'},
	{command: 'stats.close', keys: ['escape', 'c', 'q'], description: 'back to the inbox', group: 'Dialogs', scope: 'stats', hint: 'back'},
	{command: 'stats.next', keys: ['j', 'down', 'pageDown', 'space'], description: 'next page of charts', group: 'Dialogs', scope: 'stats', hint: 'page', pair: 'stats.previous'},
	{command: 'stats.previous', keys: ['k', 'up', 'pageUp'], description: 'previous page of charts', group: 'Dialogs', scope: 'stats'},
	{command: 'detail.pageDown', keys: ['j', 'down', 'J', 'pageDown', 'space'], description: 'scroll the detail down', group: 'Dialogs', scope: 'detail', hint: 'scroll', pair: 'detail.pageUp'},
	{command: 'detail.pageUp', keys: ['k', 'up', 'K', 'pageUp'], description: 'scroll the detail up', group: 'Dialogs', scope: 'detail'},
	{command: 'detail.close', keys: ['escape', 'return', 'backspace'], description: 'back to the list', group: 'Dialogs', scope: 'detail', hint: 'back'},
	{command: 'confirm.down', keys: ['j', 'down', 'pageDown'], description: 'scroll the plan down', group: 'Dialogs', scope: 'confirm', hint: 'scroll', pair: 'confirm.up'},
	{command: 'confirm.up', keys: ['k', 'up', 'pageUp'], description: 'scroll the plan up', group: 'Dialogs', scope: 'confirm'},
	{command: 'confirm.yes', keys: ['y', 'return'], description: 'apply', group: 'Dialogs', scope: 'confirm', hint: 'apply'},
	{command: 'confirm.no', keys: ['n', 'escape'], description: 'cancel', group: 'Dialogs', scope: 'confirm', hint: 'cancel'},
	{command: 'log.meeting', keys: ['p'], description: 'met in person', group: 'Dialogs', scope: 'log', hint: 'met in person'},
	{command: 'log.call', keys: ['c'], description: 'talked (call)', group: 'Dialogs', scope: 'log', hint: 'talked'},
	{command: 'log.wrote', keys: ['w'], description: 'I wrote to them', group: 'Dialogs', scope: 'log', hint: 'I wrote'},
	{command: 'log.received', keys: ['r'], description: 'they wrote to me', group: 'Dialogs', scope: 'log', hint: 'they wrote'},
	{command: 'log.cancel', keys: ['escape'], description: 'cancel', group: 'Dialogs', scope: 'log', hint: 'cancel'},
	{command: 'prompt.submit', keys: ['return'], description: 'save the text', group: 'Dialogs', scope: 'prompt', hint: 'save'},
	{command: 'prompt.cancel', keys: ['escape'], description: 'cancel', group: 'Dialogs', scope: 'prompt', hint: 'cancel'},
	{command: 'prompt.backspace', keys: ['backspace'], description: 'delete a character', group: 'Dialogs', scope: 'prompt'},
	{command: 'prompt.left', keys: ['left'], description: 'cursor one character left', group: 'Dialogs', scope: 'prompt'},
	{command: 'prompt.right', keys: ['right'], description: 'cursor one character right', group: 'Dialogs', scope: 'prompt'},
	{command: 'prompt.home', keys: ['home', 'ctrl+a'], description: 'cursor to the start', group: 'Dialogs', scope: 'prompt'},
	{command: 'prompt.end', keys: ['end', 'ctrl+e'], description: 'cursor to the end', group: 'Dialogs', scope: 'prompt'},
	{command: 'prompt.deleteWord', keys: ['ctrl+w'], description: 'delete the word before the cursor', group: 'Dialogs', scope: 'prompt'},
	{command: 'reply.send', keys: ['ctrl+s'], description: 'copy the reply, open where to send it, mark the request asked', group: 'Dialogs', scope: 'reply', hint: 'copy & open'},
	{command: 'reply.newline', keys: ['return'], description: 'new line', group: 'Dialogs', scope: 'reply'},
	{command: 'reply.template', keys: ['tab'], description: 'next template (language, du/Sie, your own)', group: 'Dialogs', scope: 'reply', hint: 'template'},
	{command: 'reply.backspace', keys: ['backspace'], description: 'delete a character', group: 'Dialogs', scope: 'reply'},
	{command: 'reply.cancel', keys: ['escape'], description: 'close without copying', group: 'Dialogs', scope: 'reply', hint: 'cancel'},
	{command: 'search.down', keys: ['down', 'ctrl+n', 'tab'], description: 'next match', group: 'Search', scope: 'search', hint: 'select', pair: 'search.up'},
	{command: 'search.up', keys: ['up', 'ctrl+p', 'shift+tab'], description: 'previous match', group: 'Search', scope: 'search'},
	{command: 'search.card', keys: ['return'], description: 'open the who-is card of the selected person', group: 'Search', scope: 'search', hint: 'card'},
	{command: 'search.erase', keys: ['backspace'], description: 'delete the last character', group: 'Search', scope: 'search'},
	{command: 'search.clear', keys: ['ctrl+u'], description: 'clear the query', group: 'Search', scope: 'search'},
	{command: 'search.close', keys: ['escape'], description: 'close the search', group: 'Search', scope: 'search', hint: 'close'},
	{command: 'card.back', keys: ['escape', 'backspace', 'left', 'q'], description: 'back to the matches', group: 'Search', scope: 'card', hint: 'back'},
	{command: 'card.down', keys: ['j', 'down'], description: 'scroll the card down', group: 'Search', scope: 'card', hint: 'scroll', pair: 'card.up'},
	{command: 'card.up', keys: ['k', 'up'], description: 'scroll the card up', group: 'Search', scope: 'card'},
	{command: 'card.jump', keys: ['r', 'return'], description: "go to the person's pending request", group: 'Search', scope: 'card', hint: 'go to request'},
	{command: 'card.vouch', keys: ['v'], description: 'vouch for them (I would recommend them), or take it back', group: 'Search', scope: 'card', hint: 'vouch'},
	{command: 'card.merge', keys: ['m'], description: 'merge the record under "probably" into this one', group: 'Search', scope: 'card', hint: 'merge'},
	{command: 'card.notSame', keys: ['x'], description: 'the record under "probably" is someone else: never propose it again', group: 'Search', scope: 'card', hint: 'not the same'},
	{command: 'card.unmerge', keys: ['U'], description: 'take back the last merge into this person', group: 'Search', scope: 'card', hint: 'unmerge'},
];

/** The command a key runs in the first of the scopes that binds it. */
export function commandFor(key: string, scopes: Scope[], bindings: Binding[] = keymap): Command | undefined {
	for (const scope of scopes) {
		const binding = bindings.find(b => b.scope === scope && b.keys.includes(key));
		if (binding) return binding.command;
	}
	return undefined;
}

export function keysOf(command: Command, bindings: Binding[] = keymap): string[] {
	return bindings.find(binding => binding.command === command)?.keys ?? [];
}

/** Pairs of commands that share a key within one scope; empty when the table is sound. */
export function clashes(bindings: Binding[]): Array<{scope: Scope; key: string; commands: Command[]}> {
	const out: Array<{scope: Scope; key: string; commands: Command[]}> = [];
	const seen = new Map<string, Command>();
	for (const binding of bindings) {
		for (const key of binding.keys) {
			const id = `${binding.scope}\u0000${key}`;
			const other = seen.get(id);
			if (other && other !== binding.command) out.push({scope: binding.scope, key, commands: [other, binding.command]});
			else seen.set(id, binding.command);
		}
	}
	return out;
}

const keyLabels: Record<string, string> = {
	down: '↓', up: '↑', pageDown: 'PgDn', pageUp: 'PgUp', return: 'Enter', escape: 'Esc', tab: 'Tab',
	'shift+tab': 'Shift+Tab', space: 'Space', backspace: 'Backspace', left: '←', right: '→', home: 'Home', end: 'End',
};

export function keyLabel(key: string): string {
	return keyLabels[key] ?? (key.startsWith('ctrl+') ? `Ctrl+${key.slice(5).toUpperCase()}` : key);
}

/** The label of the first key bound to `command`: `u`, `Esc`; `?` when none is. */
export function keyHint(command: Command, bindings: Binding[] = keymap): string {
	const key = keysOf(command, bindings)[0];
	return key === undefined ? '?' : keyLabel(key);
}

/** A binding's status-bar hint with its current key: `a accept`, `j/k move`, `x spam` after a rebinding. */
export function hintText(binding: Binding, bindings: Binding[] = keymap): string {
	if (!binding.hint) return '';
	const keys = binding.pair ? `${keyHint(binding.command, bindings)}/${keyHint(binding.pair, bindings)}` : keyHint(binding.command, bindings);
	return `${keys} ${binding.hint}`;
}

/** The key table for the README, generated from the keymap. */
export function keymapMarkdown(bindings: Binding[] = keymap): string {
	const rows = bindings
		.filter(binding => binding.group !== 'Dialogs')
		.map(binding => `| ${binding.keys.map(key => '`' + keyLabel(key) + '`').join(' ')} | ${binding.description} | ${binding.group} |`);
	return ['| keys | what it does | group |', '| --- | --- | --- |', ...rows].join('\n');
}
