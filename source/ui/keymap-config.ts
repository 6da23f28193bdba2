// Lets a user rebind keys with `keys.json` in the config directory:
// { "request.accept": ["a", "+"], "request.spam": ["x"] }.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {configDir} from '../core/paths.js';
import {clashes, keymap, type Binding, type Command} from './keymap.js';

export type LoadedBindings = {bindings: Binding[]; problems: string[]; file: string};

export function keysConfigPath(): string {
	return path.join(configDir(), 'keys.json');
}

/** The keymap with the user's overrides; a broken override is reported and left out, never fatal. */
export function loadBindings(file = keysConfigPath()): LoadedBindings {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return {bindings: keymap, problems: [], file};
	}
	let overrides: unknown;
	try {
		overrides = JSON.parse(text);
	} catch (error) {
		return {bindings: keymap, problems: [`${file}: not valid JSON (${(error as Error).message}); default keys used`], file};
	}
	return applyOverrides(overrides, file);
}

export function applyOverrides(overrides: unknown, file: string): LoadedBindings {
	const problems: string[] = [];
	if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
		return {bindings: keymap, problems: [`${file}: expected an object of command → keys; default keys used`], file};
	}
	let bindings = keymap;
	for (const [command, keys] of Object.entries(overrides)) {
		if (!keymap.some(binding => binding.command === command)) {
			problems.push(`${file}: unknown command "${command}", ignored`);
			continue;
		}
		if (!Array.isArray(keys) || keys.length === 0 || !keys.every(key => typeof key === 'string' && key.length > 0)) {
			problems.push(`${file}: "${command}" needs a list of keys, ignored`);
			continue;
		}
		const next = bindings.map(binding => (binding.command === (command as Command) ? {...binding, keys: keys as string[]} : binding));
		const clash = clashes(next)[0];
		if (clash) {
			problems.push(`${file}: "${command}" would share ${clash.key} with ${clash.commands.find(c => c !== command)}, ignored`);
			continue;
		}
		bindings = next;
	}
	return {bindings, problems, file};
}
