import {Box, Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Scope} from '../keymap.js';
import {useBindings} from '../bindings-context.js';
import {orderedHints} from '../status-line.js';
import {theme} from '../theme.js';

type Props = {label: string; text?: string; scope: Scope; width: number; cursor?: boolean};

/** A one-line question at the bottom: a confirmation, a choice or a text to type. */
export function PromptBar({label, text, scope, width, cursor = false}: Props) {
	const keymap = useBindings();
	const hints = orderedHints(keymap, [scope]);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text {...theme.warning}>{sanitizeLine(label)}</Text>
				{text !== undefined ? ` ${sanitizeLine(text)}` : ''}
				{cursor ? '▏' : ''}
			</Text>
			<Text {...theme.text.muted} wrap="truncate"> {hints.join(' · ')}</Text>
		</Box>
	);
}
