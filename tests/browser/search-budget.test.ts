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

// Issue 7 asks for a first search of at most 110 KB and a next query of at most 15 KB. pagefind's
// script and WebAssembly alone are 67–71 KB. Since the index is cut into chunks of 2,000 word
// positions (src/integrations/search-index.ts), the first query is about 93 KB and a next English one
// under 10 KB. A next Thai query that matches many pages, like ผ้าทอ, is still about 70 KB: each
// result fetches its own fragment for the excerpt. These tests hold what is met at the budget, and
// what is not at a ceiling it may not pass, so neither can grow unnoticed (docs/benchmarks.md, README).
describe('search budgets', () => {
	test('the first search downloads at most 110 KB, English or Thai', async () => {
		for (const [lang, query] of [
			['en', 'silver'],
			['th', 'เบตง'],
		] as const) {
			await page.goto(`${baseUrl}/${lang}/search/`);
			await page.waitForLoadState('networkidle');
			const bytes = await searchBytes(query);
			// pagefind itself was downloaded: the search really ran.
			expect(bytes, `${lang}: ${query}`).toBeGreaterThan(50 * KB);
			expect(bytes, `${lang}: ${query}`).toBeLessThanOrEqual(110 * KB);
		}
	});

	test('a next English query downloads at most 15 KB', async () => {
		await page.goto(`${baseUrl}/en/search/`);
		await page.waitForLoadState('networkidle');
		await searchBytes('silver');
		expect(await searchBytes('pearl')).toBeLessThanOrEqual(15 * KB);
	});

	test('a next Thai query downloads at most 95 KB (budget 15 KB)', async () => {
		await page.goto(`${baseUrl}/th/search/`);
		await page.waitForLoadState('networkidle');
		await searchBytes('เบตง');
		expect(await searchBytes('ผ้าทอ')).toBeLessThanOrEqual(95 * KB);
	});
});
