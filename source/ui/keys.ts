// Turns Ink's (input, key) pair into the key names keymap.ts speaks.
import type {Key} from 'ink';

export function keyNames(input: string, key: Key): string[] {
	if (key.ctrl && input) return [`ctrl+${input.toLowerCase()}`];
	if (key.downArrow) return ['down'];
	if (key.upArrow) return ['up'];
	if (key.leftArrow) return ['left'];
	if (key.rightArrow) return ['right'];
	if (key.pageDown) return ['pageDown'];
	if (key.pageUp) return ['pageUp'];
	if (key.return) return ['return'];
	if (key.escape) return ['escape'];
	if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
	if (key.backspace || key.delete) return ['backspace'];
	// Keys typed quickly arrive together ("jjj"): each character is one key.
	return [...input].map(char => (char === ' ' ? 'space' : char));
}
