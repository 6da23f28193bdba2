import {Box, Text} from 'ink';
import {sanitizeText} from '../../core/sanitize.js';
import {theme} from '../theme.js';

type Props = {name: string; template: string; templates: string[]; text: string; width: number; height: number};

/** The reply draft, as it will be copied: typed text goes at the end. */
export function ReplyPanel({name, template, templates, text, width, height}: Props) {
	return (
		<Box flexDirection="column" width={width} height={height} paddingLeft={1} overflow="hidden">
			<Text {...theme.text.heading} wrap="truncate">
				Reply to {name} <Text {...theme.text.muted}>template {template} of {templates.join(', ')}</Text>
			</Text>
			<Box marginTop={1} borderStyle="round" borderColor={theme.border} paddingX={1} flexDirection="column">
				<Text wrap="wrap">{sanitizeText(text)}▏</Text>
			</Box>
		</Box>
	);
}
