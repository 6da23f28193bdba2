import type {Mode} from '../state.js';
import type {Scope} from '../keymap.js';
import {PromptBar} from './PromptBar.js';
import {StatusBar} from './StatusBar.js';

type Props = {
	mode: Mode;
	scopes: Scope[];
	position: number;
	total: number;
	marks: number;
	message?: string;
	error?: string;
	width: number;
};

/** The bottom lines: the question of a dialog, or the status bar. */
export function Footer({mode, scopes, position, total, marks, message, error, width}: Props) {
	switch (mode.kind) {
		case 'confirm':
			return <PromptBar label={mode.title} scope="confirm" width={width} />;
		case 'log':
			return <PromptBar label={`log an interaction with ${mode.name}:`} scope="log" width={width} />;
		case 'prompt':
			return <PromptBar label={mode.label} text={mode.text} scope="prompt" width={width} cursor={mode.cursor ?? [...mode.text].length} error={mode.error} />;
		case 'reply':
			return <PromptBar label={`reply to ${mode.name}: type to add, enter for a new line`} scope="reply" width={width} />;
		case 'search':
			// The search overlay draws its own hint line.
			return null;
		default:
			return <StatusBar position={position} total={total} marks={marks} scopes={scopes} message={message} error={error} width={width} />;
	}
}
