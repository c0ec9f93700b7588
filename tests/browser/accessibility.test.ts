import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { readPages } from '../support/built-site';
import { serveDir, type StaticServer } from '../../scripts/static-server.mjs';

const distDir = inject('distDir');
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = readPages(distDir).map((p) => p.path);
/** Pages checked at once: axe is busy in one page's renderer while another page loads. */
const PAGES = 3;

// The offline worker is blocked: axe reads each page as loaded, and keeping 200 pages in the worker's
// cache as they are visited would only cost time.
const browser = useBrowser({ serviceWorkers: 'block' });
let server: StaticServer;
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

beforeAll(async () => {
	// axe is served as if from the site itself: the pages' Content-Security-Policy allows scripts from
	// the site's origin and hashed inline ones only, and axe runs under it like any script of the site.
	// From the server rather than page.route(), which turns Chromium's HTTP cache off: cached, axe's
	// half a megabyte is compiled once instead of once a page, and the site's own files load once.
	server = await serveDir(distDir, {
		extra: (req, res) => {
			if (req.url !== '/__axe.js') return false;
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
			res.end(axe);
			return true;
		},
	});
	for (let i = 0; i < PAGES; i++) idle.push(await browser.context.newPage());
});
afterAll(async () => {
	await Promise.all(idle.map((page) => page.close()));
	await server?.close();
});

/** Lends one of the open pages to `use`, waiting until one is free. */
async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
	const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
	try {
		return await use(page);
	} finally {
		const next = waiting.shift();
		if (next) next(page);
		else idle.push(page);
	}
}

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

test.concurrent.for(paths)(
	'has no serious or critical axe violations: %s',
	async (path, { expect }) => {
		const violations = await withPage(async (page) => {
			await page.goto(`${server.origin}${path}`);
			await page.addScriptTag({ url: `${server.origin}/__axe.js` });
			return page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
						};
					}
				).axe;
				const result = await axe.run(document, { resultTypes: ['violations'] });
				return result.violations;
			});
		});
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			);
		expect(serious).toEqual([]);
	},
);
