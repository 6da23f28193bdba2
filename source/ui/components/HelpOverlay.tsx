import {Box, Text} from 'ink';
import {useBindings} from '../bindings-context.js';
import {fit} from '../format.js';
import {helpPage, type HelpLine} from '../help-layout.js';
import {keyHint} from '../keymap.js';
import {theme} from '../theme.js';

/** Every key of the inbox, read from the keymap, in pages when the terminal is small. */
export function HelpOverlay({width, height, page}: {width: number; height: number; page: number}) {
	const keymap = useBindings();
	const layout = helpPage(keymap, width - 2, height - 2, page);
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
			<Text {...theme.text.heading} wrap="truncate">
				Keys{layout.pages > 1 ? <Text {...theme.text.muted}> page {layout.page + 1}/{layout.pages} · {keyHint('help.next', keymap)}/{keyHint('help.previous', keymap)} more</Text> : null}
			</Text>
			<Box flexDirection="row" marginTop={1}>
				{layout.columns.map((column, index) => (
					<Box key={index} flexDirection="column" width={layout.columnWidth} flexShrink={0}>
						{column.map((line, at) => <Line key={at} line={line} width={layout.columnWidth - 1} />)}
					</Box>
				))}
			</Box>
		</Box>
	);
}

function Line({line, width}: {line: HelpLine; width: number}) {
	if (line.kind === 'blank') return <Text> </Text>;
	if (line.kind === 'group') return <Text bold wrap="truncate">{fit(line.text, width)}</Text>;
	return (
		<Text wrap="truncate">
			<Text {...theme.view.active}>{line.keys.padEnd(10)}</Text> {line.text}
		</Text>
	);
}
