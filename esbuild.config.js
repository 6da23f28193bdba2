// Bundles the CLI into one file: start-up skips resolving hundreds of modules
// and React runs its production build.
import {build} from 'esbuild';

await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	// Chunks per path (inbox, commands): a start loads only the code it runs.
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Ink imports its devtools only when DEV is set; the module is not installed.
	external: ['./devtools.js', 'react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: [
			// Only the entry is executed directly; in chunks a hashbang line is allowed and inert.
			'#!/usr/bin/env node',
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	logLevel: 'warning',
});
