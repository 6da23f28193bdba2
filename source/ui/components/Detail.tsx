import {Box, Text} from 'ink';
import {historyParts} from '../../core/people/history.js';
import type {ContactRequest, Interaction, Person, Suggestion} from '../../core/model.js';
import {sanitizeLine, sanitizeText} from '../../core/sanitize.js';
import {interactionLine, networkLabel} from '../format.js';
import {theme} from '../theme.js';
import {isReady} from '../views.js';
import {Reasons} from './Reasons.js';

type Props = {
	request: ContactRequest | undefined;
	person: Person | undefined;
	suggestion: Suggestion | undefined;
	history: Interaction[];
	/** Other requests with the same (mass-sent) text: who sent them, on which network. */
	sameText: Array<{name: string; request: ContactRequest}>;
	/** Profile address, sync state, asked, to-do: see acting-lines.ts. */
	acting?: string[];
	width: number;
	height: number;
};

export function Detail({request, person, suggestion, history, sameText, acting = [], width, height}: Props) {
	if (!request) {
		return (
			<Box width={width} paddingLeft={1}>
				<Text {...theme.text.muted}>Nothing selected.</Text>
			</Box>
		);
	}
	const facts = [person?.headline, person?.company, person?.location].filter(Boolean).map(sanitizeLine).join(' · ');
	const handles = Object.entries(person?.handles ?? {}).map(([network, handle]) => `${network} ${sanitizeLine(handle)}`).join(', ');
	const mutual = person?.mutualContacts === undefined ? '' : `${person.mutualContacts} mutual contacts`;
	const ready = isReady(request, suggestion);
	return (
		<Box flexDirection="column" width={width} height={height} paddingLeft={1} overflow="hidden">
			{/* What the user decides on keeps its room; the lines on acting come last and give way first. */}
			<Box flexDirection="column" flexShrink={0}>
			<Text {...theme.text.heading} wrap="truncate">
				{sanitizeLine(person?.name ?? '?')}{' '}
				<Text {...theme.text.muted}>
					{networkLabel(request.network)} · {request.receivedAt.slice(0, 10)} · {request.status} · {sanitizeLine(request.id)}
				</Text>
			</Text>
			{facts ? <Text wrap="truncate">{facts}</Text> : null}
			{handles || mutual ? <Text {...theme.text.muted} wrap="truncate">{[handles, mutual].filter(Boolean).join(' · ')}</Text> : null}
			{person?.notes ? <Text wrap="wrap">note: {sanitizeText(person.notes)}</Text> : null}
			<Box marginTop={1}>
				{request.message ? <Text wrap="wrap">{sanitizeText(request.message)}</Text> : <Text {...theme.text.muted}>(no message)</Text>}
			</Box>
			{suggestion ? <Reasons suggestion={suggestion} ready={ready} /> : null}
			{sameText.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					<Text {...theme.text.heading}>Same text from</Text>
					{sameText.slice(0, 5).map(other => (
						<Text key={other.request.key} wrap="truncate">
							{sanitizeLine(other.name)} <Text {...theme.text.muted}>{networkLabel(other.request.network)} · {other.request.receivedAt.slice(0, 10)} · {other.request.status}</Text>
						</Text>
					))}
					{sameText.length > 5 ? <Text {...theme.text.muted}>… and {sameText.length - 5} more</Text> : null}
				</Box>
			) : null}
			<Box marginTop={1} flexDirection="column">
				<Text {...theme.text.heading}>History</Text>
				{historyParts(history).map(part => (
					<Text key={part} wrap="truncate">
						{part}
					</Text>
				))}
				{history.slice(0, 5).map(interaction => (
					<Text key={interaction.id} {...theme.text.muted} wrap="truncate">
						{interactionLine(interaction)}
					</Text>
				))}
			</Box>
			</Box>
			{acting.length > 0 ? (
				<Box marginTop={1} flexDirection="column">
					{acting.map(line => <Text key={line} {...theme.text.muted} wrap="wrap">{line}</Text>)}
				</Box>
			) : null}
		</Box>
	);
}
