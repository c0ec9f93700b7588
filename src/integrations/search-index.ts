import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { copyFolder } from '../lib/copy-folder';

/** Word positions per index chunk (see below): tuned on the bundled site against the search budgets. */
const indexChunkSize = 1800;

/**
 * Builds the static search index (one per `<html lang>`) of the pages in `outDir` into
 * `outDir/pagefind/`, in pagefind's own process (which reads and parses pages on all cores).
 * Returns the number of pages indexed, and whether the index was reused. Any pagefind error fails
 * the build, so a site never ships without working search.
 *
 * pagefind has no incremental index. So when every page is byte for byte what the last build
 * indexed, that build's index is copied from `cacheDir` instead: the same pages, pagefind and
 * settings make the same files (tests/unit/search-index.test.ts). `design` is what else the index
 * is made with (pagefind's version, this file's code); only the last index is kept.
 */
export async function indexSite(
	outDir: string,
	cacheDir: string,
	design: readonly string[],
): Promise<{ pages: number; reused: boolean }> {
	// Index chunks of 1,800 word positions instead of pagefind's 20,000: a query then loads only
	// the few small chunks its words are in (3–7 KB instead of 30–90 KB). Smaller chunks cost a
	// Thai query of common words more (ผ้าทอ: 8 KB at 1,600), larger ones an English query. An
	// unstable, undocumented setting of pagefind 1.6's binary, so pagefind is pinned exactly and
	// tests/browser/search-budget.test.ts fails if it stops working.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
	const output = join(outDir, 'pagefind');
	const key = pagesKey(outDir, [...design, process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']]);
	key.catch(() => undefined); // awaited below; not an unhandled rejection if pagefind fails first
	// Only a build with an index kept waits for the key (seconds at 5,000 products) before indexing.
	const kept = await readdir(cacheDir).catch(() => []);
	if (kept.length > 0) {
		const cached = join(cacheDir, await key);
		const pages = await readFile(join(cached, 'pages'), 'utf8').catch(() => undefined);
		if (pages !== undefined) {
			await copyFolder(join(cached, 'pagefind'), output);
			return { pages: Number(pages), reused: true };
		}
	}
	const pages = await runPagefind(outDir, output);
	await keepOnly(cacheDir, await key, output, pages);
	return { pages, reused: false };
}

async function runPagefind(outDir: string, output: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0)
			throw new Error(`pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0)
			throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

/**
 * A name for everything an index is made from: `settings`, and every page pagefind reads (its path
 * and bytes). Pages are read a few at a time, so that a large site is never in memory at once.
 */
async function pagesKey(outDir: string, settings: (string | undefined)[]): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify(settings));
	const pages = (await readdir(outDir, { recursive: true }))
		.filter((file) => file.endsWith('.html'))
		.sort();
	const width = 8;
	for (let at = 0; at < pages.length; at += width) {
		const batch = pages.slice(at, at + width);
		const read = await Promise.all(batch.map((page) => readFile(join(outDir, page))));
		// Lengths first, so that no two different sets of pages hash alike.
		read.forEach((bytes, i) =>
			hash.update(`${batch[i]!.length}:${batch[i]}${bytes.length}:`).update(bytes),
		);
	}
	return hash.digest('hex').slice(0, 32);
}

/** Keeps `output` as the index for `key` in `cacheDir`, and no other (each is tens of MB at scale). */
async function keepOnly(cacheDir: string, key: string, output: string, pages: number) {
	await rm(cacheDir, { recursive: true, force: true });
	const partial = join(cacheDir, `${key}.partial`);
	await copyFolder(output, join(partial, 'pagefind'));
	await writeFile(join(partial, 'pages'), String(pages));
	// Renamed last, so a build stopped while copying leaves no index that looks whole.
	await rename(partial, join(cacheDir, key));
}
