// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'content/',
			'dist/',
			'dist.*/',
			'node_modules/',
			'tests/.output/',
			'.astro/',
			'.scratch/',
			// The benchmark's generated catalogues and their builds (scripts/bench/).
			'.bench/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node } } },
	// The service worker runs in the browser's worker scope, not in Node.
	{ files: ['public/sw.js'], languageOptions: { globals: { ...globals.serviceworker } } },
	// Scripts shipped to the page.
	{
		files: ['src/browser/**/*.ts', 'src/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
	// The bench and the screenshots drive a browser: their page.evaluate() callbacks run in the page.
	{
		files: ['scripts/bench/**/*.mjs', 'scripts/screenshots.mjs'],
		languageOptions: { globals: { ...globals.browser } },
	},
	// An unused binding named with a leading underscore is deliberate (a field left out of a copy).
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
);
