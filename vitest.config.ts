import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// A temporary folder per run, which must be empty when the run ends (see the file).
		globalSetup: ['test/support/scratch-guard.ts'],
		// Pseudo-terminal tests spawn the real program; two cores, so keep the pool small.
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
