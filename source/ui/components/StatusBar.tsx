import {Box, Text} from 'ink';
import type {Scope} from '../keymap.js';
import {useBindings} from '../bindings-context.js';
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
	const hints = keymap.filter(binding => binding.hint && scopes.includes(binding.scope)).map(binding => binding.hint);
	return (
		<Box flexDirection="column" width={width}>
			{error ? <Text {...theme.text.error} wrap="truncate">save failed, retrying: {error}</Text> : null}
			<Text wrap="truncate">
				<Text>{total === 0 ? ' 0/0' : ` ${position}/${total}`}</Text>
				{marks > 0 ? <Text {...theme.warning}> · {marks} marked</Text> : null}
				{message ? <Text> · {message}</Text> : null}
				<Text {...theme.text.muted}> · {hints.join(' · ')}</Text>
			</Text>
		</Box>
	);
}

