import {Box, Text} from 'ink';
import type {ContactRequest, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, chipText, messagePreview, networkCode} from '../format.js';
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

export function RequestList({requests, people, suggestions, selectedKey, marks, width, now}: Props) {
	if (requests.length === 0) {
		return (
			<Box width={width} paddingLeft={1}>
				<Text {...theme.text.muted}>No requests in this view.</Text>
			</Box>
		);
	}
	const nameWidth = Math.max(10, Math.min(20, width - 28));
	return (
		<Box flexDirection="column" width={width}>
			{requests.map(request => {
				const selected = request.key === selectedKey;
				const suggestion = suggestions.get(request.key);
				const ready = isReady(request, suggestion);
				const decided = request.status !== 'pending';
				const name = sanitizeLine(people.get(request.from)?.name ?? '?');
				return (
					<Text key={request.key} inverse={selected} wrap="truncate">
						{selected ? '›' : ' '}{marks.has(request.key) ? '[x]' : '[ ]'} <Text {...theme.network}>{networkCode(request.network).padEnd(2)}</Text>{' '}
						{name.length > nameWidth ? name.slice(0, nameWidth - 1) + '…' : name.padEnd(nameWidth)}{' '}
						<Text {...(ready ? theme.decision.accept : suggestion ? theme.decision[suggestion.decision] : theme.text.muted)}>
							{(decided && !ready ? request.status : chipText(suggestion, ready)).padEnd(9)}
						</Text>
						<Text {...theme.text.muted}>{age(request.receivedAt, now).padStart(4)}</Text> {messagePreview(request)}
					</Text>
				);
			})}
		</Box>
	);
}
