import {Box, Text} from 'ink';
import {keyLabel, type Group} from '../keymap.js';
import {useBindings} from '../bindings-context.js';
import {theme} from '../theme.js';

const groups: Group[] = ['Move', 'Decide', 'Mark', 'View', 'People', 'App'];

/** Every key of the inbox, read from the keymap. */
export function HelpOverlay({width, height}: {width: number; height: number}) {
	const keymap = useBindings();
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
			<Text {...theme.text.heading}>Keys</Text>
			<Box flexDirection="row" flexWrap="wrap">
				{groups.map(group => (
					<Box key={group} flexDirection="column" width={Math.max(38, Math.floor((width - 2) / 2))} marginTop={1}>
						<Text bold>{group}</Text>
						{keymap.filter(binding => binding.group === group).map(binding => (
							<Text key={binding.command} wrap="truncate">
								<Text {...theme.view.active}>{binding.keys.map(keyLabel).join(' ').padEnd(10)}</Text> {binding.description}
							</Text>
						))}
					</Box>
				))}
			</Box>
		</Box>
	);
}
