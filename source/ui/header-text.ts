// The header's text for a width: every view with its count, in full words when
// they fit, shorter labels when not, and only the current view when even those
// do not fit. The active filters always show. Pure.
import stringWidth from 'string-width';
import {optionalViews, viewLabels, views, type Filters, type View} from './views.js';

const shortLabels: Record<View, string> = {pending: 'Pending', ready: 'Ready', followers: 'Followers', decided: 'Decided', all: 'All', asked: 'Asked', todo: 'To do'};

export type HeaderPart = {text: string; active: boolean};
export type HeaderText = {parts: HeaderPart[]; separator: string; filters: string};

export function filterText(filters: Filters): string {
	return [
		filters.network !== 'all' && `network: ${filters.network}`,
		filters.suggestion !== 'all' && (filters.suggestion === 'unsure' ? 'unsure suggestions' : `suggestion: ${filters.suggestion}`),
	].filter(Boolean).join(' · ');
}

const widthOf = (header: HeaderText) =>
	1 + header.parts.reduce((sum, part, index) => sum + stringWidth(part.text) + (index > 0 ? header.separator.length : 0), 0)
	+ (header.filters ? 3 + stringWidth(header.filters) : 0);

export function headerText(view: View, counts: Record<View, number>, filters: Filters, width: number): HeaderText {
	const filtersText = filterText(filters);
	const label = (name: View, labels: Record<View, string>) => (name === view ? `[${labels[name]} ${counts[name]}]` : `${labels[name]} ${counts[name]}`);
	// Asked and To do show only when they hold something, or are the current view.
	const shown = views.filter(name => name === view || counts[name] > 0 || !optionalViews.has(name));
	const candidates: HeaderText[] = [
		{parts: shown.map(name => ({text: label(name, viewLabels), active: name === view})), separator: ' │ ', filters: filtersText},
		{parts: shown.map(name => ({text: label(name, shortLabels), active: name === view})), separator: ' │ ', filters: filtersText},
		{parts: shown.map(name => ({text: label(name, shortLabels), active: name === view})), separator: ' ', filters: filtersText},
	];
	for (const candidate of candidates) if (widthOf(candidate) <= width) return candidate;
	return {parts: [{text: label(view, viewLabels), active: true}], separator: ' ', filters: filtersText};
}
