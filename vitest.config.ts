import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Terminal and subprocess tests share two cores with everything else: keep them from piling up.
		maxWorkers: 2,
	},
});
