import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('language switch', () => {
	test('keeps the same product, both ways, with no console errors and no request to another host', async () => {
		const page = await browser.context.newPage();
		const watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/th/products/nan-silverware/`);
		expect(await page.getAttribute('html', 'lang')).toBe('th');
		const thaiTitle = await page.textContent('h1');

		await page.click('[data-language-switch]');
		await page.waitForURL(`${baseUrl}/en/products/nan-silverware/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		const englishTitle = await page.textContent('h1');
		expect(englishTitle).not.toBe(thaiTitle);

		await page.click('[data-language-switch]');
		await page.waitForURL(`${baseUrl}/th/products/nan-silverware/`);
		expect(await page.textContent('h1')).toBe(thaiTitle);

		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.close();
	});

	test('keeps the same journey and the same province', async () => {
		const page = await browser.context.newPage();
		const watch = watchPage(page, baseUrl);
		for (const path of ['/en/itineraries/nan-crafts-and-old-town/', '/en/provinces/nan/', '/en/']) {
			await page.goto(`${baseUrl}${path}`);
			await page.click('[data-language-switch]');
			await page.waitForURL(`${baseUrl}${path.replace('/en/', '/th/')}`);
			expect(await page.getAttribute('html', 'lang')).toBe('th');
		}
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.close();
	});

	test('the root offers both languages and each link opens that home', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${baseUrl}/`);
		await page.click('a[hreflang="en"]');
		await page.waitForURL(`${baseUrl}/en/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.close();
	});
});
