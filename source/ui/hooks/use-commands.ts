// The one keyboard dispatcher: keys → commands of the active scopes. In a
// mode that takes text, keys that no scope binds are typed text.
import {useInput, useStdin} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import {commandFor, type Binding, type Command, type Scope} from '../keymap.js';
import {keyNames} from '../keys.js';

type Handlers = {
	/** Read at every key, so a key that changes the mode changes how the next one is read. */
	scopes: () => Scope[];
	onCommand: (command: Command) => void;
	/** Unbound printable keys; ignored when absent. */
	onText?: (text: string) => void;
	bindings?: Binding[];
	/** Keys typed while the database loads: kept while `holding`, then answered in order. */
	held?: HeldKeys;
};

export type HeldKeys = {holding: boolean; keys: Array<[string, Parameters<typeof keyNames>[1]]>};

export function useCommands(handlers: Handlers): void {
	const {isRawModeSupported} = useStdin();
	const latest = useRef(handlers);
	latest.current = handlers;
	// One stable listener: Ink does not re-subscribe on every render.
	const listener = useCallback((input: string, key: Parameters<typeof keyNames>[1]) => {
		const {scopes, onCommand, onText, bindings, held} = latest.current;
		if (held?.holding) {
			held.keys.push([input, key]);
			return;
		}
		for (const name of keyNames(input, key)) {
			const command = commandFor(name, scopes(), bindings);
			if (command) onCommand(command);
			else if (onText && name === 'space') onText(' ');
			else if (onText && !key.ctrl && !key.meta && [...name].length === 1) onText(name);
		}
	}, []);
	useInput(listener, {isActive: isRawModeSupported === true});
	useEffect(() => {
		const {held} = latest.current;
		if (!held || held.holding) return;
		for (const [input, key] of held.keys.splice(0)) listener(input, key);
	}, []);
}
