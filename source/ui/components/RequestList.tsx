import {Box, Text} from 'ink';
import type {ContactRequest, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, chipText, fit, messagePreview, networkCode} from '../format.js';
import {theme} from '../theme.js';
import {isReady} from '../views.js';
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
};

// Each row is built as three strings, not a tree of styled parts: Ink's cost per frame
// grows with the number of text nodes, and the list is redrawn on every key.
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
			{requests.map(request => {
				const selected = request.key === selectedKey;
				const suggestion = suggestions.get(request.key);
				const ready = isReady(request, suggestion);
				const chip = request.status !== 'pending' && !ready ? request.status : chipText(suggestion, ready);
				const tone = ready ? theme.decision.accept : suggestion ? theme.decision[suggestion.decision] : theme.text.muted;
				const head = `${selected ? '›' : ' '}${marks.has(request.key) ? '[x]' : '[ ]'} ${networkCode(request.network).padEnd(2)} ${fit(sanitizeLine(people.get(request.from)?.name ?? '?'), nameWidth)} `;
				const tail = ` ${age(request.receivedAt, now).padStart(4)} ${fit(askedPrefix(request, suggestion, now) + messagePreview(request), messageWidth)}`;
				return (
					<Text key={request.key} inverse={selected} wrap="truncate">
						{head}
						<Text {...tone}>{chip.padEnd(8)}</Text>
						{tail}
					</Text>
				);
			})}
		</Box>
	);
}
