import {Box, Text} from 'ink';
import {headerText} from '../header-text.js';
import {theme} from '../theme.js';
import type {Filters, View} from '../views.js';

type Props = {view: View; counts: Record<View, number>; filters: Filters; width: number};

export function Header({view, counts, filters, width}: Props) {
	const header = headerText(view, counts, filters, width);
	return (
		<Box width={width}>
			<Text wrap="truncate">
				{header.parts.map((part, index) => (
					<Text key={part.text}>
						{index > 0 ? <Text {...theme.text.muted}>{header.separator}</Text> : ' '}
						<Text {...(part.active ? theme.view.active : theme.view.inactive)}>{part.text}</Text>
					</Text>
				))}
				{header.filters ? <Text {...theme.text.muted}>{'   '}{header.filters}</Text> : null}
			</Text>
		</Box>
	);
}
