import {Box, Text} from 'ink';
import {memo} from 'react';
import type {ContactRequest, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, chipText, fit, messagePreview, networkCode} from '../format.js';
import {theme} from '../theme.js';
import {isReady} from '../views.js';

type Props = {
	/** Only the visible rows: the caller windows the list. */
	requests: ContactRequest[];
	people: Map<string, Person>;
	suggestions: Map<string, Suggestion>;
	selectedKey: string | undefined;
	marks: ReadonlySet<string>;
	width: number;
	now: Date;
};

// Each row is built as three strings, not a tree of styled parts: Ink's cost per frame
// grows with the number of text nodes, and the list is redrawn on every key. A row
// whose request, suggestion, selection and mark are unchanged is not built again.
export function RequestList({requests, people, suggestions, selectedKey, marks, width, now}: Props) {
	if (requests.length === 0) {
		return (
			<Box width={width} paddingLeft={1}>
				<Text {...theme.text.muted}>No requests in this view.</Text>
			</Box>
		);
	}
	const nameWidth = Math.max(10, Math.min(20, width - 28));
	const messageWidth = Math.max(0, width - nameWidth - 23);
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
					nameWidth={nameWidth}
					messageWidth={messageWidth}
					now={now}
				/>
			))}
		</Box>
	);
}

type RowProps = {request: ContactRequest; name: string; suggestion: Suggestion | undefined; selected: boolean; marked: boolean; nameWidth: number; messageWidth: number; now: Date};

const Row = memo(function Row({request, name, suggestion, selected, marked, nameWidth, messageWidth, now}: RowProps) {
	const ready = isReady(request, suggestion);
	const chip = request.status !== 'pending' && !ready ? request.status : chipText(suggestion, ready);
	const tone = ready ? theme.decision.accept : suggestion ? theme.decision[suggestion.decision] : theme.text.muted;
	const head = `${selected ? '›' : ' '}${marked ? '[x]' : '[ ]'} ${networkCode(request.network).padEnd(2)} ${fit(sanitizeLine(name), nameWidth)} `;
	const tail = ` ${age(request.receivedAt, now).padStart(4)} ${fit(messagePreview(request), messageWidth)}`;
	return (
		<Text inverse={selected} wrap="truncate">
			{head}
			<Text {...tone}>{chip.padEnd(8)}</Text>
			{tail}
		</Text>
	);
});
