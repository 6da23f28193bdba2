import {Text} from 'ink';
import {useBindings} from '../bindings-context.js';
import {emptyText} from '../empty-text.js';
import {keyHint} from '../keymap.js';
import {theme} from '../theme.js';
import type {View} from '../views.js';

/** The list when it has no rows: how to import, or how to see the other views. */
export function EmptyView({total, filtered}: {view: View; total: number; filtered: boolean}) {
	const bindings = useBindings();
	const lines = emptyText(total, filtered, {view: keyHint('view.next', bindings), network: keyHint('filter.network', bindings), suggestion: keyHint('filter.suggestion', bindings)});
	return (
		<>
			{lines.map((line, index) => (
				<Text key={index} wrap="wrap" {...(line.tone === 'heading' ? theme.text.heading : line.tone === 'muted' ? theme.text.muted : {})}>
					{' '}{line.text || ' '}
				</Text>
			))}
		</>
	);
}
