// The detail of a request as lines already cut to the pane's width, so the
// pane can show a window of them with a "more" marker and never lets Ink
// shrink, drop or overlap a line. Pure: tested without rendering.
import {pushAll} from '../../core/arrays.js';
import type {ContactRequest, Decision, Interaction, Person, Suggestion} from '../../core/model.js';
import {historyParts} from '../../core/people/history.js';
import {sanitizeLine, sanitizeText} from '../../core/sanitize.js';
import {counted, interactionLine, networkLabel, rowChip} from '../format.js';
import stringWidth from 'string-width';
import {wrapText} from '../wrap.js';

export type LineTone = 'text' | 'heading' | 'muted' | 'for' | 'against' | 'neutral' | 'warning' | Decision;
export type Segment = {text: string; tone: LineTone};
/** One terminal line: segments whose widths add up to at most the pane's width. */
export type DetailLine = Segment[];

export type DetailInput = {
	request: ContactRequest;
	person: Person | undefined;
	suggestion: Suggestion | undefined;
	ready: boolean;
	history: Interaction[];
	sameText: Array<{name: string; request: ContactRequest}>;
	/** The sender's other requests and connections on other networks. */
	elsewhere?: string[];
	/** Profile address, sync state, asked, to-do: see acting-lines.ts. */
	acting?: string[];
};

const blank: DetailLine = [];

/** `text` wrapped to `width`, every line in one tone; `indent` on the lines after the first. */
function block(text: string, width: number, tone: LineTone, first = '', indent = ''): DetailLine[] {
	const lines = wrapText(first + text, Math.max(1, width - indent.length));
	return lines.map((line, index) => [{text: index === 0 ? line : indent + line, tone}]);
}

/** A reason: its sign in the reason's colour, the text wrapped under itself. */
function reasonLines(sign: string, tone: LineTone, text: string, width: number): DetailLine[] {
	return wrapText(text, Math.max(1, width - 3)).map((line, index) => [{text: index === 0 ? ` ${sign} ` : '   ', tone}, {text: line, tone: 'text'}]);
}

/** When the request arrived, or, when the export had no date, when it was first seen. */
export function dateLabel(request: ContactRequest): string {
	return request.dateKnown === false ? `seen first ${request.receivedAt.slice(0, 10)}` : request.receivedAt.slice(0, 10);
}

export function detailLines(input: DetailInput, width: number): DetailLine[] {
	const {request, person, suggestion, ready, history, sameText, elsewhere = [], acting = []} = input;
	const lines: DetailLine[] = [];
	const chip = rowChip(request, suggestion, ready);
	const name = sanitizeLine(person?.name ?? '?');
	const meta = `${networkLabel(request.network)} · ${dateLabel(request)} · ${request.status === 'pending' ? 'pending' : `decided: ${chip.text}`} · ${sanitizeLine(request.id)}`;
	pushAll(lines, block(name, width, 'heading'));
	pushAll(lines, block(meta, width, 'muted'));
	const facts = [person?.headline, person?.company, person?.location].filter(Boolean).map(sanitizeLine).join(' · ');
	if (facts) pushAll(lines, block(facts, width, 'text'));
	const handles = Object.entries(person?.handles ?? {}).map(([network, handle]) => `${network} ${sanitizeLine(handle)}`).join(', ');
	const mutual = person?.mutualContacts === undefined ? '' : counted(person.mutualContacts, 'mutual contact');
	if (handles || mutual) pushAll(lines, block([handles, mutual].filter(Boolean).join(' · '), width, 'muted'));
	for (const other of elsewhere) pushAll(lines, block(other, width, 'warning', '', '  '));
	if (person?.notes) pushAll(lines, block(sanitizeText(person.notes), width, 'text', 'note: ', '  '));

	lines.push(blank);
	if (request.message) pushAll(lines, block(sanitizeText(request.message), width, 'text'));
	else lines.push([{text: '(no message)', tone: 'muted'}]);

	if (suggestion) {
		lines.push(blank);
		const confidence = Math.round(suggestion.confidence * 100);
		const head: DetailLine = [
			{text: 'Suggestion ', tone: 'heading'},
			{text: ready ? 'accept (ready to accept)' : suggestion.decision, tone: ready ? 'accept' : suggestion.decision},
			{text: suggestion.unsure ? ` unsure, ${confidence}%` : ` ${confidence}%`, tone: 'muted'},
		];
		// Narrow: the heading on its own line, the decision under it.
		if (stringWidth(head.map(segment => segment.text).join('')) <= width) lines.push(head);
		else {
			lines.push([head[0]!]);
			pushAll(lines, wrapText(`${head[1]!.text}${head[2]!.text}`, width).map(text => [{text, tone: head[1]!.tone}]));
		}
		const reasons = [...suggestion.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
		for (const reason of reasons) {
			const [sign, tone]: [string, LineTone] = reason.weight > 0 ? ['+', 'for'] : reason.weight < 0 ? ['−', 'against'] : ['·', 'neutral'];
			pushAll(lines, reasonLines(sign, tone, sanitizeLine(reason.text), width));
		}
	}

	if (sameText.length > 0) {
		lines.push(blank, [{text: 'Same text from', tone: 'heading'}]);
		for (const other of sameText.slice(0, 5)) {
			pushAll(lines, block(`${sanitizeLine(other.name)} · ${networkLabel(other.request.network)} · ${dateLabel(other.request)} · ${other.request.status}`, width, 'text', '', '  '));
		}
		if (sameText.length > 5) lines.push([{text: `… and ${sameText.length - 5} more`, tone: 'muted'}]);
	}

	lines.push(blank, [{text: 'History', tone: 'heading'}]);
	for (const part of historyParts(history)) pushAll(lines, block(part, width, 'text', '', '  '));
	for (const interaction of history.slice(0, 5)) pushAll(lines, block(interactionLine(interaction), width, 'muted', '', '  '));
	if (history.length > 5) lines.push([{text: `… and ${history.length - 5} earlier`, tone: 'muted'}]);

	// Acting on the request comes last: what the user decides on keeps the first rows.
	if (acting.length > 0) lines.push(blank);
	for (const line of acting) pushAll(lines, block(line, width, 'muted', '', '  '));
	return lines;
}

export type DetailWindow = {lines: DetailLine[]; above: number; below: number; scroll: number};

/**
 * The lines that fit in `height` rows from `scroll` on. When the text is longer,
 * a marker row says how much is above or below, so nothing is cut unannounced.
 */
export function detailWindow(lines: DetailLine[], height: number, scroll: number): DetailWindow {
	if (lines.length <= height) return {lines, above: 0, below: 0, scroll: 0};
	const rows = Math.max(1, height - 1);
	const start = Math.max(0, Math.min(scroll, lines.length - rows));
	return {lines: lines.slice(start, start + rows), above: start, below: Math.max(0, lines.length - start - rows), scroll: start};
}

/** The furthest a detail of `count` lines scrolls in `height` rows. */
export function maxDetailScroll(count: number, height: number): number {
	return count <= height ? 0 : count - Math.max(1, height - 1);
}
