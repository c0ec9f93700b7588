/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Test files that build the site from content of their own (tests/support/fixture-build.ts). */
const buildFiles = [
	'tests/site/broken-builds.test.ts',
	'tests/site/fixture-builds.test.ts',
	'tests/site/base-path-build.test.ts',
	'tests/site/build-swap.test.ts',
	'tests/site/hostile-builds.test.ts',
];

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
					sequence: { groupOrder: 0 },
				},
			},
			// The built site and a real browser: the site is built once, served on 127.0.0.1, then checked.
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					exclude: buildFiles,
					globalSetup: ['tests/site-setup.ts'],
					sequence: { groupOrder: 0 },
				},
			},
			// Files that run whole builds of their own content. They run beside the others (the main
			// build is done before any file starts), one build at a time (tests/support/build-lock.ts):
			// every Astro build writes the project's .astro/ (content modules, picture imports).
			{
				extends: true,
				test: {
					name: 'builds',
					include: buildFiles,
					sequence: { groupOrder: 0 },
				},
			},
		],
	},
});
