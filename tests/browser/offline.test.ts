import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchBrowser, useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();

/** The worker's cache: the project's prefix and the worker's scope (the test site is served at /). */
const CACHE = 'khong-dee-v2:/';
const worker = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
const MAX_ENTRIES = Number(/^const MAX_ENTRIES = (\d+);$/m.exec(worker)![1]);

/** Opens a page and waits until the service worker controls it. */
async function openControlled(
	path: string,
	context: BrowserContext = browser.context,
): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${baseUrl}${path}`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
		await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
	}
	return page;
}

/** Every address kept in the worker's cache. */
const cachedUrls = (page: Page): Promise<string[]> =>
	page.evaluate(
		async (name) => (await (await caches.open(name)).keys()).map((request) => request.url),
		CACHE,
	);

/** Polls `done` until it holds or `timeout` ms pass; the worker stores copies after the page has them. */
async function until(done: () => Promise<boolean>, timeout = 30_000): Promise<void> {
	const end = Date.now() + timeout;
	while (!(await done()) && Date.now() < end)
		await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Fetches a new address and waits until it is kept: the worker stores in turn, so all before it are stored too. */
async function settle(page: Page): Promise<void> {
	const marker = `/robots.txt?settled=${Date.now()}`;
	await page.evaluate((url) => fetch(url).then((r) => r.text()), marker);
	await until(async () => (await cachedUrls(page)).includes(`${baseUrl}${marker}`));
}

/** A Chromium of its own, for a test that needs a profile no other test has touched. */
async function withFreshBrowser(run: (context: BrowserContext) => Promise<void>): Promise<void> {
	const fresh = await launchBrowser();
	try {
		await run(fresh.context);
	} finally {
		await fresh.close();
	}
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
			expect(await page.$$eval('.route-map [data-stop]', (stops) => stops.length)).toBeGreaterThan(
				1,
			);
		} finally {
			await browser.context.setOffline(false);
		}
	});

	test('"Save for offline" keeps the journey and its GPX file', async () => {
		const page = await openControlled('/th/itineraries/yala-betong-and-bannang-sata/');
		await page.click('[data-save-offline] button');
		await page.waitForFunction(() =>
			/บันทึกแล้ว/.test(
				document.querySelector('[data-save-offline] [role="status"]')?.textContent ?? '',
			),
		);
		await browser.context.setOffline(true);
		try {
			const gpx = await page.evaluate(async () =>
				(await fetch('/th/itineraries/yala-betong-and-bannang-sata/route.gpx')).text(),
			);
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
		await settle(page);
		const kept = (await cachedUrls(page)).map((url) => new URL(url).pathname);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	});

	test('a page visited with many query strings is kept once, and opens offline with any other', async () => {
		const path = '/en/products/nan-silverware/';
		const page = await openControlled(path);
		const title = await page.textContent('h1');
		for (const query of ['?utm_source=a', '?utm_source=b', '?ref=news&lang=en', '?q=silver'])
			await page.goto(`${baseUrl}${path}${query}`);
		await settle(page);
		const copies = (await cachedUrls(page)).filter((url) => new URL(url).pathname === path);
		expect(copies).toEqual([`${baseUrl}${path}`]);
		await browser.context.setOffline(true);
		try {
			await page.goto(`${baseUrl}${path}?utm_source=never-seen`);
			expect(await page.textContent('h1')).toBe(title);
		} finally {
			await browser.context.setOffline(false);
		}
	});

	test(
		`keeps at most ${MAX_ENTRIES} entries, the oldest visited out first and a saved journey last`,
		{ timeout: 90_000 },
		async () => {
			await withFreshBrowser(async (context) => {
				const journey = '/en/itineraries/nan-crafts-and-old-town/';
				const page = await openControlled(journey, context);
				await page.click('[data-save-offline] button');
				await page.waitForFunction(() =>
					/^Saved/.test(
						document.querySelector('[data-save-offline] [role="status"]')?.textContent ?? '',
					),
				);
				const visits = MAX_ENTRIES + 50;
				await page.evaluate(async (count) => {
					for (let i = 0; i < count; i++) await (await fetch(`/robots.txt?visit=${i}`)).text();
				}, visits);
				const last = `${baseUrl}/robots.txt?visit=${visits - 1}`;
				let kept: string[] = [];
				await until(async () => {
					kept = await cachedUrls(page);
					return kept.includes(last) && kept.length <= MAX_ENTRIES;
				});
				expect(kept.length).toBe(MAX_ENTRIES);
				expect(kept).toContain(last);
				expect(kept).not.toContain(`${baseUrl}/robots.txt?visit=0`);
				expect(kept).toContain(`${baseUrl}${journey}`);
				expect(kept).toContain(`${baseUrl}${journey}route.gpx`);
			});
		},
	);

	test(
		'keeps no more bytes than its bound, the oldest out first',
		{ timeout: 90_000 },
		async () => {
			const pages = readdirSync(join(distDir, 'en/products'), { withFileTypes: true })
				.filter(
					(entry) =>
						entry.isDirectory() && existsSync(join(entry.parentPath, entry.name, 'index.html')),
				)
				.map((entry) => `/en/products/${entry.name}/`);
			const sizes = pages.map((path) => statSync(join(distDir, path, 'index.html')).size);
			const total = sizes.reduce((a, b) => a + b, 0);
			// A third of these pages' bytes, but never less than the largest page.
			const maxBytes = Math.max(Math.round(total / 3), ...sizes);
			await withFreshBrowser(async (context) => {
				// A page with no script of its own, so the site does not register the worker over ours.
				const page = await context.newPage();
				await page.goto(`${baseUrl}/robots.txt`);
				await page.evaluate(
					(bound) => navigator.serviceWorker.register(`/sw.js?max-bytes=${bound}`, { scope: '/' }),
					maxBytes,
				);
				await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
				await page.evaluate(async (paths) => {
					for (const path of paths) await (await fetch(path)).text();
				}, pages);
				const last = `${baseUrl}${pages.at(-1)}`;
				let kept: { url: string; bytes: number }[] = [];
				await until(async () => {
					kept = await page.evaluate(async (name) => {
						const cache = await caches.open(name);
						// The worker may evict an entry between keys() and match(): such an entry is no longer kept.
						const entries = await Promise.all(
							(await cache.keys()).map(async (request) => {
								const hit = await cache.match(request);
								return hit ? { url: request.url, bytes: (await hit.blob()).size } : undefined;
							}),
						);
						return entries.filter((entry) => entry !== undefined);
					}, CACHE);
					return (
						kept.some(({ url }) => url === last) &&
						kept.reduce((sum, { bytes }) => sum + bytes, 0) <= maxBytes
					);
				});
				expect(kept.reduce((sum, { bytes }) => sum + bytes, 0)).toBeLessThanOrEqual(maxBytes);
				expect(kept.map(({ url }) => url)).toContain(last);
				expect(kept.map(({ url }) => url)).not.toContain(`${baseUrl}${pages[0]}`);
			});
		},
	);

	test(
		"another project's caches, and this project's under another scope, survive the worker's activation",
		{ timeout: 90_000 },
		async () => {
			await withFreshBrowser(async (context) => {
				// Before the worker is installed: a page of the origin that does not register it.
				const before = await context.newPage();
				await before.goto(`${baseUrl}/robots.txt`);
				await before.evaluate(async () => {
					for (const name of [
						'other-project',
						'khong-dee-v2:/other-repo/',
						'khong-dee-v1',
						'khong-dee-v1:/',
					]) {
						await (await caches.open(name)).put('/other-project/', new Response(`kept by ${name}`));
					}
				});
				const page = await openControlled('/en/', context);
				const names = await page.evaluate(() => caches.keys());
				expect(names).toContain('other-project');
				expect(names).toContain('khong-dee-v2:/other-repo/');
				// Our own older caches for this scope are gone.
				expect(names).not.toContain('khong-dee-v1');
				expect(names).not.toContain('khong-dee-v1:/');
				expect(
					await page.evaluate(async () =>
						(await (await caches.open('other-project')).match('/other-project/'))?.text(),
					),
				).toBe('kept by other-project');
			});
		},
	);
});
