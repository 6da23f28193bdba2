// The panels that read the suggestions: what the screening saw, and where the
// user decided otherwise.
import {decisions} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {monthName, networkName, type Stats} from '../../core/stats/index.js';
import {count, fit, padTo, splitBar} from '../charts/bars.js';
import {barRows, nothing, text, type Line, type Panel} from './panel.js';

/** Where the suggestions stand: undefined when they are all there. */
export type Progress = {classified: number; total: number} | undefined;

const span = (first: string, last: string) => {
	const [from, to] = [monthName(first.slice(0, 7)), monthName(last.slice(0, 7))];
	return from === to ? from : `${from} – ${to}`;
};

const waitingFor = (progress: Progress): Line[] =>
	nothing(`classifying… ${progress ? Math.floor((100 * progress.classified) / Math.max(1, progress.total)) : 0} %`);

export function screeningPanel(stats: Stats, width: number, progress: Progress, top = 6, texts = 3): Panel {
	const screening = stats.screening;
	const panel = {title: 'What the screening saw', about: `reasons found on ${count(screening?.classified ?? stats.requests)} requests, once per request`};
	if (!screening || progress) return {...panel, lines: waitingFor(progress)};
	if (screening.reasons.length === 0) return {...panel, lines: nothing('No reasons found: no requests screened yet.')};
	const lines = barRows(screening.reasons.slice(0, top).map(reason => ({
		label: `${reason.weight > 0 ? '+' : '−'} ${reason.label}`,
		labelTone: reason.weight > 0 ? 'for' : 'against',
		value: reason.count,
		tone: reason.weight > 0 ? 'for' : 'against',
	})), width);
	lines.push([text('Biggest mass-sent texts', 'heading')]);
	if (screening.massSent.length === 0) lines.push([text('none found', 'muted')]);
	for (const entry of screening.massSent.slice(0, texts)) {
		lines.push([text(`“${fit(sanitizeLine(entry.text), width - 2)}”`)]);
		lines.push([text(`  ${entry.senders} senders, ${entry.requests} requests · ${entry.networks.map(networkName).join(', ')} · ${span(entry.first, entry.last)}`, 'muted')]);
	}
	return {...panel, lines};
}

export function overridesPanel(stats: Stats, width: number, progress: Progress): Panel {
	const panel = {title: 'Where you overrode the suggestion', about: 'your decisions, against the suggestion as it is today'};
	const screening = stats.screening;
	if (!screening || progress) return {...panel, lines: waitingFor(progress)};
	const rows = decisions.filter(decision => screening.overrides[decision].decided > 0);
	if (rows.length === 0) return {...panel, lines: nothing('Nothing decided yet: your overrides show once you decide.')};
	const barWidth = Math.max(4, Math.min(12, width - 44));
	const lines: Line[] = rows.map(decision => {
		const {decided, overrode, suggested} = screening.overrides[decision];
		const [full, rest] = splitBar(overrode, decided, barWidth);
		const instead = Object.entries(suggested).map(([other, value]) => `${other} ${value}`).join(', ');
		return [
			text(padTo(decision, 9), decision),
			text(full, decision),
			text(rest, 'muted'),
			text(` ${count(overrode)} of ${count(decided)}`),
			...(instead ? [text(fit(` (suggested ${instead})`, Math.max(0, width - 9 - barWidth - 12)), 'muted')] : []),
		];
	});
	const total = rows.reduce((sum, decision) => sum + screening.overrides[decision].overrode, 0);
	lines.push([text(fit(`${count(total)} override${total === 1 ? '' : 's'} in all: where learning from you would start`, width), 'muted')]);
	return {...panel, lines};
}
