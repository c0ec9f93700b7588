import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { copyFolder } from '../lib/copy-folder';

/** Word positions per index chunk (see below): tuned on the bundled site against the search budgets. */
const indexChunkSize = 1800;
/**
 * The same for an index of Thai words apart (src/lib/search-feed.ts): a next Thai query of common
 * words downloads their chunks and the results' pages, 15 KB at most.
 */
export const wordsApartChunkSize = 1200;
const chunkSizeSetting = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Where one language's index is made from. */
export interface IndexSource {
	lang: string;
	/** The folder pagefind reads the language's pages from: the output, or a copy of its pages. */
	dir: string;
	/** Settles once `dir` holds the pages; if it rejects, so does the index. */
	ready?: Promise<unknown> | undefined;
	/** pagefind's language for the index, when it is not the pages' own `lang`. */
	forceLanguage?: string | undefined;
	/** Word positions per index chunk, when not `indexChunkSize`. */
	chunkSize?: number | undefined;
}

/** What became of one language's index. */
export interface LanguageIndex {
	lang: string;
	/** Pages indexed. */
	pages: number;
	/** Whether the last build's index was copied instead of made. */
	reused: boolean;
}

/**
 * Builds the static search index of each of `sources`, in their order, into
 * `outDir/pagefind/<lang>/`: a pagefind bundle of its own made from the pages of `<lang>/` among
 * `pages` (every page in `outDir` as `htmlFiles()` lists them, sorted), read from the source's
 * folder, in pagefind's own process (which reads and parses pages on all cores). Any pagefind error fails the build, so a site never ships without working search.
 *
 * One bundle per language, because a search page only ever searches its own language's index
 * (pagefind picks it by `<html lang>`), and because pagefind has no incremental index: when every
 * page of a language is byte for byte what the last build indexed, that build's index for it is
 * copied from `cacheDir` instead, so a story changed in one language indexes that language again,
 * not both. The same pages, pagefind and settings make the same files
 * (tests/unit/search-index.test.ts). `design` is what else the index is made with (pagefind's
 * version, this file's code); only the last index of each language is kept. The languages are
 * indexed one after the other, so that pagefind holds one language's index in memory at a time
 * (at 5,000 products, Thai alone took 4.65 GiB, both at once 5.45 GiB).
 */
export async function indexSite(
	outDir: string,
	cacheDir: string,
	design: readonly string[],
	pages: readonly string[],
	sources: readonly IndexSource[],
	/** Stops the work between languages (`stopIndexing()` stops pagefind itself). */
	signal?: AbortSignal,
): Promise<LanguageIndex[]> {
	// Index chunks of 1,800 word positions instead of pagefind's 20,000: a query then loads only
	// the few small chunks its words are in (3–7 KB instead of 30–90 KB). Smaller chunks cost a
	// query of common words more, larger ones a query of rare words. An unstable, undocumented
	// setting of pagefind 1.6's binary, read from its environment, so pagefind is pinned exactly and
	// tests/browser/search-budget.test.ts fails if it stops working. One set for the whole build
	// (in the environment it starts with) takes the place of both sizes.
	const chunkSizeSet = process.env[chunkSizeSetting];
	await removeAllBut(
		cacheDir,
		sources.map((source) => source.lang),
	);
	const made: LanguageIndex[] = [];
	for (const source of sources) {
		signal?.throwIfAborted();
		await source.ready;
		signal?.throwIfAborted();
		const chunkSize = chunkSizeSet ?? String(source.chunkSize ?? indexChunkSize);
		made.push(
			await indexLanguage(
				join(outDir, 'pagefind', source.lang),
				join(cacheDir, source.lang),
				[...design, chunkSize, source.lang, source.forceLanguage],
				pages.filter((page) => page.startsWith(`${source.lang}${sep}`)),
				source,
				chunkSize,
			),
		);
	}
	return made;
}

/** One language's index (see `indexSite`) into `output`, kept in and reused from `cacheDir`. */
async function indexLanguage(
	output: string,
	cacheDir: string,
	settings: (string | undefined)[],
	pages: readonly string[],
	{ lang, dir, forceLanguage }: IndexSource,
	chunkSize: string,
): Promise<LanguageIndex> {
	const key = pagesKey(dir, pages, settings);
	key.catch(() => undefined); // awaited below; not an unhandled rejection if pagefind fails first
	// Only a build with an index kept waits for the key (seconds at 5,000 products) before indexing.
	const kept = await readdir(cacheDir).catch(() => []);
	if (kept.length > 0) {
		const reused = await copyKept(join(cacheDir, await key), output);
		if (reused !== undefined) return { lang, pages: reused, reused: true };
	}
	const indexed = await runPagefind(dir, lang, output, forceLanguage, chunkSize);
	try {
		await keepOnly(cacheDir, await key, output, indexed);
	} catch (error) {
		// The index in the output is whole; only the next build's reuse is lost.
		console.warn(`Could not keep the search index for the next build: ${(error as Error).message}`);
	}
	return { lang, pages: indexed, reused: false };
}

/** Removes whatever `cacheDir` holds besides the languages' folders (an older layout's indexes). */
async function removeAllBut(cacheDir: string, languages: readonly string[]) {
	for (const entry of await readdir(cacheDir).catch(() => []))
		if (!languages.includes(entry))
			await rm(join(cacheDir, entry), { recursive: true, force: true });
}

/**
 * Copies the index kept at `cached` to `output`; the number of pages it indexed, or undefined when
 * there is none whole (absent, or taken away meanwhile by another build), with `output` left empty.
 */
async function copyKept(cached: string, output: string): Promise<number | undefined> {
	try {
		const whole = JSON.parse(await readFile(join(cached, 'whole.json'), 'utf8')) as Kept;
		await copyFolder(join(cached, 'pagefind'), output);
		const copied = await listFiles(output);
		if (JSON.stringify(copied) === JSON.stringify(whole.files)) return whole.pages;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	await rm(output, { recursive: true, force: true });
	return undefined;
}

/** A kept index's record of itself, written last: what it indexed and every file with its size. */
interface Kept {
	pages: number;
	files: [path: string, bytes: number][];
}

async function listFiles(dir: string): Promise<Kept['files']> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
	return files
		.map((file, i): [string, number] => [relative(dir, file), sizes[i]!])
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Stops pagefind if it is running: what it was doing fails, and its process ends. */
export async function stopIndexing(): Promise<void> {
	await pagefind.close();
}

/** Runs pagefind on the pages of `dir/<lang>/`, writing its bundle to `output`: the number indexed. */
async function runPagefind(
	dir: string,
	lang: string,
	output: string,
	forceLanguage: string | undefined,
	chunkSize: string,
): Promise<number> {
	// Read by the pagefind process that this starts (each language has one of its own).
	const before = process.env[chunkSizeSetting];
	process.env[chunkSizeSetting] = chunkSize;
	const { index, errors } = await pagefind
		.createIndex(forceLanguage ? { forceLanguage } : {})
		.finally(() => {
			if (before === undefined) delete process.env[chunkSizeSetting];
			else process.env[chunkSizeSetting] = before;
		});
	if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
	try {
		// The whole folder, so that each page's URL is its path in the site; only `lang/`'s pages.
		const added = await index.addDirectory({ path: dir, glob: `${lang}/**/*.html` });
		if (added.errors.length > 0)
			throw new Error(`pagefind could not index ${dir}: ${added.errors.join('; ')}`);
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
async function pagesKey(
	outDir: string,
	pages: readonly string[],
	settings: (string | undefined)[],
): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify(settings));
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

/**
 * Keeps `output` as the index for `key` in `cacheDir`, and no other (each is tens of MB at scale).
 * Made under a name of its own and renamed into place with its record written last, and old ones
 * renamed away before they are deleted, so no build ever reads half an index as whole.
 */
async function keepOnly(cacheDir: string, key: string, output: string, pages: number) {
	const whole: Kept = { pages, files: await listFiles(output) };
	for (const old of await readdir(cacheDir).catch(() => [])) {
		const retired = join(cacheDir, `${old}.${randomUUID()}.old`);
		await rename(join(cacheDir, old), retired).catch(() => undefined);
		await rm(retired, { recursive: true, force: true });
	}
	const partial = join(cacheDir, `${key}.${process.pid}-${randomUUID()}.partial`);
	await copyFolder(output, join(partial, 'pagefind'));
	await writeFile(join(partial, 'whole.json'), JSON.stringify(whole));
	await rename(partial, join(cacheDir, key));
}
