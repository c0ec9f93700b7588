import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { replaceIn } from '../support/broken-cases';
import { existsInDist, readPages } from '../support/built-site';
import { buildFixture } from '../support/fixture-build';

describe('a build with bad content', () => {
	test('stops, names the file, the field and the bad value, and leaves dist/ as it was', async () => {
		const build = await buildFixture((content) =>
			replaceIn(
				join(content, 'products/nan-silverware/facts.yaml'),
				/^province: nan$/m,
				'province: nann',
			),
		);
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(
			/products\/nan-silverware\/facts\.yaml(:\d+)? — province — unknown province "nann"/,
		);
		expect(build.output).toContain('nothing was published');
		expect(readdirSync(build.distDir)).toEqual(['previous-build.txt']);
		expect(existsSync(`${build.distDir}.next`)).toBe(false);
	});

	test('stops on a picture without English alt text, naming the field', async () => {
		const build = await buildFixture((content) =>
			replaceIn(join(content, 'products/nan-chiang-da-tea/facts.yaml'), /^ {4}en: .*$/m, ''),
		);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('nan-chiang-da-tea');
		expect(build.output).toContain('image.alt.en');
		expect(readdirSync(build.distDir)).toEqual(['previous-build.txt']);
	});
});

describe('a story in MDX', () => {
	test('renders the allowed components, and the video loads nothing until it is played', async () => {
		const build = await buildFixture((content) => {
			const folder = join(content, 'products/nan-silverware');
			const story = readFileSync(join(folder, 'en.md'), 'utf8');
			rmSync(join(folder, 'en.md'));
			writeFileSync(
				join(folder, 'en.mdx'),
				`${story}\n<Quote cite="A test fixture">Silver keeps its shine.</Quote>\n\n<YouTube id="abcdefghijk" title="A test video" />\n`,
			);
		});
		expect(build.status, build.output).toBe(0);
		const page = parse(
			readFileSync(join(build.distDir, 'en/products/nan-silverware/index.html'), 'utf8'),
		);
		expect(page.querySelector('.story-quote blockquote')!.text).toContain(
			'Silver keeps its shine.',
		);
		expect(page.querySelector('[data-youtube="abcdefghijk"] button')).not.toBeNull();
		expect(page.querySelectorAll('iframe')).toHaveLength(0);
	});

	test('with a script or an import from outside the allowlist stops the build', async () => {
		const build = await buildFixture((content) => {
			const folder = join(content, 'products/nan-silverware');
			const story = readFileSync(join(folder, 'en.md'), 'utf8');
			rmSync(join(folder, 'en.md'));
			writeFileSync(join(folder, 'en.mdx'), `${story}\n<script>alert(1)</script>\n`);
		});
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(
			/products\/nan-silverware\/en\.mdx(:\d+)? — \(story\) — <script> is not allowed in stories/,
		);
		expect(readdirSync(build.distDir)).toEqual(['previous-build.txt']);
	});
});

describe('a build with a missing translation', () => {
	test('publishes the page in both languages, the missing one with the other text and a notice', async () => {
		const build = await buildFixture((content) =>
			rmSync(join(content, 'products/nan-silverware/en.md')),
		);
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('translation missing: ');
		expect(build.output).toContain('products/nan-silverware/en.md');
		const page = parse(
			readFileSync(join(build.distDir, 'en/products/nan-silverware/index.html'), 'utf8'),
		);
		expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
		expect(page.querySelector('[data-fallback-notice]')!.text).toContain(
			'no English translation yet',
		);
		expect(page.querySelector('h1')!.getAttribute('lang')).toBe('th');
		// The switch still leads to the Thai page, which exists.
		expect(page.querySelector('[data-language-switch]')!.getAttribute('href')).toBe(
			'/th/products/nan-silverware/',
		);
		expect(existsSync(join(build.distDir, 'previous-build.txt'))).toBe(false);
	});
});

describe('a build for a GitHub project page', () => {
	test('puts every page, link and asset under the base path set in BASE_PATH', async () => {
		const build = await buildFixture(() => undefined, {
			BASE_PATH: '/khong-dee/',
			SITE_URL: 'https://example.github.io',
		});
		expect(build.status, build.output).toBe(0);
		const pages = readPages(build.distDir);
		const refs = pages.flatMap((page) =>
			[...page.document.querySelectorAll('a[href], link[href], img[src], script[src]')].map(
				(el) => ({ page: page.path, ref: el.getAttribute('href') ?? el.getAttribute('src')! }),
			),
		);
		const internal = refs.filter(({ ref }) => ref.startsWith('/') && !ref.startsWith('//'));
		expect(internal.length).toBeGreaterThan(1000);
		expect(internal.filter(({ ref }) => !ref.startsWith('/khong-dee/'))).toEqual([]);
		const broken = internal.filter(
			({ ref }) =>
				!existsInDist(
					build.distDir,
					new URL(ref, 'https://x').pathname.replace(/^\/khong-dee/, ''),
				),
		);
		expect(broken).toEqual([]);
		expect(readFileSync(join(build.distDir, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://example.github.io/khong-dee/sitemap-index.xml',
		);
		const canonical = pages
			.find((p) => p.path === '/en/products/nan-silverware/')!
			.document.querySelector('link[rel="canonical"]')!
			.getAttribute('href');
		expect(canonical).toBe('https://example.github.io/khong-dee/en/products/nan-silverware/');
	});
});

describe('a photograph as a cover', () => {
	test('is served as AVIF and WebP at phone-to-desktop widths, with its size and the first one eager', async () => {
		const build = await buildFixture(async (content) => {
			const folder = join(content, 'products/nan-silverware');
			const sharp = (await import('sharp')).default;
			await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#8a5a2b' } })
				.jpeg()
				.toFile(join(folder, 'photo.jpg'));
			replaceIn(join(folder, 'facts.yaml'), './cover.svg', './photo.jpg');
			replaceIn(join(folder, 'facts.yaml'), 'illustration: true', 'illustration: false');
		});
		expect(build.status, build.output).toBe(0);
		const page = parse(
			readFileSync(join(build.distDir, 'en/products/nan-silverware/index.html'), 'utf8'),
		);
		const picture = page.querySelector('article picture')!;
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
			page.querySelectorAll('.card img').every((i) => i.getAttribute('loading') === 'lazy'),
		).toBe(true);
	});
});
