import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {clashes, commandFor, keymap, keymapMarkdown, type Binding} from '../../source/ui/keymap.js';
import {root} from '../helpers/cli.js';

describe('keymap', () => {
	it('gives every command at least one key and a description', () => {
		for (const binding of keymap) {
			expect(binding.keys.length, binding.command).toBeGreaterThan(0);
			expect(binding.description.length, binding.command).toBeGreaterThan(3);
		}
		expect(new Set(keymap.map(b => b.command)).size).toBe(keymap.length);
	});

	it('has no key that runs two commands in one scope, nor one that shadows an always-key', () => {
		expect(clashes(keymap)).toEqual([]);
		const always = keymap.filter(b => b.scope === 'always').flatMap(b => b.keys);
		for (const binding of keymap.filter(b => b.scope !== 'always')) {
			for (const key of binding.keys) expect(always, `${binding.command} ${key}`).not.toContain(key);
		}
	});

	it('finds a clash when there is one', () => {
		const broken: Binding[] = [...keymap, {command: 'undo', keys: ['a'], description: 'x', group: 'App', scope: 'list'}];
		expect(clashes(broken)).toEqual([{scope: 'list', key: 'a', commands: ['request.accept', 'undo']}]);
	});

	it('needs no AltGr on a German keyboard', () => {
		const altGr = ['@', '€', '{', '}', '[', ']', '\\', '~', '|', 'µ', '²', '³'];
		for (const binding of keymap) for (const key of binding.keys) expect(altGr, binding.command).not.toContain(key);
	});

	it('prefers the most specific scope', () => {
		expect(commandFor('escape', ['always', 'help'])).toBe('help.close');
		expect(commandFor('escape', ['always', 'list'])).toBe('mark.clear');
		expect(commandFor('ctrl+c', ['always', 'prompt'])).toBe('app.interrupt');
		expect(commandFor('a', ['always', 'prompt'])).toBeUndefined();
	});

	it('is the key table in the README', async () => {
		const readme = await readFile(path.join(root, 'README.md'), 'utf8');
		expect(readme).toContain(keymapMarkdown());
	});
});
