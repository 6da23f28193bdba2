// Turns Ink's (input, key) pair into the key names keymap.ts speaks.
import type {Key} from 'ink';

const inChunk: Record<string, string> = {' ': 'space', '\r': 'return', '\n': 'return', '\t': 'tab', '\u007f': 'backspace', '\b': 'backspace'};

export function keyNames(input: string, key: Key): string[] {
	if (key.ctrl && input) return [`ctrl+${input.toLowerCase()}`];
	if (key.downArrow) return ['down'];
	if (key.upArrow) return ['up'];
	if (key.leftArrow) return ['left'];
	if (key.rightArrow) return ['right'];
	if (key.home) return ['home'];
	if (key.end) return ['end'];
	if (key.pageDown) return ['pageDown'];
	if (key.pageUp) return ['pageUp'];
	if (key.return) return ['return'];
	if (key.escape) return ['escape'];
	if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
	if (key.backspace || key.delete) return ['backspace'];
	// Keys typed or pasted quickly arrive together ("jjj", "note\r"): each character is one key.
	return [...input].map(char => inChunk[char] ?? char);
}
