import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { replaceIn } from '../support/broken-cases';
import { useBrowser, watchPage } from '../support/browser';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import {
	addHostileStories,
	evilHost,
	hostileSlug,
	hostileStories,
} from '../support/hostile-stories';
import { serveDir, type StaticServer } from '../../scripts/static-server.mjs';

const inert = hostileStories.filter((story) => story.expect === 'inert');

/**
 * One real `npm run build` of the bundled content with every edge case that must publish: an MDX
 * story with components, a missing translation, a photograph as a cover, and the hostile stories
 * that only look dangerous. Each touches its own product, so one build serves them all.
 */
let build: FixtureBuild;
const page = (path: string) => parse(readFileSync(join(build.distDir, path, 'index.html'), 'utf8'));

beforeAll(async () => {
	build = await buildFixture(async (content) => {
		// First, while nan-silverware is as bundled: the hostile stories are copies of its folder.
		addHostileStories(content, inert);

		const silver = join(content, 'products/nan-silverware');
		const story = readFileSync(join(silver, 'index.en.md'), 'utf8');
		rmSync(join(silver, 'index.en.md'));
		writeFileSync(
			join(silver, 'index.en.mdx'),
			`${story}\n<Quote cite="A test fixture">Silver keeps its shine.</Quote>\n\n<YouTube id="abcdefghijk" title="A test video" />\n`,
		);

		rmSync(join(content, 'products/nan-chiang-da-tea/index.en.md'));

		const batik = join(content, 'products/phuket-batik');
		const sharp = (await import('sharp')).default;
		await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#8a5a2b' } })
			.jpeg()
			.toFile(join(batik, 'photo.jpg'));
		replaceIn(join(batik, 'facts.yaml'), './cover.svg', './photo.jpg');
		replaceIn(join(batik, 'facts.yaml'), 'illustration: true', 'illustration: false');
	});
	expect(build.status, build.output).toBe(0);
}, 300_000);

describe('a build of content with edge cases', () => {
	test('replaces the last good site with the new one', () => {
		expect(existsSync(join(build.distDir, 'previous-build.txt'))).toBe(false);
		expect(existsSync(join(build.distDir, 'en/index.html'))).toBe(true);
	});
});

describe('a story in MDX', () => {
	test('renders the allowed components, and the video loads nothing until it is played', () => {
		const story = page('en/products/nan-silverware');
		expect(story.querySelector('.story-quote blockquote')!.text).toContain(
			'Silver keeps its shine.',
		);
		expect(story.querySelector('[data-youtube="abcdefghijk"] button')).not.toBeNull();
		expect(story.querySelectorAll('iframe')).toHaveLength(0);
	});
});

describe('a province with more products than a product page shows', () => {
	test('a product page shows six of the others and links to the province page, which lists them all', () => {
		// The hostile stories are copies of Nan silverware, so Nan has many products here.
		const nan = readdirSync(join(build.contentDir, 'products')).filter((slug) =>
			/^province: nan$/m.test(
				readFileSync(join(build.contentDir, 'products', slug, 'facts.yaml'), 'utf8'),
			),
		);
		expect(nan.length).toBeGreaterThan(7);
		const more = page('en/products/nan-silverware').querySelector(
			'section[aria-labelledby="more"]',
		)!;
		const shown = more.querySelectorAll('.grid > li a').map((a) => a.getAttribute('href'));
		expect(new Set(shown).size).toBe(6);
		expect(shown).not.toContain('/en/products/nan-silverware/');
		const all = more.querySelector('.more a')!;
		expect(all.getAttribute('href')).toBe('/en/provinces/nan/');
		expect(all.text).toContain(`All ${nan.length} products from Nan`);
		const listed = page('en/provinces/nan')
			.querySelectorAll('a[href^="/en/products/"]')
			.map((a) => a.getAttribute('href'));
		for (const slug of nan) expect(listed).toContain(`/en/products/${slug}/`);
	});
});

describe('a missing translation', () => {
	test('publishes the page in both languages, the missing one with the other text and a notice', () => {
		expect(build.output).toContain('translation missing: ');
		expect(build.output).toContain('products/nan-chiang-da-tea/index.en.md');
		const story = page('en/products/nan-chiang-da-tea');
		expect(story.querySelector('html')!.getAttribute('lang')).toBe('en');
		expect(story.querySelector('[data-fallback-notice]')!.text).toContain(
			'no English translation yet',
		);
		expect(story.querySelector('h1')!.getAttribute('lang')).toBe('th');
		// The switch still leads to the Thai page, which exists.
		expect(story.querySelector('[data-language-switch]')!.getAttribute('href')).toBe(
			'/th/products/nan-chiang-da-tea/',
		);
	});
});

describe('a photograph as a cover', () => {
	test('is served as AVIF and WebP at phone-to-desktop widths, with its size and the first one eager', () => {
		const story = page('en/products/phuket-batik');
		const picture = story.querySelector('article picture')!;
		const types = picture.querySelectorAll('source').map((s) => s.getAttribute('type'));
		expect(types).toEqual(['image/avif', 'image/webp']);
		expect(picture.querySelector('source')!.getAttribute('srcset')).toMatch(/360w.*720w.*1080w/);
		const img = picture.querySelector('img')!;
		expect(img.getAttribute('width')).toBeTruthy();
		expect(img.getAttribute('height')).toBeTruthy();
		expect(img.getAttribute('loading')).toBe('eager');
		expect(img.getAttribute('fetchpriority')).toBe('high');
		// Cards further down load lazily.
		expect(
			story.querySelectorAll('.card img').every((i) => i.getAttribute('loading') === 'lazy'),
		).toBe(true);
	});
});

describe('stories that only look dangerous', () => {
	const browser = useBrowser();
	let server: StaticServer | undefined;
	afterAll(() => server?.close());

	test('are published, and inert in Chromium: no dialog, no other host, no navigation, no handler or script URL', async () => {
		server = await serveDir(build.distDir);
		const { origin } = server;
		for (const [index, story] of inert.entries()) {
			const tab = await browser.context.newPage();
			try {
				const watch = watchPage(tab, origin);
				const dialogs: string[] = [];
				tab.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
				const url = `${origin}/en/products/${hostileSlug(index)}/`;
				await tab.goto(url, { waitUntil: 'load' });
				await tab.waitForTimeout(200);
				const unsafe = await tab.evaluate(() =>
					[...document.querySelectorAll('*')].flatMap((element) =>
						[...element.attributes]
							.filter(
								(a) =>
									/^on/i.test(a.name) ||
									// The scheme as the browser itself reads it (tabs, case and spaces undone).
									(['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) &&
										['javascript:', 'data:', 'vbscript:'].includes(
											new URL(a.value, location.href).protocol,
										)) ||
									a.name === 'srcdoc',
							)
							.map((a) => `${element.tagName} ${a.name}`),
					),
				);
				const prose = await tab.locator('.prose').innerHTML();
				expect({
					story: story.name,
					dialogs,
					foreign: watch.foreignRequests,
					url: tab.url(),
					unsafe,
				}).toEqual({ story: story.name, dialogs: [], foreign: [], url, unsafe: [] });
				expect(prose.trim().length, story.name).toBeGreaterThan(0);
				expect(watch.foreignRequests.join(' ')).not.toContain(evilHost);
			} finally {
				await tab.close();
			}
		}
		const table = page(
			`en/products/${hostileSlug(inert.findIndex((s) => s.name.startsWith('an aligned table')))}`,
		);
		expect(table.toString()).toContain('class="align-left"');
	}, 120_000);
});
