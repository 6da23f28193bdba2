// `netinbox stats` for people: the panels drawn in a terminal, the numbers
// alone for a pipe, and one CSV row per month and network for a spreadsheet.
import {counted} from '../core/plural.js';
import {requestStatuses} from '../core/model.js';
import type {Stats} from '../core/stats/index.js';
import {sanitizeLine} from '../core/sanitize.js';
import {makeTheme} from '../ui/theme.js';
import {layoutColumns, statsPanels, type Line} from '../ui/stats/index.js';
import {sgr, toneStyle} from '../ui/stats/tones.js';

/** The panels, one after another, `width` columns wide; coloured unless NO_COLOR says otherwise. */
export function drawStats(stats: Stats, width: number, env: NodeJS.ProcessEnv = process.env): string {
	const theme = makeTheme(env);
	const drawn = (line: Line) => line.map(segment => {
		const code = sgr(toneStyle(theme, segment.tone));
		return code ? `${code}${segment.text}\u001B[0m` : segment.text;
	}).join('').trimEnd();
	const [lines = []] = layoutColumns(statsPanels(stats, width), 1, width);
	return lines.map(drawn).join('\n').trimEnd();
}

const row = (label: string, counts: Record<string, number>) =>
	`${label.padEnd(10)}${requestStatuses.map(status => String(counts[status] ?? 0).padStart(9)).join('')}`;

/** The numbers without bars: what a pipe gets. */
export function formatStats(result: Stats): string {
	const filters = [result.filters.network && `network ${result.filters.network}`, result.filters.since && `since ${result.filters.since}`].filter(Boolean).join(', ');
	const lines = [
		`${counted(result.requests, 'request')}${filters ? ` (${filters})` : ''} from ${counted(result.senders, 'person', 'people')}; ${counted(result.people, 'person', 'people')} and ${counted(result.interactions, 'interaction')} in your records`,
		'',
		`${''.padEnd(10)}${requestStatuses.map(status => status.padStart(9)).join('')}`,
		row('all', result.byStatus),
		'',
		'by network',
		...Object.entries(result.byNetwork).map(([network, counts]) => row(network, counts)),
		'',
		'by month received',
		...Object.entries(result.byMonth).map(([month, counts]) => row(month, counts)),
		'',
		`median days to a decision: ${result.waiting.medianDaysToDecide ?? '-'} (of ${result.waiting.decidedWithDate} decided here)`,
		`median days pending: ${result.waiting.medianDaysPending ?? '-'}`,
		'',
		`connections: ${result.contacts.people}, could vouch for ${result.contacts.couldVouch}`,
		...Object.entries(result.contacts.byNetwork).map(([network, value]) => `  ${network.padEnd(10)}${String(value.connections).padStart(7)} connections ${String(value.couldVouch).padStart(7)} could vouch`),
	];
	const screening = result.screening;
	if (screening) {
		lines.push('', `reasons (on ${screening.classified} requests)`);
		for (const reason of screening.reasons) lines.push(`  ${String(reason.count).padStart(7)}  ${reason.label}`);
		lines.push('', 'mass-sent texts');
		for (const entry of screening.massSent) lines.push(`  ${String(entry.senders).padStart(7)} senders ${String(entry.requests).padStart(5)} requests  ${entry.networks.join(',')}  ${sanitizeLine(entry.text)}`);
		lines.push('', 'overrides (decided against the suggestion)');
		for (const [decision, value] of Object.entries(screening.overrides)) lines.push(`  ${decision.padEnd(10)}${String(value.overrode).padStart(7)} of ${value.decided}`);
	}
	return lines.join('\n');
}

const csvCell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/**
 * One row per month of the chart and network: month, network, requests, and
 * whether the month is still running. Every network of the period has a row
 * in every month, zeros included, so a spreadsheet can chart it as it is.
 */
export function statsCsv(result: Stats): string {
	const networks = [...new Set(result.perMonth.flatMap(month => Object.keys(month.byNetwork)))].sort();
	const rows: Array<Array<string | number>> = [['month', 'network', 'requests', 'partial']];
	for (const month of result.perMonth) {
		for (const network of networks) rows.push([month.month, network, month.byNetwork[network] ?? 0, month.partial ? 'yes' : 'no']);
	}
	return rows.map(cells => cells.map(csvCell).join(',')).join('\n');
}

/** `screening 40 %` on stderr while the suggestions are made, only on a terminal. */
export function screeningProgress(stream: NodeJS.WriteStream): {report: (done: number, total: number) => void; finish: () => void} | undefined {
	if (!stream.isTTY) return undefined;
	let drawn = false;
	return {
		report(done, total) {
			stream.write(`\rscreening ${total} requests… ${Math.floor((100 * done) / Math.max(1, total))} %\u001B[K`);
			drawn = true;
		},
		finish() {
			if (drawn) stream.write('\r\u001B[K');
		},
	};
}
