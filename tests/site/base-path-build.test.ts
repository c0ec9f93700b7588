import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { existsInDist, readPages } from '../support/built-site';
import { buildFixture } from '../support/fixture-build';

describe('a build for a GitHub project page', () => {
	test('puts every page, link and asset under the base path set in BASE_PATH', async () => {
		const base = await buildFixture(() => undefined, {
			BASE_PATH: '/khong-dee/',
			SITE_URL: 'https://example.github.io',
		});
		expect(base.status, base.output).toBe(0);
		const pages = readPages(base.distDir);
		const refs = pages.flatMap((p) =>
			[...p.document.querySelectorAll('a[href], link[href], img[src], script[src]')].map((el) => ({
				page: p.path,
				ref: el.getAttribute('href') ?? el.getAttribute('src')!,
			})),
		);
		const internal = refs.filter(({ ref }) => ref.startsWith('/') && !ref.startsWith('//'));
		expect(internal.length).toBeGreaterThan(1000);
		expect(internal.filter(({ ref }) => !ref.startsWith('/khong-dee/'))).toEqual([]);
		const broken = internal.filter(
			({ ref }) =>
				!existsInDist(base.distDir, new URL(ref, 'https://x').pathname.replace(/^\/khong-dee/, '')),
		);
		expect(broken).toEqual([]);
		expect(readFileSync(join(base.distDir, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://example.github.io/khong-dee/sitemap-index.xml',
		);
		const canonical = pages
			.find((p) => p.path === '/en/products/nan-silverware/')!
			.document.querySelector('link[rel="canonical"]')!
			.getAttribute('href');
		expect(canonical).toBe('https://example.github.io/khong-dee/en/products/nan-silverware/');
	}, 300_000);
});
