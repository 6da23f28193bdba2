import {Box, Text} from 'ink';
import {keymap, type Scope} from '../keymap.js';
import {theme} from '../theme.js';

type Props = {position: number; total: number; scopes: Scope[]; message?: string};

export function StatusBar({position, total, scopes, message}: Props) {
	const hints = keymap.filter(binding => binding.hint && scopes.includes(binding.scope)).map(binding => binding.hint);
	return (
		<Box>
			<Text {...theme.text.muted} wrap="truncate">
				{total === 0 ? 'no pending requests' : `${position}/${total} pending`}
				{message ? ` · ${message}` : ''} · {hints.join(' · ')}
			</Text>
		</Box>
	);
}
