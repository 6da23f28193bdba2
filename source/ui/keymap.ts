// THE table of commands: which keys run them, in which scope, how they are
// described. The dispatcher, the status-bar hints, the help overlay and the
// README's key table all read it.

/** Where a binding applies. `always` is active in every mode, even while typing text. */
export type Scope = 'always' | 'list' | 'help' | 'confirm' | 'prompt' | 'log' | 'search' | 'card' | 'reply';

export type Command =
	| 'cursor.down'
	| 'cursor.up'
	| 'cursor.top'
	| 'cursor.bottom'
	| 'page.down'
	| 'page.up'
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
	| 'search.open'
	| 'view.next'
	| 'view.previous'
	| 'filter.network'
	| 'filter.suggestion'
	| 'help.open'
	| 'help.close'
	| 'help.next'
	| 'help.previous'
	| 'confirm.yes'
	| 'confirm.no'
	| 'log.meeting'
	| 'log.call'
	| 'log.wrote'
	| 'log.received'
	| 'log.cancel'
	| 'prompt.submit'
	| 'prompt.cancel'
	| 'prompt.backspace'
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
	/** Short label in the status bar of its scope; absent: only in the help. */
	hint?: string;
};

export const keymap: Binding[] = [
	{command: 'cursor.down', keys: ['j', 'down'], description: 'next request', group: 'Move', scope: 'list', hint: 'j/k move'},
	{command: 'cursor.up', keys: ['k', 'up'], description: 'previous request', group: 'Move', scope: 'list'},
	{command: 'cursor.top', keys: ['g'], description: 'first request', group: 'Move', scope: 'list'},
	{command: 'cursor.bottom', keys: ['G'], description: 'last request', group: 'Move', scope: 'list'},
	{command: 'page.down', keys: ['pageDown'], description: 'one page down', group: 'Move', scope: 'list'},
	{command: 'page.up', keys: ['pageUp'], description: 'one page up', group: 'Move', scope: 'list'},

	{command: 'request.accept', keys: ['a'], description: 'accept: confirm the contact', group: 'Decide', scope: 'list', hint: 'a accept'},
	{command: 'request.follower', keys: ['f'], description: 'defer to follower: they may follow you', group: 'Decide', scope: 'list', hint: 'f follower'},
	{command: 'request.ignore', keys: ['i'], description: 'ignore: decline quietly', group: 'Decide', scope: 'list', hint: 'i ignore'},
	{command: 'request.spam', keys: ['s'], description: 'report as contact spam', group: 'Decide', scope: 'list', hint: 's spam'},
	{command: 'plan.open', keys: ['A'], description: 'apply the suggestions to the marked (or the view); unsure ones are skipped and counted', group: 'Decide', scope: 'list', hint: 'A apply'},
	{command: 'undo', keys: ['u'], description: 'undo the last decision or batch', group: 'Decide', scope: 'list', hint: 'u undo'},

	{command: 'request.open', keys: ['o'], description: "open the sender's profile in the browser (in To do: the page to do it on)", group: 'Act', scope: 'list', hint: 'o open'},
	{command: 'request.openRequests', keys: ['O'], description: "open the network's own page of pending requests", group: 'Act', scope: 'list'},
	{command: 'request.reply', keys: ['r'], description: 'draft a reply that asks why they want to connect; copies it and marks the request asked', group: 'Act', scope: 'list'},
	{command: 'todo.done', keys: ['x'], description: 'tick the to-do off (or on again): done on the site', group: 'Act', scope: 'list'},
	{command: 'todo.doneNetwork', keys: ['X'], description: "tick off every open to-do of this request's network", group: 'Act', scope: 'list'},

	{command: 'mark.toggle', keys: ['space'], description: 'mark or unmark the request', group: 'Mark', scope: 'list', hint: 'space mark'},
	{command: 'mark.view', keys: ['*'], description: 'mark every request in the view', group: 'Mark', scope: 'list'},
	{command: 'mark.sameSuggestion', keys: ['V'], description: 'mark all with the same suggestion as this one', group: 'Mark', scope: 'list'},
	{command: 'mark.clear', keys: ['escape'], description: 'clear the marks', group: 'Mark', scope: 'list'},

	{command: 'view.next', keys: ['tab'], description: 'next view (Pending, Ready, Followers, Decided, All, Asked, To do)', group: 'View', scope: 'list', hint: 'tab view'},
	{command: 'view.previous', keys: ['shift+tab'], description: 'previous view', group: 'View', scope: 'list'},
	{command: 'filter.network', keys: ['N'], description: 'filter by network (cycles)', group: 'View', scope: 'list'},
	{command: 'filter.suggestion', keys: ['S'], description: 'filter by suggestion: unsure, accept, follower, ignore, spam (cycles)', group: 'View', scope: 'list'},

	{command: 'search.open', keys: ['/'], description: 'do I know …? search everyone in your records', group: 'People', scope: 'list', hint: '/ search'},
	{command: 'log.open', keys: ['m'], description: 'log an interaction with the sender (met, talked, wrote)', group: 'People', scope: 'list'},
	{command: 'note.open', keys: ['n'], description: "edit the sender's note", group: 'People', scope: 'list'},

	{command: 'help.open', keys: ['?'], description: 'show all keys', group: 'App', scope: 'list', hint: '? help'},
	{command: 'app.quit', keys: ['q'], description: 'save and quit', group: 'App', scope: 'list', hint: 'q quit'},
	{command: 'app.interrupt', keys: ['ctrl+c'], description: 'save and quit, from anywhere', group: 'App', scope: 'always'},

	{command: 'help.close', keys: ['escape', '?', 'q'], description: 'close the help', group: 'Dialogs', scope: 'help', hint: 'esc close'},
	{command: 'help.next', keys: ['j', 'down', 'pageDown', 'space'], description: 'next page of the help', group: 'Dialogs', scope: 'help', hint: 'j/k page'},
	{command: 'help.previous', keys: ['k', 'up', 'pageUp'], description: 'previous page of the help', group: 'Dialogs', scope: 'help'},
	{command: 'confirm.yes', keys: ['y', 'return'], description: 'apply', group: 'Dialogs', scope: 'confirm', hint: 'y apply'},
	{command: 'confirm.no', keys: ['n', 'escape'], description: 'cancel', group: 'Dialogs', scope: 'confirm', hint: 'n cancel'},
	{command: 'log.meeting', keys: ['p'], description: 'met in person', group: 'Dialogs', scope: 'log', hint: 'p met in person'},
	{command: 'log.call', keys: ['c'], description: 'talked (call)', group: 'Dialogs', scope: 'log', hint: 'c talked'},
	{command: 'log.wrote', keys: ['w'], description: 'I wrote to them', group: 'Dialogs', scope: 'log', hint: 'w I wrote'},
	{command: 'log.received', keys: ['r'], description: 'they wrote to me', group: 'Dialogs', scope: 'log', hint: 'r they wrote'},
	{command: 'log.cancel', keys: ['escape'], description: 'cancel', group: 'Dialogs', scope: 'log', hint: 'esc cancel'},
	{command: 'prompt.submit', keys: ['return'], description: 'save the text', group: 'Dialogs', scope: 'prompt', hint: 'enter save'},
	{command: 'prompt.cancel', keys: ['escape'], description: 'cancel', group: 'Dialogs', scope: 'prompt', hint: 'esc cancel'},
	{command: 'prompt.backspace', keys: ['backspace'], description: 'delete a character', group: 'Dialogs', scope: 'prompt'},
	{command: 'reply.send', keys: ['ctrl+s'], description: 'copy the reply, open where to send it, mark the request asked', group: 'Dialogs', scope: 'reply', hint: 'ctrl+s copy & open'},
	{command: 'reply.newline', keys: ['return'], description: 'new line', group: 'Dialogs', scope: 'reply'},
	{command: 'reply.template', keys: ['tab'], description: 'next template (language, du/Sie, your own)', group: 'Dialogs', scope: 'reply', hint: 'tab template'},
	{command: 'reply.backspace', keys: ['backspace'], description: 'delete a character', group: 'Dialogs', scope: 'reply'},
	{command: 'reply.cancel', keys: ['escape'], description: 'close without copying', group: 'Dialogs', scope: 'reply', hint: 'esc cancel'},
	{command: 'search.down', keys: ['down', 'ctrl+n', 'tab'], description: 'next match', group: 'Search', scope: 'search', hint: '↑/↓ select'},
	{command: 'search.up', keys: ['up', 'ctrl+p', 'shift+tab'], description: 'previous match', group: 'Search', scope: 'search'},
	{command: 'search.card', keys: ['return'], description: 'open the who-is card of the selected person', group: 'Search', scope: 'search', hint: 'enter card'},
	{command: 'search.erase', keys: ['backspace'], description: 'delete the last character', group: 'Search', scope: 'search'},
	{command: 'search.clear', keys: ['ctrl+u'], description: 'clear the query', group: 'Search', scope: 'search'},
	{command: 'search.close', keys: ['escape'], description: 'close the search', group: 'Search', scope: 'search', hint: 'esc close'},
	{command: 'card.back', keys: ['escape', 'backspace', 'left', 'q'], description: 'back to the matches', group: 'Search', scope: 'card', hint: 'esc back'},
	{command: 'card.down', keys: ['j', 'down'], description: 'scroll the card down', group: 'Search', scope: 'card', hint: 'j/k scroll'},
	{command: 'card.up', keys: ['k', 'up'], description: 'scroll the card up', group: 'Search', scope: 'card'},
	{command: 'card.jump', keys: ['r', 'return'], description: "go to the person's pending request", group: 'Search', scope: 'card', hint: 'r go to request'},
	{command: 'card.vouch', keys: ['v'], description: 'vouch for them (I would recommend them), or take it back', group: 'Search', scope: 'card', hint: 'v vouch'},
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
	'shift+tab': 'Shift+Tab', space: 'Space', backspace: 'Backspace',
};

export function keyLabel(key: string): string {
	return keyLabels[key] ?? (key.startsWith('ctrl+') ? `Ctrl+${key.slice(5).toUpperCase()}` : key);
}

/** The key table for the README, generated from the keymap. */
export function keymapMarkdown(bindings: Binding[] = keymap): string {
	const rows = bindings
		.filter(binding => binding.group !== 'Dialogs')
		.map(binding => `| ${binding.keys.map(key => '`' + keyLabel(key) + '`').join(' ')} | ${binding.description} | ${binding.group} |`);
	return ['| keys | what it does | group |', '| --- | --- | --- |', ...rows].join('\n');
}
