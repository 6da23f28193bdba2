// The Stats view as panels of toned lines, for the inbox and for `netinbox stats`.
import {pushAll} from '../../core/arrays.js';
import type {Stats} from '../../core/stats/index.js';
import {networkPanel} from './network-panel.js';
import {fitLine, type Line, type Panel} from './panel.js';
import {decisionsPanel, monthsPanel} from './requests-panels.js';
import {overridesPanel, screeningPanel, type Progress} from './screening-panels.js';

export function statsPanels(stats: Stats, width: number, progress?: Progress): Panel[] {
	return [
		monthsPanel(stats, width),
		decisionsPanel(stats, width),
		screeningPanel(stats, width, progress),
		networkPanel(stats, width),
		overridesPanel(stats, width, progress),
	];
}

/** A panel as lines of at most `width` columns: its title, what it counts, its body and a blank line after. */
export function panelLines(panel: Panel, width: number): Line[] {
	const lines: Line[] = [[{text: panel.title, tone: 'heading'}], [{text: panel.about, tone: 'muted'}], ...panel.lines, []];
	return lines.map(line => fitLine(line, width));
}

/**
 * The panels in `count` columns of lines, each panel whole in one column,
 * each placed in the shortest column so far.
 */
export function layoutColumns(panels: Panel[], count: number, width: number): Line[][] {
	const out: Line[][] = Array.from({length: Math.max(1, count)}, () => []);
	for (const panel of panels) {
		const shortest = out.reduce((best, column, index) => (column.length < out[best]!.length ? index : best), 0);
		pushAll(out[shortest]!, panelLines(panel, width));
	}
	return out;
}

export type {ChartTone, Line, Panel, Segment} from './panel.js';
export {plain} from './panel.js';
export type {Progress} from './screening-panels.js';
