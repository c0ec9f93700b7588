/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 300_000,
		// Two files at a time even on two cores (Vitest's default there is one): much of the suite
		// waits on a build, Chromium or Java in another process.
		maxWorkers: 2,
		projects: [
			// Pure logic and content rules: no build needed. They share one module cache (no file
			// changes a module's state or the environment), which saves loading Astro's and Vite's
			// modules again for every file.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					isolate: false,
				},
			},
			// The built site and a real browser: the site is built once, served on 127.0.0.1, then checked.
			// Files that build content of their own (tests/support/fixture-build.ts) run here too, one
			// build at a time (tests/support/build-lock.ts): every Astro build writes .astro/.
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['tests/site-setup.ts'],
				},
			},
		],
	},
});
