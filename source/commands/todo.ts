// `netinbox todo`: the to-do list per network, as text, JSON or CSV; `todo done ID…` ticks.
import {resolveRequestIds} from '../core/actions.js';
import {UsageError} from '../core/errors.js';
import {loadCredentials} from '../core/mastodon/login.js';
import {networks, type Database, type Network} from '../core/model.js';
import {networkNames} from '../core/networks/actions.js';
import {mastodonHome} from '../core/networks/urls.js';
import {sanitizeLine} from '../core/sanitize.js';
import {tickTodos, todos, type Todo} from '../core/todo/todo.js';

export function networkOption(value: string | undefined): Network | undefined {
	if (value === undefined) return undefined;
	const name = value.toLowerCase() === 'x' ? 'twitter' : value.toLowerCase();
	if (!(networks as readonly string[]).includes(name)) throw new UsageError(`--network must be one of ${networks.join(', ')} (got "${value}")`);
	return name as Network;
}

export async function listTodos(db: Database, options: {network?: string; all?: boolean}): Promise<Todo[]> {
	const network = networkOption(options.network);
	const home = mastodonHome(db.me, (await loadCredentials().catch(() => undefined))?.instance);
	return todos(db, {...(network ? {network} : {}), done: !!options.all, ...(home ? {home} : {})});
}

export function tick(db: Database, ids: string[], now = new Date()): {data: Database; changed: number; keys: string[]} {
	if (ids.length === 0) throw new UsageError('todo done needs the ids of the to-dos, e.g. netinbox todo done r-001');
	const keys = resolveRequestIds(db, ids);
	const open = new Set(todos(db).map(todo => todo.key));
	const notOpen = keys.filter(key => !open.has(key));
	if (notOpen.length > 0) throw new UsageError(`no open to-do for ${notOpen.join(', ')}; netinbox todo lists them`);
	return {...tickTodos(db, new Set(keys), now), keys};
}

// Names come from strangers: a cell never carries what a terminal would act on.
const csvCell = (raw: string) => {
	const value = sanitizeLine(raw);
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

export function todosCsv(list: Todo[]): string {
	const rows = [['network', 'id', 'name', 'decision', 'decided', 'action', 'url', 'done']];
	for (const todo of list) rows.push([todo.network, todo.id, todo.name, todo.decision, todo.decidedAt, todo.action, todo.url ?? '', todo.done?.at ?? '']);
	return rows.map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formatTodos(list: Todo[]): string {
	if (list.length === 0) return 'nothing to do on the networks: every decision is carried out (or none was made yet)';
	const lines: string[] = [];
	let network: Network | undefined;
	for (const todo of list) {
		if (todo.network !== network) {
			network = todo.network;
			const count = list.filter(item => item.network === network && !item.done).length;
			lines.push(`${lines.length > 0 ? '\n' : ''}${networkNames[network]} (${count} to do)`);
		}
		lines.push(`  ${todo.done ? '[x]' : '[ ]'} ${sanitizeLine(todo.action)}  ${sanitizeLine(todo.id)}`);
		if (todo.url) lines.push(`      ${sanitizeLine(todo.url)}`);
	}
	return lines.join('\n');
}
