// The one keyboard dispatcher: keys → commands of the active scopes.
import {useInput, useStdin} from 'ink';
import {commandFor, type Command, type Scope} from '../keymap.js';
import {keyNames} from '../keys.js';

export function useCommands(scopes: Scope[], onCommand: (command: Command) => void): void {
	const {isRawModeSupported} = useStdin();
	useInput(
		(input, key) => {
			for (const name of keyNames(input, key)) {
				const command = commandFor(name, scopes);
				if (command) onCommand(command);
			}
		},
		{isActive: isRawModeSupported === true},
	);
}
