// THE table of commands: which keys run them, in which scope, how they are
// described. The dispatcher, the status-bar hints and the help read it.

export type Scope = 'global' | 'list';

export type Command =
	| 'cursor.down'
	| 'cursor.up'
	| 'cursor.top'
	| 'cursor.bottom'
	| 'page.down'
	| 'page.up'
	| 'app.quit';

export type Binding = {
	command: Command;
	/** Key names: a printable character, or `down`, `up`, `pageDown`, `pageUp`, `return`, `escape`, `tab`, `space`, `ctrl+c`. */
	keys: string[];
	description: string;
	/** Heading in the help. */
	group: 'Move' | 'Decide' | 'Mark' | 'View' | 'App';
	scope: Scope;
	/** Shown in the status bar of its scope. */
	hint?: string;
};

export const keymap: Binding[] = [
	{command: 'cursor.down', keys: ['j', 'down'], description: 'next request', group: 'Move', scope: 'list', hint: 'j/k move'},
	{command: 'cursor.up', keys: ['k', 'up'], description: 'previous request', group: 'Move', scope: 'list'},
	{command: 'cursor.top', keys: ['g'], description: 'first request', group: 'Move', scope: 'list'},
	{command: 'cursor.bottom', keys: ['G'], description: 'last request', group: 'Move', scope: 'list'},
	{command: 'page.down', keys: ['pageDown'], description: 'one page down', group: 'Move', scope: 'list'},
	{command: 'page.up', keys: ['pageUp'], description: 'one page up', group: 'Move', scope: 'list'},
	{command: 'app.quit', keys: ['q', 'ctrl+c'], description: 'save and quit', group: 'App', scope: 'global', hint: 'q quit'},
];

/** The command bound to a key in the first of the given scopes that binds it. */
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
