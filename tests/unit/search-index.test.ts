import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** indexSite() as the build calls it, with every page of `dir`. */
const index = async (dir: string, cache: string, design: string[]) =>
	indexSite(dir, cache, design, (await htmlFiles(dir)).sort());

/** Every file of the index, by its path in it. */
function indexFiles(dir: string): Map<string, string> {
	const root = join(dir, 'pagefind');
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
	test('reuses the last index, byte for byte, only when no page changed', async () => {
		const cache = join(work, 'cache');
		const first = site('first');
		expect(await index(first, cache, ['1.6.0'])).toEqual({ pages: 3, reused: false });
		const made = indexFiles(first);
		expect(made.has('pagefind-entry.json')).toBe(true);

		// The same pages again: the kept index, with the same files and bytes.
		const again = site('again');
		expect(await index(again, cache, ['1.6.0'])).toEqual({ pages: 3, reused: true });
		expect(indexFiles(again)).toEqual(made);

		// Reuse is safe because pagefind makes the same files from the same pages.
		const fresh = site('fresh');
		expect(await index(fresh, join(work, 'empty-cache'), ['1.6.0'])).toEqual({
			pages: 3,
			reused: false,
		});
		expect(indexFiles(fresh)).toEqual(made);

		// One page changed: indexed afresh, and the new index is the only one kept.
		const changed = site('changed', 'Nan silverware and niello');
		expect(await index(changed, cache, ['1.6.0'])).toEqual({ pages: 3, reused: false });
		expect(indexFiles(changed)).not.toEqual(made);
		expect(readdirSync(cache)).toHaveLength(1);

		// Another pagefind (or other code running it) is another index, even for the same pages.
		expect(
			(await index(site('upgraded', 'Nan silverware and niello'), cache, ['1.7.0'])).reused,
		).toBe(false);
	}, 60_000);

	test('a kept index that is not whole (a file lost) is not used: pagefind runs again', async () => {
		const cache = join(work, 'cache-lost');
		const first = site('lost-first');
		await index(first, cache, ['1.6.0']);
		const [entry] = readdirSync(cache);
		const fragments = join(cache, entry!, 'pagefind', 'fragment');
		rmSync(join(fragments, readdirSync(fragments)[0]!));
		const again = site('lost-again');
		expect(await index(again, cache, ['1.6.0'])).toEqual({ pages: 3, reused: false });
		expect(indexFiles(again)).toEqual(indexFiles(first));
	}, 60_000);
});
