import {Box, Text} from 'ink';
import {memo} from 'react';
import type {ContactRequest, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, fit, messagePreview, networkCode, rowChip} from '../format.js';
import {rowColumns} from '../layout.js';
import {isReady} from '../views.js';
import {toneOf} from './Detail.js';
import {askedPrefix} from '../acting-lines.js';

type Props = {
	/** Only the visible rows: the caller windows the list. */
	requests: ContactRequest[];
	people: Map<string, Person>;
	suggestions: Map<string, Suggestion>;
	selectedKey: string | undefined;
	marks: ReadonlySet<string>;
	width: number;
	now: Date;
	/** Whether the sender is also on another network (another pending request, a connection). */
	elsewhere?: (request: ContactRequest) => boolean;
};

// Each row is built as three strings, not a tree of styled parts: Ink's cost per frame
// grows with the number of text nodes, and the list is redrawn on every key. A row
// whose request, suggestion, selection and mark are unchanged is not built again.
export function RequestList({requests, people, suggestions, selectedKey, marks, width, now, elsewhere}: Props) {
	const columns = rowColumns(width);
	return (
		<Box flexDirection="column" width={width}>
			{requests.map(request => (
				<Row
					key={request.key}
					request={request}
					name={people.get(request.from)?.name ?? '?'}
					suggestion={suggestions.get(request.key)}
					selected={request.key === selectedKey}
					marked={marks.has(request.key)}
					elsewhere={!!elsewhere?.(request)}
					nameWidth={columns.name}
					messageWidth={columns.message}
					now={now}
				/>
			))}
		</Box>
	);
}

type RowProps = {request: ContactRequest; name: string; suggestion: Suggestion | undefined; selected: boolean; marked: boolean; elsewhere: boolean; nameWidth: number; messageWidth: number; now: Date};

const Row = memo(function Row({request, name, suggestion, selected, marked, elsewhere, nameWidth, messageWidth, now}: RowProps) {
	const chip = rowChip(request, suggestion, isReady(request, suggestion));
	const head = `${selected ? '›' : ' '}${marked ? '[x]' : '[ ]'} ${networkCode(request.network).padEnd(2)}${elsewhere ? '+' : ' '}${fit(sanitizeLine(name), nameWidth)} `;
	const when = request.dateKnown === false ? `~${age(request.receivedAt, now)}` : age(request.receivedAt, now);
	const tail = ` ${when.padStart(4)} ${fit(askedPrefix(request, suggestion, now) + messagePreview(request), messageWidth)}`;
	return (
		<Text inverse={selected} wrap="truncate">
			{head}
			<Text {...toneOf(chip.tone)}>{chip.text.padEnd(9)}</Text>
			{tail}
		</Text>
	);
});
