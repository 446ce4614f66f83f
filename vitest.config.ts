import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Pseudo-terminal tests spawn the real program; two cores, so keep the pool small.
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
