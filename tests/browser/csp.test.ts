import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const product = readdirSync('content/products').sort()[0]!;
const journey = readdirSync('content/itineraries').sort()[0]!;

declare global {
	interface Window {
		/** Every `securitypolicyviolation` the page fired, recorded from before its first script. */
		cspViolations: string[];
	}
}

beforeAll(async () => {
	await browser.context.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(event) =>
				window.cspViolations.push(
					`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
				),
			true,
		);
	});
});

/** Opens `path`, lets `after` act on it, and returns every CSP violation and CSP console message. */
async function violationsOn(
	path: string,
	after?: (page: Page) => Promise<void>,
): Promise<string[]> {
	const page = await browser.context.newPage();
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text()))
			messages.push(`console: ${message.text()}`);
	});
	const watch = watchPage(page, baseUrl);
	try {
		const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
		expect(response?.ok(), path).toBe(true);
		await after?.(page);
		// Late scripts (the service worker's registration runs on load) have had their turn.
		await page.waitForTimeout(100);
		const fired = await page.evaluate(() => window.cspViolations);
		return [
			...fired,
			...messages,
			...watch.errors.filter((e) => /Content.Security.Policy/i.test(e)),
		];
	} finally {
		await page.close();
	}
}

/** Waits for the search page to finish a search and returns how many results it shows. */
async function searchResults(page: Page): Promise<number> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status !== '' && !/Searching|กำลังค้นหา/.test(status);
	});
	return page.locator('[data-search-results] li').count();
}

const paths = ['/', '/404.html'];
for (const lang of ['th', 'en']) {
	paths.push(
		`/${lang}/`,
		`/${lang}/products/`,
		`/${lang}/products/${product}/`,
		`/${lang}/provinces/`,
		`/${lang}/provinces/nan/`,
		`/${lang}/itineraries/`,
		`/${lang}/itineraries/${journey}/`,
	);
}

describe('the Content-Security-Policy in Chromium', () => {
	test.each(paths)('%s runs with no violation', async (path) => {
		expect(await violationsOn(path)).toEqual([]);
	});

	test.each([
		['en', 'silver'],
		['th', 'เงิน'],
	])(
		'/%s/search/?q=%s loads pagefind (WebAssembly) with no violation and shows results',
		async (lang, query) => {
			let results = 0;
			const violations = await violationsOn(
				`/${lang}/search/?q=${encodeURIComponent(query)}`,
				async (page) => {
					results = await searchResults(page);
					// The shared link's class was set by the inline script before the first paint.
					expect(
						await page.evaluate(() => document.documentElement.classList.contains('has-search')),
					).toBe(true);
				},
			);
			expect(violations).toEqual([]);
			expect(results).toBeGreaterThan(0);
		},
	);

	test('the service worker registers under the policy', async () => {
		const violations = await violationsOn(`/en/itineraries/${journey}/`, async (page) => {
			await page.evaluate(() => navigator.serviceWorker.ready);
			// "Save for offline" appears only where a worker can do the saving: its script ran.
			await page.locator('[data-save-offline]').waitFor({ state: 'visible' });
		});
		expect(violations).toEqual([]);
	});

	test('a frame may come from youtube-nocookie.com only, as the video player makes it', async () => {
		const page = await browser.context.newPage();
		// No request leaves the machine: the player's address answers with an empty page.
		await page.route(
			(url) => url.protocol === 'https:',
			(route) =>
				route.fulfill({
					status: 200,
					contentType: 'text/html',
					body: '<!doctype html><title>player</title>',
				}),
		);
		try {
			await page.goto(`${baseUrl}/en/products/${product}/`);
			const blocked = await page.evaluate(async () => {
				const frame = (src: string) =>
					new Promise<void>((resolve) => {
						const iframe = document.createElement('iframe');
						iframe.src = src;
						iframe.addEventListener('load', () => resolve());
						document.body.append(iframe);
						setTimeout(resolve, 2000);
					});
				await frame('https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1');
				await frame('https://www.youtube.com/embed/abcdefghijk');
				return window.cspViolations;
			});
			expect(blocked).toHaveLength(1);
			expect(blocked[0]).toMatch(/^frame-src blocked https:\/\/www\.youtube\.com\b/);
		} finally {
			await page.close();
		}
	});

	test('an inline script a story might smuggle in does not run', async () => {
		const page = await browser.context.newPage();
		try {
			await page.goto(`${baseUrl}/en/products/${product}/`);
			const result = await page.evaluate(async () => {
				// As if it had been in the HTML: a parser-inserted script and an event-handler attribute.
				const html =
					'<script>window.ran = true</script><img src="/favicon.svg" onload="window.ran = true" alt="">';
				const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
				document.body.append(
					...[...doc.body.childNodes].map((node) => document.importNode(node, true)),
				);
				const script = document.createElement('script');
				script.textContent = 'window.ran = true';
				document.body.append(script);
				await new Promise((resolve) => setTimeout(resolve, 500));
				return {
					ran: (window as unknown as { ran?: boolean }).ran ?? false,
					violations: window.cspViolations,
				};
			});
			expect(result.ran).toBe(false);
			expect(result.violations.length).toBeGreaterThanOrEqual(2);
			expect(result.violations.every((v) => v.startsWith('script-src'))).toBe(true);
		} finally {
			await page.close();
		}
	});
});
