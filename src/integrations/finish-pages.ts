import { fork } from 'node:child_process';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes } from '../i18n/locales';
import { buildCacheDir } from '../lib/build-dirs';
import { headersFile, unionPolicy } from '../lib/csp';
import { contentThaiNames } from '../lib/content-thai-names';
import { htmlFiles } from '../lib/html-files';
import { wordsApartIndexLanguage, wordsApartLanguages } from '../lib/search-feed';
import type { FinishedPages, PassOrder } from './finish-pages-child';
import { indexSite, stopIndexing, wordsApartChunkSize, type IndexSource } from './search-index';

/**
 * Processes for the page pass, each with an equal run of the pages. Two, for two cores: while
 * pagefind runs, the three share them; when the last index is reused, the pass has both.
 */
const pageProcesses = 2;

/**
 * After Astro has written the pages, two things at once, each page read and written once:
 * - pagefind indexes the English pages as Astro wrote them, before any `<wbr>`, into
 *   `pagefind/en/` (src/integrations/search-index.ts), in its own process; then, once the pass
 *   below has written them, the Thai pages' copies with their words apart
 *   (src/lib/search-feed.ts) into `pagefind/th/`;
 * - meanwhile each page gets its Thai word breaks, so Thai wraps only between words
 *   (src/lib/thai-breaks.ts), and its CSP `<meta>` moved to the top of `<head>`
 *   (src/lib/csp-meta.ts), in processes of their own too (./finish-pages-child.ts, each with a run
 *   of the pages); each page is written beside the output folder, so that pagefind still reads it
 *   as written, and takes the page's place once all are done.
 * `_headers` gets the union of the pages' policies as an HTTP header (src/lib/csp.ts). Where a
 * page's breaks go is kept in the build cache by the page's bytes, so an unchanged page is not
 * read through again on the next build. Any error fails the build.
 */
export function finishPages(): AstroIntegration {
	let root = '';
	let contentRoot = '';
	let base = '/';
	return {
		name: 'khong-dee:finish-pages',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				// The same content folder the content guard and the collections read.
				contentRoot = resolve(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content');
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir).replace(/[\\/]+$/, '');
				const finishedDir = `${outDir}.finished`;
				const feedDir = `${outDir}.search-feed`;
				await Promise.all(
					[finishedDir, feedDir].map((folder) => rm(folder, { recursive: true, force: true })),
				);
				// Stops every part of the pass when one fails, so that none writes on after the build.
				const stop = new AbortController();
				// Absolute, so the pass's processes use the same cache whatever folder they start in.
				const cacheDir = resolve(buildCacheDir());
				// Listed and read once, here, for the search index's key and every part of the pass.
				// Sorted, so that the policies (and `_headers`) come in the same order on every machine.
				const [pages, names, design] = await Promise.all([
					htmlFiles(outDir).then((files) => files.sort()),
					contentThaiNames(contentRoot),
					indexDesign(root),
				]);
				const parts = Array.from({ length: pageProcesses }, (_, part) =>
					finishPagesInChild(
						root,
						{
							outDir,
							finishedDir,
							feedDir,
							root,
							names,
							pages: pages.slice(
								Math.floor((part * pages.length) / pageProcesses),
								Math.floor(((part + 1) * pages.length) / pageProcesses),
							),
						},
						cacheDir,
						stop.signal,
					),
				);
				const passDone = Promise.all(parts);
				passDone.catch(() => undefined); // awaited below, and by the index that waits for it
				// The languages pagefind reads as Astro wrote them first, beside the pass; then those it
				// reads words apart, from the copies the pass writes (src/lib/search-feed.ts).
				const sources: IndexSource[] = [
					...localeCodes
						.filter((lang) => !wordsApartLanguages.includes(lang))
						.map((lang) => ({ lang, dir: outDir })),
					...localeCodes
						.filter((lang) => wordsApartLanguages.includes(lang))
						.map((lang) => ({
							lang,
							dir: feedDir,
							ready: passDone,
							forceLanguage: wordsApartIndexLanguage,
							chunkSize: wordsApartChunkSize,
						})),
				];
				const work = [
					indexSite(outDir, join(cacheDir, 'search-index'), design, pages, sources, stop.signal),
					passDone,
				] as const;
				try {
					const [languages, policiesOfParts] = await Promise.all(work);
					for (const page of pages) await rename(join(finishedDir, page), join(outDir, page));
					// The parts' unions in the pages' order are the union of all pages' policies in that
					// order; a part without any (a tiny site's empty half) adds nothing.
					const policies = policiesOfParts
						.map((part) => new Map(part.policy))
						.filter((p) => p.size > 0);
					await writeFile(join(outDir, '_headers'), headersFile(unionPolicy(policies), base));
					const seconds = ((performance.now() - started) / 1000).toFixed(2);
					// In the site's order of languages, whatever order they were indexed in.
					const place = (lang: string) => (localeCodes as readonly string[]).indexOf(lang);
					languages.sort((a, b) => place(a.lang) - place(b.lang));
					logger.info(
						`indexed ${languages.map(({ lang, pages: indexed, reused }) => `${indexed} ${lang} pages${reused ? " (the last build's index: none changed)" : ''}`).join(' and ')} for search in ${seconds} s, and gave ${pages.length} pages their Thai word breaks and Content-Security-Policy`,
					);
				} catch (error) {
					stop.abort();
					await stopIndexing();
					// Everything has stopped before the folder goes, so the first error is the one shown.
					await Promise.allSettled([...work, ...parts]);
					throw error;
				} finally {
					for (const folder of [finishedDir, feedDir])
						await rm(folder, { recursive: true, force: true }).catch((error: unknown) =>
							logger.warn(`Could not remove ${folder}: ${(error as Error).message}`),
						);
				}
			},
		},
	};
}

/**
 * Runs ./finish-pages-child.ts (TypeScript, through tsx) on `order`: its answer, or why it failed.
 * `signal` kills it; the promise settles only once the process has ended.
 */
function finishPagesInChild(
	root: string,
	order: PassOrder,
	cacheDir: string,
	signal: AbortSignal,
): Promise<FinishedPages> {
	return new Promise((resolvePages, reject) => {
		const child = fork(join(root, 'src/integrations/finish-pages-child.ts'), [], {
			cwd: root,
			env: { ...process.env, KHONGDEE_CACHE_DIR: cacheDir },
			signal,
			execArgv: ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href],
			// Its errors go to the build's own log.
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.send(order);
		let answer: FinishedPages | { error: string } | undefined;
		let failed: Error | undefined;
		child.on('message', (message) => (answer = message as typeof answer));
		child.on('error', (error) => {
			failed ??= error;
			// A process that never started sends no 'close'.
			if (child.pid === undefined) reject(error);
		});
		// 'close', not 'exit': only then have all its messages been read.
		child.on('close', (code, signal) => {
			if (answer && 'error' in answer) reject(new Error(answer.error));
			else if (code === 0 && answer) resolvePages(answer);
			else
				reject(
					failed ??
						new Error(
							`The pass that gives the pages their Thai word breaks and CSP stopped (${signal ?? `exit code ${code}`}); its error is above.`,
						),
				);
		});
	});
}

/**
 * What the search index is made with besides the pages, for its cache key: pagefind's version and
 * binary, and the code that runs it (its options, should any be added).
 */
async function indexDesign(root: string): Promise<string[]> {
	const pagefind = join(root, 'node_modules/pagefind/package.json');
	return [
		(JSON.parse(await readFile(pagefind, 'utf8')) as { version: string }).version,
		await readFile(join(root, 'src/integrations/search-index.ts'), 'utf8'),
		// pagefind's Node package runs another binary when these are set.
		process.env['PAGEFIND_BINARY_PATH'] ?? '',
		process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? '',
	];
}
