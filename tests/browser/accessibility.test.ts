import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { readPages } from '../support/built-site';

const baseUrl = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const paths = readPages(inject('distDir')).map((p) => p.path);
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
	page = await browser.context.newPage();
	// axe is served as if from the site itself: the pages' Content-Security-Policy allows scripts from
	// the site's origin and hashed inline ones only, and axe runs under it like any script of the site.
	// Routed on the context, so that the answer also reaches the service worker once it controls the page.
	const axe = readFileSync(axePath, 'utf8');
	await browser.context.route(`${baseUrl}/__axe.js`, (route) =>
		route.fulfill({ contentType: 'text/javascript', body: axe }),
	);
});

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

test.each(paths)('has no serious or critical axe violations: %s', async (path) => {
	await page.goto(`${baseUrl}${path}`);
	await page.addScriptTag({ url: `${baseUrl}/__axe.js` });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	});
	const serious = violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	expect(serious).toEqual([]);
});
