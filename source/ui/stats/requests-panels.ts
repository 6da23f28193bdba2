// The panels about arrivals: requests per month and network, and what became of them.
import {maxOf} from '../../core/arrays.js';
import type {Network} from '../../core/model.js';
import {monthName, networkName, type Stats} from '../../core/stats/index.js';
import {count, fit, percent, stackedBar} from '../charts/bars.js';
import {barRows, maxBar, nothing, text, type ChartTone, type Line, type Panel} from './panel.js';

const glyphs = ['█', '▓', '▒', '░'];
const seriesTones: ChartTone[] = ['series0', 'series1', 'series2', 'series3'];

/** The networks of the chart, busiest first; past three, the rest share the last glyph. */
function series(stats: Stats): Array<{label: string; networks: Network[]}> {
	const totals = new Map<Network, number>();
	for (const row of stats.perMonth) for (const [network, value] of Object.entries(row.byNetwork)) totals.set(network as Network, (totals.get(network as Network) ?? 0) + value);
	const order = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([network]) => network);
	if (order.length <= glyphs.length) return order.map(network => ({label: networkName(network), networks: [network]}));
	const rest = order.slice(glyphs.length - 1);
	return [...order.slice(0, glyphs.length - 1).map(network => ({label: networkName(network), networks: [network]})), {label: `${rest.length} others`, networks: rest}];
}

export function monthsPanel(stats: Stats, width: number): Panel {
	const months = stats.perMonth;
	const span = months.length > 0 ? ` · ${monthName(months[0]!.month)} – ${monthName(months.at(-1)!.month)}` : '';
	const panel = {title: `Requests per month${span}`, about: 'requests received each month, by network'};
	if (months.length === 0) return {...panel, lines: nothing('No requests yet. Import an export: netinbox import auto PATH')};
	const shown = series(stats);
	if (shown.length === 0) return {...panel, lines: nothing('No requests in these months.')};
	const legend: Line = shown.flatMap((entry, index) => [text(glyphs[index]!, seriesTones[index]), text(` ${entry.label}${index < shown.length - 1 ? '  ' : ''}`)]);
	const max = maxOf(months.map(row => row.total));
	const valueWidth = count(max).length;
	const barWidth = Math.max(4, Math.min(maxBar, width - 9 - valueWidth - 10));
	const rows: Line[] = months.map(row => {
		const values = shown.map(entry => entry.networks.reduce((sum, network) => sum + (row.byNetwork[network] ?? 0), 0));
		const parts = stackedBar(values, max, barWidth, glyphs);
		const drawn = parts.join('').length;
		return [
			text(`${monthName(row.month)} `, row.partial ? 'heading' : undefined),
			...parts.map((part, index) => text(part, seriesTones[index])),
			text(' '.repeat(Math.max(0, barWidth - drawn))),
			text(' ' + count(row.total).padStart(valueWidth)),
			...(row.partial ? [text(' so far', 'muted')] : []),
		];
	});
	return {...panel, lines: [legend, ...rows]};
}

const days = (value: number) => `${Math.round(value)} day${Math.round(value) === 1 ? '' : 's'}`;

export function decisionsPanel(stats: Stats, width: number): Panel {
	const {decisions, waiting} = stats;
	const since = stats.filters.since ? ` since ${stats.filters.since}` : '';
	const panel = {title: 'Decisions', about: `what became of the ${count(stats.requests)} requests received${since}`};
	if (stats.requests === 0) return {...panel, lines: nothing('No requests to count.')};
	const row = (label: string, value: number, tone: ChartTone) => ({label, value, tone, note: percent(value, stats.requests).padStart(5)});
	const lines = barRows([
		row('accept', decisions.accept, 'accept'),
		row('follower', decisions.follower, 'follower'),
		row('ignore', decisions.ignore, 'ignore'),
		row('spam', decisions.spam, 'spam'),
		row('pending', decisions.pending, 'pending'),
	], width);
	const waited = waiting.medianDaysToDecide === null
		? 'no decision made here yet'
		: `decided after a median of ${days(waiting.medianDaysToDecide)} (of ${count(waiting.decidedWithDate)} decided here)`;
	lines.push([text(fit(waited, width), 'muted')]);
	if (waiting.medianDaysPending !== null) lines.push([text(fit(`pending: waiting a median of ${days(waiting.medianDaysPending)}`, width), 'muted')]);
	return {...panel, lines};
}
