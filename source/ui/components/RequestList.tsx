import {Box, Text} from 'ink';
import type {ContactRequest, Person} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {age, messagePreview, networkLabel} from '../format.js';
import {theme} from '../theme.js';

type Props = {
	requests: ContactRequest[];
	people: Map<string, Person>;
	selectedKey: string | undefined;
	width: number;
	now: Date;
};

/** The visible rows only; the caller windows the list. */
export function RequestList({requests, people, selectedKey, width, now}: Props) {
	return (
		<Box flexDirection="column" width={width}>
			{requests.map(request => {
				const selected = request.key === selectedKey;
				const name = sanitizeLine(people.get(request.from)?.name ?? '?');
				return (
					<Box key={request.key} width={width}>
						<Text inverse={selected} wrap="truncate">
							{selected ? '›' : ' '} <Text {...theme.network}>{networkLabel(request.network).padEnd(9)}</Text>{' '}
							{name.slice(0, 22).padEnd(22)} <Text {...theme.text.muted}>{age(request.receivedAt, now).padStart(4)}</Text>{' '}
							{messagePreview(request)}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
