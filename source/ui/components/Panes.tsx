import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {PaneLayout} from '../layout.js';
import {theme} from '../theme.js';

type Props = {
	layout: PaneLayout;
	width: number;
	/** Drawn at the list's size. */
	list: (width: number, height: number) => ReactNode;
	/** Drawn at the detail's size; not called when the detail has no room. */
	detail: (width: number, height: number) => ReactNode;
};

/** The list and the detail, beside each other or the detail under the list, as the layout says. */
export function Panes({layout, width, list, detail}: Props) {
	if (layout.kind === 'list') {
		return <Box height={layout.body} width={width}>{list(layout.listWidth, layout.listHeight)}</Box>;
	}
	if (layout.kind === 'stacked') {
		return (
			<Box flexDirection="column" height={layout.body} width={width}>
				<Box height={layout.listHeight} width={width}>{list(layout.listWidth, layout.listHeight)}</Box>
				<Text {...theme.text.muted}>{'─'.repeat(Math.max(0, width))}</Text>
				<Box height={layout.detailHeight} width={width}>{detail(layout.detailWidth, layout.detailHeight)}</Box>
			</Box>
		);
	}
	return (
		<Box flexDirection="row" height={layout.body} width={width}>
			<Box width={layout.listWidth} flexShrink={0}>{list(layout.listWidth, layout.listHeight)}</Box>
			<Box width={1} flexShrink={0} />
			<Box width={layout.detailWidth} flexShrink={0}>{detail(layout.detailWidth, layout.detailHeight)}</Box>
		</Box>
	);
}
