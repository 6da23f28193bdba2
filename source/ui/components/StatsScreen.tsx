import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {Database, Suggestion} from '../../core/model.js';
import {networkStats} from '../../core/stats/index.js';
import {statsPanels, type Line, type Progress} from '../stats/index.js';
import {columnLayout, statsPage} from '../stats/pages.js';
import {toneStyle} from '../stats/tones.js';
import {theme} from '../theme.js';

type Props = {
	db: Database;
	/** Undefined while the classifier is still at work. */
	suggestions: ReadonlyMap<string, Suggestion> | undefined;
	sameText: (key: string) => string[];
	progress: Progress;
	now: Date;
	width: number;
	height: number;
	page: number;
};

/** Your network at a glance: the panels of `netinbox stats`, a page at a time. */
export function StatsScreen({db, suggestions, sameText, progress, now, width, height, page}: Props) {
	// Figures come from core, cached there by the lists they read: reopening or turning a page costs nothing.
	const stats = useMemo(() => networkStats(db, {now, ...(suggestions ? {suggestions, sameText} : {})}), [db, suggestions]);
	const layout = columnLayout(width - 2);
	const shown = useMemo(() => statsPage(statsPanels(stats, layout.width, progress), width - 2, height - 2, page), [stats, width, height, page, progress?.classified]);
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
			<Text wrap="truncate">
				<Text {...theme.text.heading}>Your network at a glance</Text>
				{shown.pages > 1 ? <Text {...theme.text.muted}> · page {shown.page + 1}/{shown.pages} · j/k more</Text> : null}
			</Text>
			<Box flexDirection="row" marginTop={1} gap={2}>
				{shown.columns.map((column, index) => (
					<Box key={index} flexDirection="column" width={layout.width}>
						{column.map((line, row) => <StatsLine key={row} line={line} />)}
					</Box>
				))}
			</Box>
		</Box>
	);
}

function StatsLine({line}: {line: Line}) {
	if (line.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate">
			{line.map((segment, index) => <Text key={index} {...toneStyle(theme, segment.tone)}>{segment.text}</Text>)}
		</Text>
	);
}
