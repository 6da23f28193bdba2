import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Scope} from '../keymap.js';
import {useBindings} from '../bindings-context.js';
import {splitAtCursor} from '../prompt-text.js';
import {orderedHints} from '../status-line.js';
import {theme} from '../theme.js';

type Props = {
	label: string;
	text?: string;
	scope: Scope;
	width: number;
	/** Where the cursor is in `text`, in characters; absent: no cursor. */
	cursor?: number;
	/** Why the last submit was refused. */
	error?: string;
};

/** The end of `text` that fits `width` columns, with `…` when the start is cut. */
function tail(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	const chars = [...new Intl.Segmenter().segment(text)].map(part => part.segment);
	let out = '';
	for (let index = chars.length - 1; index >= 0 && stringWidth(chars[index] + out) <= width - 1; index--) out = chars[index] + out;
	return `…${out}`;
}

/** A one-line question at the bottom: a confirmation, a choice or a text to type, with its cursor. */
export function PromptBar({label, text, scope, width, cursor, error}: Props) {
	const keymap = useBindings();
	const hints = orderedHints(keymap, [scope]);
	const shown = sanitizeLine(label);
	const parts = text === undefined ? undefined : splitAtCursor({text: sanitizeLine(text), cursor: cursor ?? [...text].length});
	// The cursor stays on screen: the start of a long text gives way.
	const room = Math.max(4, width - stringWidth(shown) - 3 - (parts ? stringWidth(parts.at) : 0));
	const before = parts ? tail(parts.before, Math.max(2, room - Math.min(stringWidth(parts.after), Math.floor(room / 2)))) : '';
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text {...theme.warning}>{shown}</Text>
				{parts ? (
					<>
						{' '}{before}
						{/* At the end the cursor is a bar, so a trailing space still shows; inside, the character under it is inverted. */}
						{cursor === undefined ? null : parts.after === '' && parts.at === ' ' ? '▏' : <Text inverse>{parts.at}</Text>}
						{cursor === undefined ? (parts.at === ' ' ? '' : parts.at) : null}
						{parts.after}
					</>
				) : null}
			</Text>
			{error ? <Text {...theme.text.error} wrap="truncate"> {sanitizeLine(error)}</Text> : <Text {...theme.text.muted} wrap="truncate"> {hints.join(' · ')}</Text>}
		</Box>
	);
}
