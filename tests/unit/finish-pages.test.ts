import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { finishPages } from '../../src/integrations/finish-pages';

/** The integration's hooks, run as Astro runs them after a build of `outDir`. */
async function finish(outDir: string): Promise<string[]> {
	const logged: string[] = [];
	const hooks = finishPages().hooks as Record<string, (options: unknown) => unknown>;
	await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${process.cwd()}/`) } });
	await hooks['astro:config:done']!({ config: { base: '/' } });
	const logger = {
		info: (line: string) => void logged.push(line),
	} as unknown as AstroIntegrationLogger;
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger });
	return logged;
}

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' &#39;sha256-abc=&#39;">`;
const page = (lang: string, body: string, head = policy) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title><script src="/a.js"></script>${head}</head><body><main data-pagefind-body>${body}</main></body></html>`;

const made: string[] = [];
const temporary = (name: string) => {
	made.push(mkdtempSync(join(tmpdir(), name)));
	return made.at(-1)!;
};

/** A folder as Astro leaves it: pages in folders of their own. */
function site(pages: Record<string, string>): string {
	const dir = temporary('khong-dee-finish-');
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

// The page pass keeps its plans in the build cache: a cache of the test's own.
const cacheBefore = process.env.KHONGDEE_CACHE_DIR;
beforeAll(() => {
	process.env.KHONGDEE_CACHE_DIR = temporary('khong-dee-finish-cache-');
});
afterAll(() => {
	if (cacheBefore === undefined) delete process.env.KHONGDEE_CACHE_DIR;
	else process.env.KHONGDEE_CACHE_DIR = cacheBefore;
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('finishing the built pages (in a process of their own, beside pagefind)', () => {
	test('gives Thai its word breaks, puts each policy first, writes _headers and the search index', async () => {
		const dir = site({
			'th/index.html': page('th', '<p>ไปเที่ยวตลาดเช้าริมแม่น้ำ</p>'),
			'en/index.html': page('en', '<p>Nan silverware</p>'),
		});
		const logged = await finish(dir);
		const th = readFileSync(join(dir, 'th/index.html'), 'utf8');
		expect(th).toMatch(/<p><span class="tw">[^<]+(<wbr>[^<]+){3,}<\/span><\/p>/);
		expect(th.replace(/<span class="tw">|<\/span>|<wbr>/g, '')).toContain(
			'<p>ไปเที่ยวตลาดเช้าริมแม่น้ำ</p>',
		);
		expect(th.indexOf(policy)).toBe(th.indexOf('<meta charset="utf-8">') + 22);
		expect(readFileSync(join(dir, 'en/index.html'), 'utf8')).not.toContain('<wbr>');
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toMatch(
			/Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='/,
		);
		expect(existsSync(join(dir, 'pagefind/en/pagefind-entry.json'))).toBe(true);
		// The Thai index is made from the Thai page with its words apart, as the page breaks them.
		const entry = JSON.parse(
			readFileSync(join(dir, 'pagefind/th/pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages).toEqual({ und: expect.objectContaining({ page_count: 1 }) });
		const fragments = join(dir, 'pagefind/th/fragment');
		const fragment = gunzipSync(readFileSync(join(fragments, readdirSync(fragments)[0]!)));
		const words = th.match(/<span class="tw">(.*?)<\/span>/)![1]!.split('<wbr>');
		expect(fragment.toString('utf8')).toContain(words.join(' '));
		expect(existsSync(`${dir}.finished`)).toBe(false);
		expect(existsSync(`${dir}.search-feed`)).toBe(false);
		expect(logged.join('\n')).toMatch(
			/indexed 1 th pages and 1 en pages for search in .* gave 2 pages their Thai/,
		);
	}, 60_000);

	test('a page it cannot finish fails the build, names the page, and leaves every page as it was', async () => {
		const pages = {
			'th/index.html': page('th', '<p>เครื่องเงินน่าน</p>'),
			'th/broken/index.html': page('th', '<p>ผ้าทอมือ</p>', ''),
		};
		const dir = site(pages);
		await expect(finish(dir)).rejects.toThrow(
			/th\/broken\/index\.html: expected one Content-Security-Policy meta, found 0/,
		);
		for (const [path, html] of Object.entries(pages))
			expect(readFileSync(join(dir, path), 'utf8')).toBe(html);
		expect(existsSync(join(dir, '_headers'))).toBe(false);
		expect(existsSync(`${dir}.finished`)).toBe(false);
		expect(existsSync(`${dir}.search-feed`)).toBe(false);
	}, 60_000);
});
