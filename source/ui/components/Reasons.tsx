import {Box, Text} from 'ink';
import type {Suggestion} from '../../core/model.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {theme} from '../theme.js';

/** The suggestion and its reasons, strongest first: + speaks for the sender, − against. */
export function Reasons({suggestion, ready}: {suggestion: Suggestion; ready: boolean}) {
	const reasons = [...suggestion.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	const confidence = Math.round(suggestion.confidence * 100);
	return (
		<Box marginTop={1} flexDirection="column">
			<Text>
				<Text {...theme.text.heading}>Suggestion </Text>
				<Text {...theme.decision[suggestion.decision]} bold>
					{ready ? 'accept (ready to accept)' : suggestion.decision}
				</Text>
				<Text {...theme.text.muted}>
					{' '}
					{suggestion.unsure ? `unsure, ${confidence}%` : `${confidence}%`}
				</Text>
			</Text>
			{reasons.map(reason => (
				<Text key={reason.rule + reason.text} wrap="wrap">
					<Text {...(reason.weight > 0 ? theme.reason.for : reason.weight < 0 ? theme.reason.against : theme.reason.neutral)}>
						{reason.weight > 0 ? ' + ' : reason.weight < 0 ? ' − ' : ' · '}
					</Text>
					{sanitizeLine(reason.text)}
				</Text>
			))}
		</Box>
	);
}
