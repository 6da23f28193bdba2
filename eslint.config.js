import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default [
	{ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-control-regex': 'off',
			'no-misleading-character-class': 'off',
			// Spreading an array into a call's arguments puts every element on the stack: past
			// ~100k elements it throws "Maximum call stack size exceeded". Loop, or spread a literal.
			'no-restricted-syntax': ['error',
				{
					selector: ':matches(CallExpression, NewExpression) > SpreadElement:not([argument.type="ArrayExpression"])',
					message: 'Spreading an array into arguments overflows the stack for large arrays: use a loop (pushAll, maxOf) instead.',
				},
			],
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
];
