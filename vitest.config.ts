/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 300_000,
		projects: [
			// Pure logic and content rules: no build needed.
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
			},
			// The built site and a real browser: the site is built once, served on 127.0.0.1, then checked.
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
