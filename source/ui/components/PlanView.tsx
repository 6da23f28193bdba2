import {Box, Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import {useBindings} from '../bindings-context.js';
import {detailWindow} from '../detail/lines.js';
import {keyHint} from '../keymap.js';
import {planLines} from '../plan.js';
import type {PlanItem} from '../state.js';
import {theme} from '../theme.js';
import type {Inbox} from '../hooks/use-inbox.js';

type Props = {items: PlanItem[]; scroll: number; nameOf: (key: string) => string; width: number; height: number};

export const nameOfRequest = (inbox: Pick<Inbox, 'request' | 'people'>, key: string): string => {
	const request = inbox.request(key);
	return sanitizeLine((request && inbox.people.get(request.from)?.name) ?? key);
};

/** Whom a bulk decision touches, before it is applied: every name, grouped, scrollable. */
export function PlanView({items, scroll, nameOf, width, height}: Props) {
	const bindings = useBindings();
	const lines = planLines(items, nameOf, width - 2).map(line => [{text: line.text, tone: line.heading ? 'heading' as const : 'text' as const}]);
	const window = detailWindow(lines, height - 1, scroll);
	return (
		<Box flexDirection="column" width={width} height={height} paddingLeft={1}>
			<Text {...theme.text.heading} wrap="truncate">Apply the suggestions to {items.length === 1 ? '1 request' : `${items.length} requests`}?</Text>
			{window.lines.map((line, index) => (
				<Text key={index} wrap="truncate" {...(line[0]!.tone === 'heading' ? theme.text.heading : {})}>{line[0]!.text || ' '}</Text>
			))}
			{window.above + window.below > 0 ? (
				<Text {...theme.warning} wrap="truncate">
					{[window.above > 0 ? `↑ ${window.above} above` : '', window.below > 0 ? `↓ ${window.below} more` : ''].filter(Boolean).join(' · ')}
					<Text {...theme.text.muted}> · {keyHint('confirm.down', bindings)}/{keyHint('confirm.up', bindings)} scroll</Text>
				</Text>
			) : null}
		</Box>
	);
}
