import {Box, Text} from 'ink';
import {useBindings} from '../bindings-context.js';
import {helpPage, helpRows, type HelpRow} from '../help-layout.js';
import {keyLabel} from '../keymap.js';
import {theme} from '../theme.js';

/** Every key of the inbox, read from the keymap, in pages when the terminal is small. */
export function HelpOverlay({width, height, page}: {width: number; height: number; page: number}) {
	const keymap = useBindings();
	const layout = helpPage(helpRows(keymap), width - 2, height - 2, page);
	const columnWidth = Math.floor((width - 2) / Math.max(1, layout.columns.length));
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
			<Text {...theme.text.heading}>
				Keys{layout.pages > 1 ? <Text {...theme.text.muted}> page {layout.page + 1}/{layout.pages} · j/k more</Text> : null}
			</Text>
			<Box flexDirection="row" marginTop={1}>
				{layout.columns.map((column, index) => (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{column.map((row, line) => <Row key={line} row={row} />)}
					</Box>
				))}
			</Box>
		</Box>
	);
}

function Row({row}: {row: HelpRow}) {
	if (row.kind === 'blank') return <Text> </Text>;
	if (row.kind === 'group') return <Text bold>{row.text}</Text>;
	return (
		<Text wrap="truncate">
			<Text {...theme.view.active}>{row.keys.map(keyLabel).join(' ').padEnd(10)}</Text> {row.description}
		</Text>
	);
}
