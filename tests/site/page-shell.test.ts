import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type BuiltPage } from '../support/built-site';

// The root chooser and the 404 page are written into the same shell as every other page
// (src/layouts/PageShell.astro), and the 404 gives a lost reader a way on.
const distDir = inject('distDir');
let pages: BuiltPage[];
let byPath: Map<string, BuiltPage>;

beforeAll(() => {
	pages = readPages(distDir);
	byPath = new Map(pages.map((p) => [p.path, p]));
});

const hrefs = (root: HTMLElement, selector: string) =>
	root.querySelectorAll(selector).map((el) => el.getAttribute('href'));

describe('the page shell', () => {
	test('every page, the root and the 404 included, has the same head and a skip link to its main', () => {
		const problems: string[] = [];
		const required = [
			'meta[name="viewport"]',
			'meta[name="theme-color"]',
			'link[rel="icon"]',
			'link[rel="sitemap"]',
			'meta[name="referrer"]',
			'a.skip-link[href="#main"]',
			'main#main',
		];
		for (const page of pages) {
			for (const selector of required) {
				if (page.document.querySelectorAll(selector).length !== 1)
					problems.push(`${page.path}: not one ${selector}`);
			}
			const styles = page.document.querySelectorAll('head style').map((s) => s.rawText);
			if (!styles.some((css) => css.includes('--font-anuphan:')))
				problems.push(`${page.path}: no self-hosted font`);
		}
		expect(problems).toEqual([]);
		expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html']));
	});
});

describe('the 404 page', () => {
	const notFound = () => byPath.get('/404.html')!.document;

	test('has the site header with its search box', () => {
		const header = notFound().querySelector('header.site-header');
		expect(header).not.toBeNull();
		const form = header!.querySelector('form[role="search"]');
		expect(form?.getAttribute('action')).toBe('/th/search/');
		expect(form?.querySelector('input[name="q"]')).not.toBeNull();
	});

	test('links home in both languages, and its language switch opens the other home', () => {
		const main = notFound().querySelector('main')!;
		for (const lang of ['th', 'en']) {
			const section = main.querySelector(`section[lang="${lang}"]`);
			expect(section?.querySelector('h1')?.text.trim()).toBeTruthy();
			expect(hrefs(section!, 'a')).toContain(`/${lang}/`);
			expect(hrefs(section!, 'a')).toContain(`/${lang}/search/`);
		}
		expect(hrefs(notFound(), '[data-language-switch]')).toEqual(['/en/']);
	});

	test('has the site footer', () => {
		expect(notFound().querySelector('footer.site-footer')).not.toBeNull();
	});
});

describe('the root chooser', () => {
	test('offers each language, in its own language, linking to its home', () => {
		const links = byPath
			.get('/')!
			.document.querySelectorAll('main li')
			.map((li) => [
				li.getAttribute('lang'),
				li.querySelector('a')?.getAttribute('hreflang'),
				li.querySelector('a')?.getAttribute('href'),
			]);
		expect(links).toEqual([
			['th', 'th', '/th/'],
			['en', 'en', '/en/'],
		]);
	});
});
