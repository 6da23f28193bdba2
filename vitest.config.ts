import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Waits end when their event happens; these limits only hold on a loaded machine (test/helpers/patience.ts).
		testTimeout: 180_000,
		hookTimeout: 60_000,
		// Terminal and subprocess tests share two cores with everything else: keep them from piling up.
		maxWorkers: 2,
	},
});
