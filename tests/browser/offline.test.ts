import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();


/** Opens a page and waits until the service worker controls it. */
async function openControlled(path: string): Promise<Page> {
	const page = await browser.context.newPage();
	await page.goto(`${baseUrl}${path}`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
		await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
	}
	return page;
}

describe('offline reading', () => {
	test('a journey visited once opens again with the network off', async () => {
		const page = await openControlled('/en/itineraries/nan-crafts-and-old-town/');
		await page.reload(); // now fetched through the service worker, which keeps it
		const title = await page.textContent('h1');
		await browser.context.setOffline(true);
		try {
			await page.reload();
			expect(await page.textContent('h1')).toBe(title);
			expect(await page.$$eval('.route-map [data-stop]', (stops) => stops.length)).toBeGreaterThan(1);
		} finally {
			await browser.context.setOffline(false);
		}
	});

	test('"Save for offline" keeps the journey and its GPX file', async () => {
		const page = await openControlled('/th/itineraries/yala-betong-and-bannang-sata/');
		await page.click('[data-save-offline] button');
		await page.waitForFunction(() => /บันทึกแล้ว/.test(document.querySelector('[data-save-offline] [role="status"]')?.textContent ?? ''));
		await browser.context.setOffline(true);
		try {
			const gpx = await page.evaluate(async () => (await fetch('/th/itineraries/yala-betong-and-bannang-sata/route.gpx')).text());
			expect(gpx).toContain('<gpx');
			await page.reload();
			expect(await page.getAttribute('html', 'lang')).toBe('th');
		} finally {
			await browser.context.setOffline(false);
		}
	});

	test('the search index is never kept', async () => {
		const page = await openControlled('/en/search/?q=silver');
		await page.waitForSelector('[data-search-results] li');
		const kept = await page.evaluate(async () => (await (await caches.open('khong-dee-v1')).keys()).map((r) => new URL(r.url).pathname));
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	});
});
