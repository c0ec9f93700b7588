// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, fontProviders } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { browserEditorFiles } from './src/integrations/browser-editor.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { incrementalGuard } from './src/integrations/incremental-guard.ts';
import { buildCacheDir } from './src/lib/build-dirs.ts';
import { cspAlgorithm, cspDirectives } from './src/lib/csp.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { anuphanFile } from './src/lib/fonts.ts';
import {
	storyMarkdownOptions,
	storyProcessor,
	storyRulesCode,
} from './src/story-policy/processor.ts';

/**
 * The public origin of the site: the one setting for canonical URLs, sitemap and share images.
 * NODE_ENV is always `production` here (Astro sets it): scripts/build.mjs refuses a publishing
 * build without SITE_URL before Astro starts.
 */
const site = siteUrl({ SITE_URL: process.env.SITE_URL });
/** The path the site lives under: `/` on its own domain, `/<repository>/` as a GitHub project page. */
const base = process.env.BASE_PATH ?? '/';

/** Anuphan (Cadson Demak, OFL) covers Thai and Latin; served from our own origin, never a font CDN. */
const anuphan = (
	/** @type {import('./src/lib/fonts.ts').AnuphanSubset} */ subset,
	/** @type {[string, ...string[]]} */ unicodeRange,
) => ({
	src: /** @type {[string]} */ ([anuphanFile(subset)]),
	weight: '100 700',
	style: /** @type {const} */ ('normal'),
	unicodeRange,
});

/** The story rules, and their code's hash as a setting Astro's config digests can see (src/story-policy/processor.ts). */
const stories = storyProcessor(undefined, base);
Object.assign(stories.options, {
	storyRulesCode: storyRulesCode(fileURLToPath(new URL('.', import.meta.url))),
});

export default defineConfig({
	site,
	base,
	// `npm run build` builds into a fresh folder and swaps it in only on success (scripts/build.mjs).
	outDir: process.env.KHONGDEE_OUT_DIR ?? 'dist',
	cacheDir: buildCacheDir(),
	trailingSlash: 'always',
	// Four pages at once: while one waits for sharp to draw a share image, others render
	// (1,000 products, cold: pages and share images 29 s instead of 42 s with one at a time).
	build: { format: 'directory', concurrency: 4 },
	experimental: {
		// A page whose content key (src/lib/page-keys.ts) and code are what they were in the last
		// build is copied from it instead of rendered: a warm build or one story changed renders
		// only what changed. Astro keeps the copies in the build cache (`dist/` there);
		// src/integrations/incremental-guard.ts drops them after a build that did not finish.
		incrementalBuild: true,
	},
	// SVG illustrations come only from this repository (reviewed in git), never from visitors;
	// rasterizing them is needed for share images, which social sites want as JPEG.
	image: { dangerouslyProcessSVG: true },
	// Defence in depth: a page runs only the scripts Astro hashed (no 'unsafe-inline'), and loads
	// nothing from another host. The policy and why is in src/lib/csp.ts; the search page adds
	// 'wasm-unsafe-eval' for pagefind, and src/integrations/finish-pages.ts writes the same policy to _headers.
	security: {
		csp: {
			algorithm: cspAlgorithm,
			directives: [...cspDirectives],
			// Named, so that a page adding a source (search: 'wasm-unsafe-eval') keeps 'self'.
			scriptDirective: { resources: ["'self'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	// Stories are untrusted: they render through the story rules (src/story-policy/), which refuse
	// anything outside their allowlists before any page or code is generated. MDX uses the same processor.
	markdown: { processor: stories, ...storyMarkdownOptions },
	i18n: {
		locales: ['th', 'en'],
		defaultLocale: 'th',
		// `/` is our own language chooser, not a redirect.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	fonts: [
		{
			provider: fontProviders.local(),
			name: 'Anuphan',
			cssVariable: '--font-anuphan',
			fallbacks: ['sans-serif'],
			options: {
				variants: [
					anuphan('thai', ['U+02D7', 'U+0303', 'U+0331', 'U+0E01-0E5B', 'U+200C-200D', 'U+25CC']),
					anuphan('latin', [
						'U+0000-00FF',
						'U+0131',
						'U+0152-0153',
						'U+02BB-02BC',
						'U+02C6',
						'U+02DA',
						'U+02DC',
						'U+0304',
						'U+0308',
						'U+0329',
						'U+2000-206F',
						'U+20AC',
						'U+2122',
						'U+2191',
						'U+2193',
						'U+2212',
						'U+2215',
						'U+FEFF',
						'U+FFFD',
					]),
				],
			},
		},
	],
	integrations: [
		// Content may not reach outside content/ (symbolic links are refused) nor carry live SVG: every
		// .svg under content/ meets src/check/svg-policy.ts when Vite loads it, even if the check was skipped.
		contentGuard(),
		// A build that stopped halfway leaves page copies the incremental build must not reuse.
		incrementalGuard(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'th', locales: { th: 'th', en: 'en' } },
			// The root chooser, 404 and the browser editor are not pages to rank.
			filter: (page) =>
				![new URL(base, site).pathname, new URL('admin/', new URL(base, site)).pathname].includes(
					new URL(page).pathname,
				),
		}),
		// One pass over the written pages: the search index, Thai word breaks as <wbr>, and the CSP.
		finishPages(),
		// The browser editor at /admin/ (Decap CMS): its files from node_modules, and its local server in dev.
		browserEditorFiles(),
	],
});
