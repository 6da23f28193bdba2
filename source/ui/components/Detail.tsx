import {Box, Text} from 'ink';
import {useBindings} from '../bindings-context.js';
import {detailWindow, type DetailLine, type LineTone} from '../detail/lines.js';
import {keyHint} from '../keymap.js';
import {theme, type Tone} from '../theme.js';

type Props = {
	/** The request's detail, already cut to `width - 1` columns; undefined: nothing selected. */
	lines: DetailLine[] | undefined;
	scroll: number;
	width: number;
	height: number;
	/** On its own screen the detail scrolls with j/k; beside the list with J/K. */
	own?: boolean;
};

export function toneOf(tone: LineTone): Tone {
	switch (tone) {
		case 'text':
			return {};
		case 'heading':
			return theme.text.heading;
		case 'muted':
			return theme.text.muted;
		case 'for':
		case 'against':
		case 'neutral':
			return theme.reason[tone];
		case 'warning':
			return theme.warning;
		default:
			return theme.decision[tone];
	}
}

/** The selected request, one terminal line per row: a window of the lines with a marker when there is more. */
export function Detail({lines, scroll, width, height, own = false}: Props) {
	const bindings = useBindings();
	if (!lines) {
		return (
			<Box width={width} paddingLeft={1}>
				<Text {...theme.text.muted}>Nothing selected.</Text>
			</Box>
		);
	}
	const window = detailWindow(lines, height, scroll);
	const keys = own ? `${keyHint('detail.pageDown', bindings)}/${keyHint('detail.pageUp', bindings)}` : `${keyHint('detail.down', bindings)}/${keyHint('detail.up', bindings)}`;
	const marker = [window.above > 0 ? `↑ ${window.above} above` : '', window.below > 0 ? `↓ ${window.below} more` : ''].filter(Boolean).join(' · ');
	return (
		<Box flexDirection="column" width={width} height={height} paddingLeft={1} overflow="hidden">
			{window.lines.map((line, index) => (
				<Text key={index} wrap="truncate">
					{line.length === 0 ? ' ' : line.map((segment, at) => <Text key={at} {...toneOf(segment.tone)}>{segment.text}</Text>)}
				</Text>
			))}
			{marker ? <Text {...theme.warning} wrap="truncate">{marker} <Text {...theme.text.muted}>· {keys} scroll</Text></Text> : null}
		</Box>
	);
}
