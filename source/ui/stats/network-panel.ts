// Your network: connections per network and the share you could vouch for.
import {maxOf} from '../../core/arrays.js';
import type {Network} from '../../core/model.js';
import {networkName, type Stats} from '../../core/stats/index.js';
import {columns, count, fit, padTo, percent, splitBar} from '../charts/bars.js';
import {maxBar, nothing, text, type Line, type Panel} from './panel.js';

export function networkPanel(stats: Stats, width: number): Panel {
	const {contacts} = stats;
	const panel = {title: 'Your network', about: '█ could vouch for (met, dialogue, a note) · ░ not yet'};
	if (contacts.people === 0) return {...panel, lines: nothing('No connections on record. Import your contacts: netinbox import auto PATH')};
	const rows = (Object.entries(contacts.byNetwork) as Array<[Network, {connections: number; couldVouch: number}]>)
		.sort((a, b) => b[1].connections - a[1].connections)
		.map(([network, value]) => ({label: networkName(network), ...value}));
	rows.push({label: 'everyone', connections: contacts.people, couldVouch: contacts.couldVouch});
	const labelWidth = maxOf(rows.map(row => columns(row.label)));
	const numbers = rows.map(row => `${count(row.couldVouch)} of ${count(row.connections)}`);
	const numberWidth = maxOf(numbers.map(value => value.length));
	const barWidth = Math.max(4, Math.min(maxBar, width - labelWidth - numberWidth - 9));
	// Each network on its own scale: the question is the share, not the size.
	const lines: Line[] = rows.map((row, index) => {
		const [full, rest] = splitBar(row.couldVouch, row.connections, barWidth);
		return [
			text(padTo(row.label, labelWidth) + ' ', index === rows.length - 1 ? 'heading' : undefined),
			text(full, 'vouched'),
			text(rest, 'unvouched'),
			text(` ${numbers[index]!.padStart(numberWidth)}`),
			text(` ${percent(row.couldVouch, row.connections).padStart(5)}`, 'muted'),
		];
	});
	const missing = contacts.people - contacts.couldVouch;
	if (missing > 0) lines.push([text(fit(`netinbox audit lists the ${count(missing)} you could not vouch for yet`, width), 'muted')]);
	return {...panel, lines};
}
