import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {optionalViews, viewLabels, views, type Filters, type View} from '../views.js';

type Props = {view: View; counts: Record<View, number>; filters: Filters; width: number};

export function Header({view, counts, filters, width}: Props) {
	const active = [
		filters.network !== 'all' && `network: ${filters.network}`,
		filters.suggestion !== 'all' && (filters.suggestion === 'unsure' ? 'unsure suggestions' : `suggestion: ${filters.suggestion}`),
	].filter(Boolean).join(' · ');
	return (
		<Box width={width}>
			<Text wrap="truncate">
				{views.filter(name => name === view || counts[name] > 0 || !optionalViews.has(name)).map((name, index) => (
					<Text key={name}>
						{index > 0 ? <Text {...theme.text.muted}> │ </Text> : ' '}
						<Text {...(name === view ? theme.view.active : theme.view.inactive)}>
							{name === view ? `[${viewLabels[name]} ${counts[name]}]` : `${viewLabels[name]} ${counts[name]}`}
						</Text>
					</Text>
				))}
				{active ? <Text {...theme.text.muted}>{'   '}{active}</Text> : null}
			</Text>
		</Box>
	);
}
