import {Box, Text} from 'ink';
import type {Scope} from '../keymap.js';
import {useBindings} from '../bindings-context.js';
import {orderedHints, statusLine} from '../status-line.js';
import {theme} from '../theme.js';

type Props = {
	position: number;
	total: number;
	marks: number;
	scopes: Scope[];
	message?: string;
	error?: string;
	width: number;
};

/** Counts, marks, the last action and the keys of the current mode, from the keymap. */
export function StatusBar({position, total, marks, scopes, message, error, width}: Props) {
	const keymap = useBindings();
	const counts = `${total === 0 ? ' 0/0' : ` ${position}/${total}`}${marks > 0 ? ` · ${marks} marked` : ''}`;
	const line = statusLine(counts, message, orderedHints(keymap, scopes), width - 1);
	return (
		<Box flexDirection="column" width={width}>
			{error ? <Text {...theme.text.error} wrap="truncate">save failed, retrying: {error}</Text> : null}
			<Text wrap="truncate">
				<Text>{total === 0 ? ' 0/0' : ` ${position}/${total}`}</Text>
				{marks > 0 ? <Text {...theme.warning}> · {marks} marked</Text> : null}
				{line.message ? <Text> · {line.message}</Text> : null}
				{line.hints ? <Text {...theme.text.muted}> · {line.hints}</Text> : null}
			</Text>
		</Box>
	);
}
