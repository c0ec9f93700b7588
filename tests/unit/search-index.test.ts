import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/search-index';
import { htmlFiles } from '../../src/lib/html-files';

const work = mkdtempSync(join(tmpdir(), 'khong-dee-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (lang: string, text: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} ${text}</p></main></body></html>`;

/** A built site of three pages in `work/<name>`. */
function site(name: string, silver = 'Nan silverware'): string {
	const dir = join(work, name);
	for (const [path, html] of [
		['en/a/index.html', page('en', silver)],
		['en/b/index.html', page('en', 'Betong chicken')],
		['th/a/index.html', page('th', 'เครื่องเงินน่าน')],
	] as const) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

/** indexSite() with every page of `dir`, for Thai and English, both read from `dir`. */
const index = async (dir: string, cache: string, design: string[]) =>
	indexSite(dir, cache, design, (await htmlFiles(dir)).sort(), [
		{ lang: 'th', dir },
		{ lang: 'en', dir },
	]);

/** What indexSite() says it did: pages and reuse of the Thai and the English index. */
const did = (th: boolean, en: boolean, enPages = 2) => [
	{ lang: 'th', pages: 1, reused: th },
	{ lang: 'en', pages: enPages, reused: en },
];

/** Every file of the index (or of one language's), by its path in it. */
function indexFiles(dir: string, lang = ''): Map<string, string> {
	const root = join(dir, 'pagefind', lang);
	return new Map(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(root.length + 1), readFileSync(path).toString('base64')];
			}),
	);
}

describe('the search index and its cache', () => {
	test('makes one bundle per language, each with only its own pages', async () => {
		const dir = site('languages');
		expect(await index(dir, join(work, 'cache-languages'), ['1.6.0'])).toEqual(did(false, false));
		for (const [lang, pages] of [
			['th', 1],
			['en', 2],
		] as const) {
			const entry = JSON.parse(
				readFileSync(join(dir, 'pagefind', lang, 'pagefind-entry.json'), 'utf8'),
			) as { languages: Record<string, { page_count: number }> };
			expect(Object.keys(entry.languages)).toEqual([lang]);
			expect(entry.languages[lang]!.page_count).toBe(pages);
		}
		expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['en', 'th']);
	}, 60_000);

	test('reads a language from its own folder once it is ready, under the language it is given', async () => {
		const dir = site('feed');
		const feed = join(work, 'feed-copy');
		let ready!: () => void;
		const written = new Promise<void>((resolve) => (ready = resolve));
		const indexing = indexSite(dir, join(work, 'cache-feed'), ['1.6.0'], await htmlFiles(dir), [
			{ lang: 'en', dir },
			{ lang: 'th', dir: feed, ready: written, forceLanguage: 'und' },
		]);
		// Written only now: the Thai index must not have looked before.
		await new Promise((resolve) => setTimeout(resolve, 50));
		mkdirSync(join(feed, 'th/a'), { recursive: true });
		writeFileSync(join(feed, 'th/a/index.html'), page('th', 'เครื่อง เงิน น่าน'));
		ready();
		expect(await indexing).toEqual([...did(false, false)].reverse());
		const entry = JSON.parse(
			readFileSync(join(dir, 'pagefind', 'th', 'pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages)).toEqual(['und']);
		expect(entry.languages['und']!.page_count).toBe(1);
		// Read from the copy, words apart, not from the page in `dir` (one word there).
		const fragments = readdirSync(join(dir, 'pagefind', 'th', 'fragment'));
		const fragment = readFileSync(join(dir, 'pagefind', 'th', 'fragment', fragments[0]!));
		expect(fragments).toHaveLength(1);
		expect(gunzipSync(fragment.subarray(0)).toString('utf8')).toContain('เครื่อง เงิน น่าน');
	}, 60_000);

	test('a folder that never becomes ready fails the index with its error', async () => {
		const dir = site('feed-failed');
		const failed = Promise.reject(new Error('pass failed'));
		failed.catch(() => undefined); // as the build does: the index awaits it
		await expect(
			indexSite(dir, join(work, 'cache-feed-failed'), ['1.6.0'], await htmlFiles(dir), [
				{ lang: 'en', dir },
				{ lang: 'th', dir: join(work, 'nowhere'), ready: failed },
			]),
		).rejects.toThrow('pass failed');
	}, 60_000);

	test('reuses the last index of a language, byte for byte, only when none of its pages changed', async () => {
		const cache = join(work, 'cache');
		const first = site('first');
		expect(await index(first, cache, ['1.6.0'])).toEqual(did(false, false));
		const made = indexFiles(first);

		// The same pages again: the kept indexes, with the same files and bytes.
		const again = site('again');
		expect(await index(again, cache, ['1.6.0'])).toEqual(did(true, true));
		expect(indexFiles(again)).toEqual(made);

		// Reuse is safe because pagefind makes the same files from the same pages.
		const fresh = site('fresh');
		expect(await index(fresh, join(work, 'empty-cache'), ['1.6.0'])).toEqual(did(false, false));
		expect(indexFiles(fresh)).toEqual(made);

		// One English page changed: English indexed afresh, Thai reused, and only the new English
		// index is kept beside the Thai one.
		const changed = site('changed', 'Nan silverware and niello');
		expect(await index(changed, cache, ['1.6.0'])).toEqual(did(true, false));
		expect(indexFiles(changed, 'th')).toEqual(indexFiles(first, 'th'));
		expect(indexFiles(changed, 'en')).not.toEqual(indexFiles(first, 'en'));
		expect(readdirSync(cache).sort()).toEqual(['en', 'th']);
		expect(readdirSync(join(cache, 'en'))).toHaveLength(1);

		// Another pagefind (or other code running it) is another index, even for the same pages.
		expect(await index(site('upgraded', 'Nan silverware and niello'), cache, ['1.7.0'])).toEqual(
			did(false, false),
		);
	}, 60_000);

	test('removes what an older build kept in another layout', async () => {
		const cache = join(work, 'cache-older');
		mkdirSync(join(cache, '0123456789abcdef', 'pagefind'), { recursive: true });
		await index(site('older'), cache, ['1.6.0']);
		expect(readdirSync(cache).sort()).toEqual(['en', 'th']);
	}, 60_000);

	test('a kept index that is not whole (a file lost) is not used: pagefind runs again', async () => {
		const cache = join(work, 'cache-lost');
		const first = site('lost-first');
		await index(first, cache, ['1.6.0']);
		const [entry] = readdirSync(join(cache, 'th'));
		const fragments = join(cache, 'th', entry!, 'pagefind', 'fragment');
		rmSync(join(fragments, readdirSync(fragments)[0]!));
		const again = site('lost-again');
		expect(await index(again, cache, ['1.6.0'])).toEqual(did(false, true));
		expect(indexFiles(again)).toEqual(indexFiles(first));
	}, 60_000);
});
