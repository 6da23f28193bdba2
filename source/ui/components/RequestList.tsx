import {Box, Text} from 'ink';
import type {ContactRequest, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, fit, messagePreview, networkCode, rowChip} from '../format.js';
import {rowColumns} from '../layout.js';
import {isReady} from '../views.js';
import {toneOf} from './Detail.js';

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
// grows with the number of text nodes, and the list is redrawn on every key.
export function RequestList({requests, people, suggestions, selectedKey, marks, width, now, elsewhere}: Props) {
	const columns = rowColumns(width);
	return (
		<Box flexDirection="column" width={width}>
			{requests.map(request => {
				const selected = request.key === selectedKey;
				const suggestion = suggestions.get(request.key);
				const chip = rowChip(request, suggestion, isReady(request, suggestion));
				const head = `${selected ? '›' : ' '}${marks.has(request.key) ? '[x]' : '[ ]'} ${networkCode(request.network).padEnd(2)}${elsewhere?.(request) ? '+' : ' '}${fit(sanitizeLine(people.get(request.from)?.name ?? '?'), columns.name)} `;
				const when = request.dateKnown === false ? `~${age(request.receivedAt, now)}` : age(request.receivedAt, now);
				const tail = ` ${when.padStart(4)} ${fit(messagePreview(request), columns.message)}`;
				return (
					<Text key={request.key} inverse={selected} wrap="truncate">
						{head}
						<Text {...toneOf(chip.tone)}>{chip.text.padEnd(9)}</Text>
						{tail}
					</Text>
				);
			})}
		</Box>
	);
}
