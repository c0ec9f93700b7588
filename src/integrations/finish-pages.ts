import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCacheDir } from '../lib/build-dirs';
import { contentThaiNames } from '../lib/content-thai-names';
import { headersFile, unionPolicy, type Policy } from '../lib/csp';
import { policyFirst } from '../lib/csp-meta';
import { cachedFile, contentKey } from '../lib/file-cache';
import {
	applyThaiBreaks,
	knownWordsPattern,
	planThaiBreaks,
	thaiWordsIcuSplits,
	type ThaiBreakPlan,
} from '../lib/thai-breaks';
import { openSearchIndex } from './search-index';

/**
 * After Astro has written the pages, one pass over them, each page read and written once:
 * 1. pagefind indexes it as written, before any `<wbr>` (src/integrations/search-index.ts), into
 *    `pagefind/`;
 * 2. its Thai text gets its word breaks, so Thai wraps only between words (src/lib/thai-breaks.ts);
 *    where they go is kept in the build cache, by the page's bytes, so an unchanged page is
 *    not read through again on the next build;
 * 3. its CSP `<meta>` moves to the top of `<head>` (src/lib/csp-meta.ts), and `_headers` gets the
 *    union of the pages' policies as an HTTP header (src/lib/csp.ts).
 * pagefind indexes in its own process while this one marks the next pages, so the two share the
 * machine's cores instead of taking turns. Any error fails the build.
 */
export function finishPages(): AstroIntegration {
	let contentRoot = '';
	let breaksSource = '';
	let base = '/';
	return {
		name: 'khong-dee:finish-pages',
		hooks: {
			'astro:config:setup': ({ config }) => {
				// The same content folder the content guard and the collections read.
				contentRoot = resolve(
					fileURLToPath(config.root),
					process.env.KHONGDEE_CONTENT_DIR ?? 'content',
				);
				breaksSource = join(fileURLToPath(config.root), 'src/lib/thai-breaks.ts');
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const [search, names, files, breaksCode] = await Promise.all([
					openSearchIndex(),
					contentThaiNames(contentRoot),
					readdir(outDir, { recursive: true }),
					readFile(breaksSource),
				]);
				const known = knownWordsPattern([...thaiWordsIcuSplits, ...names]);
				// Everything a plan depends on besides the page: the code, ICU's dictionary, the known words.
				const planned = contentKey([breaksCode, process.versions.icu ?? '', known?.source ?? '']);
				const planFor = async (html: string) => {
					const { bytes } = await cachedFile(
						join(buildCacheDir(), 'thai-breaks'),
						`${contentKey([planned, html])}.json`,
						async () => Buffer.from(JSON.stringify(planThaiBreaks(html, known))),
					);
					return JSON.parse(bytes.toString('utf8')) as ThaiBreakPlan;
				};
				// In the order pagefind's own directory walk takes (by name, folder by folder), so its
				// index comes out the same as when it read the folder itself.
				const pages = files
					.filter((file) => file.endsWith('.html'))
					.map((file) => file.split(sep))
					.sort(byFolders)
					.map((parts) => parts.join(sep));
				const policies: Policy[] = [];
				for (const page of pages) {
					const file = join(outDir, page);
					const html = await readFile(file, 'utf8');
					await search.add(page, html);
					const { html: finished, policy } = policyFirst(
						applyThaiBreaks(html, await planFor(html)),
						page.split(sep).join('/'),
					);
					if (policy) policies.push(policy);
					await writeFile(file, finished);
				}
				await writeFile(join(outDir, '_headers'), headersFile(unionPolicy(policies), base));
				const indexed = await search.finish(join(outDir, 'pagefind'));
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				logger.info(
					`indexed ${indexed} pages for search in ${seconds} s, with their Thai word breaks and Content-Security-Policy (${pages.length} pages)`,
				);
			},
		},
	};
}

/** Compares two paths (split at the separator) folder by folder, by name. */
function byFolders(a: readonly string[], b: readonly string[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++)
		if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
	return a.length - b.length;
}
