import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();
const KB = 1024;

/** Bytes a host that gzips text sends for a file of dist/ (pagefind's index files come compressed). */
function servedBytes(pathname: string): number {
	const body = readFileSync(`${distDir}${decodeURIComponent(pathname)}`);
	return /\.(js|css|html|json|svg)$/.test(pathname)
		? gzipSync(body, { level: 9 }).length
		: body.length;
}

let page: Page;
let fetched: string[];
beforeEach(async () => {
	page = await browser.context.newPage();
	fetched = [];
	page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
});

/** Searches from the search box and returns what the search downloaded, once its results show. */
async function searchBytes(query: string): Promise<number> {
	fetched = [];
	await page.fill('#search-page-input', query);
	await page.press('#search-page-input', 'Enter');
	await page.waitForFunction(
		(q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
		query,
	);
	await page.waitForLoadState('networkidle');
	return fetched
		.filter((path) => path.startsWith('/pagefind/'))
		.reduce((total, path) => total + servedBytes(path), 0);
}

// The budgets of issue 17, with the bundled content in a 1280×720 window: a first search at most
// 100 KB (pagefind's script and WebAssembly alone are 67–71 KB), a next query at most 8 KB in
// English and 15 KB in Thai. What a query downloads besides pagefind: the index chunks its words
// are in (chunks of 1,800 word positions, src/integrations/search-index.ts) and one fragment
// (2–5 KB) per result shown; the page shows two at once and the rest as the reader scrolls to
// them (src/browser/search-page.ts). docs/benchmarks.md has the figures.
describe('search budgets', () => {
	test('the first search downloads at most 100 KB, English or Thai', async () => {
		for (const [lang, query] of [
			['en', 'silver'],
			['th', 'เบตง'],
		] as const) {
			await page.goto(`${baseUrl}/${lang}/search/`);
			await page.waitForLoadState('networkidle');
			const bytes = await searchBytes(query);
			// pagefind itself was downloaded: the search really ran.
			expect(bytes, `${lang}: ${query}`).toBeGreaterThan(50 * KB);
			expect(bytes, `${lang}: ${query}`).toBeLessThanOrEqual(100 * KB);
		}
	});

	test('a next English query downloads at most 8 KB', async () => {
		await page.goto(`${baseUrl}/en/search/`);
		await page.waitForLoadState('networkidle');
		await searchBytes('silver');
		const bytes = await searchBytes('pearl');
		// Its index chunk and the results shown were downloaded: the search really ran.
		expect(bytes).toBeGreaterThan(2 * KB);
		expect(bytes).toBeLessThanOrEqual(8 * KB);
	});

	test('a next Thai query of common words downloads at most 15 KB', async () => {
		await page.goto(`${baseUrl}/th/search/`);
		await page.waitForLoadState('networkidle');
		await searchBytes('เบตง');
		// ผ้าทอ: two of the commonest words of the Thai index, in 80-odd pages.
		const bytes = await searchBytes('ผ้าทอ');
		expect(bytes).toBeGreaterThan(2 * KB);
		expect(bytes).toBeLessThanOrEqual(15 * KB);
	});
});
