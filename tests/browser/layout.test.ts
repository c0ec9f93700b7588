import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A province with stories, one without, and a product page, in both languages. */
const pages = [
	'/th/provinces/nan/',
	'/en/provinces/nan/',
	'/th/provinces/chiang-mai/',
	'/en/provinces/chiang-mai/',
	'/th/products/nan-silverware/',
	'/en/products/nan-silverware/',
];

describe('layout on a 360 px phone', () => {
	test.each(pages)(
		'%s: every facts box holds its content, and the locator map has a real size',
		async (path) => {
			const page = await browser.context.newPage();
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(`${baseUrl}${path}`);
			const layout = await page.evaluate(() => ({
				facts: [...document.querySelectorAll<HTMLElement>('.facts')].map((box) => ({
					scrollWidth: box.scrollWidth,
					clientWidth: box.clientWidth,
					right: box.getBoundingClientRect().right,
				})),
				locators: [...document.querySelectorAll('svg.locator')].map(
					(svg) => svg.getBoundingClientRect().width,
				),
				pageWidth: document.documentElement.scrollWidth,
			}));
			expect(layout.facts.length).toBeGreaterThan(0);
			for (const box of layout.facts) {
				expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
				expect(box.right).toBeLessThanOrEqual(360);
			}
			expect(layout.locators).toHaveLength(1);
			// Its real size, not squeezed by the facts box beside it: at least 4 rem (64 px).
			expect(layout.locators[0]).toBeGreaterThanOrEqual(64);
			// Nothing pushes the page wider than the screen.
			expect(layout.pageWidth).toBeLessThanOrEqual(360);
			await page.close();
		},
	);
});
