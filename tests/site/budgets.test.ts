import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { readPages, type BuiltPage } from '../support/built-site';

const distDir = inject('distDir');
const pages = readPages(distDir);
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const KB = 1024;

/** What a first visit to a page downloads besides pictures and fonts: its HTML, CSS and JavaScript, gzipped. */
function pageWeight(page: BuiltPage) {
	const file = (href: string) => readFileSync(`${distDir}${new URL(href, 'https://x').pathname}`);
	const css = page.document
		.querySelectorAll('link[rel="stylesheet"]')
		.reduce((total, link) => total + gz(file(link.getAttribute('href')!)), 0);
	const externalJs = page.document
		.querySelectorAll('script[src]')
		.reduce((total, script) => total + gz(file(script.getAttribute('src')!)), 0);
	const inlineJs = gz(
		page.document
			.querySelectorAll('script:not([src])')
			.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
			.map((s) => s.text)
			.join('\n'),
	);
	return { html: gz(page.html), css, js: externalJs + inlineJs };
}

const storyPages = pages.filter((p) => /^\/(th|en)\/(products|itineraries)\/[^/]+\/$/.test(p.path));

describe('budgets', () => {
	test.each(
		['/', '/th/', '/en/products/', '/th/provinces/', '/th/search/'].concat(
			storyPages.map((p) => p.path),
			['/th/provinces/yala/'],
		),
	)('%s: HTML + CSS + JS is at most 25 KB gzipped', (path) => {
		const weight = pageWeight(pages.find((p) => p.path === path)!);
		expect(weight.html + weight.css + weight.js).toBeLessThanOrEqual(25 * KB);
	});

	test('story pages carry at most 2 KB of JavaScript', () => {
		const heavy = storyPages
			.map((page) => ({ path: page.path, js: pageWeight(page).js }))
			.filter((p) => p.js > 2 * KB);
		expect(heavy).toEqual([]);
	});

	test('the first picture of a story page is at most 100 KB at phone width', () => {
		for (const page of storyPages) {
			const img = page.document.querySelector('article img')!;
			// The smallest source offered is what a phone downloads.
			const sources = page.document
				.querySelectorAll('article picture source')
				.map((s) => s.getAttribute('srcset')!.split(',')[0]!.trim().split(' ')[0]!);
			const first = sources[0] ?? img.getAttribute('src')!;
			const bytes = statSync(`${distDir}${new URL(first, 'https://x').pathname}`).size;
			expect([page.path, bytes <= 100 * KB]).toEqual([page.path, true]);
		}
	});

	test('only the Thai and Latin font files are shipped, and no page preloads a font it does not use', () => {
		const fonts = pages.flatMap((p) => p.html.match(/url\("?[^)"]+\.woff2"?\)/g) ?? []);
		expect(new Set(fonts).size).toBe(2);
		expect(
			pages.flatMap((p) => p.document.querySelectorAll('link[rel="preload"][as="font"]')),
		).toEqual([]);
	});
});
