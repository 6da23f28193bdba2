import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-control-regex': 'off',
			'no-misleading-character-class': 'off',
		},
	},
	{
		// The domain stays a plain library: it runs from scripts and benchmarks without a terminal.
		files: ['source/core/**'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{group: ['react', 'react/*', 'ink', 'ink-*'], message: 'source/core must not depend on the UI.'},
					{group: ['**/ui/**', '../ui/*', '../../ui/*'], message: 'source/core must not import from source/ui.'},
				],
			}],
		},
	},
);
