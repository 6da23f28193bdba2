import {Box, Text} from 'ink';
import {summarizeHistory} from '../../core/history.js';
import type {ContactRequest, Interaction, Person} from '../../core/model.js';
import {sanitizeLine, sanitizeText} from '../../core/sanitize.js';
import {interactionLine, networkLabel} from '../format.js';
import {theme} from '../theme.js';

type Props = {
	request: ContactRequest | undefined;
	person: Person | undefined;
	history: Interaction[];
	width: number;
};

export function Detail({request, person, history, width}: Props) {
	if (!request) {
		return (
			<Box width={width} paddingLeft={1}>
				<Text {...theme.text.muted}>Nothing to review here.</Text>
			</Box>
		);
	}
	const facts = [person?.headline, person?.company, person?.location].filter(Boolean).map(sanitizeLine).join(' · ');
	const handles = Object.entries(person?.handles ?? {}).map(([network, handle]) => `${network} ${sanitizeLine(handle)}`).join(', ');
	return (
		<Box flexDirection="column" width={width} paddingLeft={1}>
			<Text {...theme.text.heading} wrap="truncate">
				{sanitizeLine(person?.name ?? '?')} <Text {...theme.text.muted}>on {networkLabel(request.network)} · {request.receivedAt.slice(0, 10)} · {sanitizeLine(request.id)}</Text>
			</Text>
			{facts && <Text wrap="truncate">{facts}</Text>}
			{handles && <Text {...theme.text.muted} wrap="truncate">{handles}</Text>}
			{person?.mutualContacts !== undefined && <Text {...theme.text.muted}>{person.mutualContacts} mutual contacts</Text>}
			{person?.notes && <Text wrap="wrap">note: {sanitizeText(person.notes)}</Text>}
			<Box marginTop={1}>
				<Text wrap="wrap">{request.message ? sanitizeText(request.message) : <Text {...theme.text.muted}>(no message)</Text>}</Text>
			</Box>
			<Box marginTop={1} flexDirection="column">
				<Text {...theme.text.heading}>History</Text>
				<Text wrap="wrap">{summarizeHistory(history)}</Text>
				{history.slice(0, 6).map(interaction => (
					<Text key={interaction.id} {...theme.text.muted} wrap="truncate">
						{interactionLine(interaction)}
					</Text>
				))}
			</Box>
		</Box>
	);
}
