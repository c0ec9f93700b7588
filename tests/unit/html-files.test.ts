import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/html-files';

const dir = mkdtempSync(join(tmpdir(), 'khong-dee-html-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('finds every .html file at any depth, and no folder or other file', async () => {
	for (const folder of ['en/products/a', 'th', 'odd.html', '_astro'])
		mkdirSync(join(dir, folder), { recursive: true });
	for (const file of [
		'index.html',
		'en/products/a/index.html',
		'th/404.html',
		'odd.html/index.html',
		'_astro/a.css',
		'en/products/a/share.jpg',
	])
		writeFileSync(join(dir, file), '');
	expect((await htmlFiles(dir)).sort()).toEqual(
		['en/products/a/index.html', 'index.html', 'odd.html/index.html', 'th/404.html'].map((path) =>
			join(path),
		),
	);
});
