import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
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
import { indexSite } from './search-index';

/**
 * After Astro has written the pages, two things at once, each page read and written once:
 * - pagefind indexes the pages as Astro wrote them, before any `<wbr>`, into `pagefind/`
 *   (src/integrations/search-index.ts), in its own process;
 * - meanwhile each page gets its Thai word breaks, so Thai wraps only between words
 *   (src/lib/thai-breaks.ts), and its CSP `<meta>` moved to the top of `<head>`
 *   (src/lib/csp-meta.ts); it is written beside the output folder, so that pagefind still reads
 *   it as written, and takes the page's place once both are done.
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
				await rm(finishedDir, { recursive: true, force: true });
				try {
					const [indexed, { pages, policies }] = await Promise.all([
						indexSite(outDir),
						finishPagesInto(outDir, finishedDir, await thaiBreakPlanner(root, contentRoot)),
					]);
					for (const page of pages) await rename(join(finishedDir, page), join(outDir, page));
					await writeFile(join(outDir, '_headers'), headersFile(unionPolicy(policies), base));
					const seconds = ((performance.now() - started) / 1000).toFixed(2);
					logger.info(
						`indexed ${indexed} pages for search in ${seconds} s, and gave ${pages.length} pages their Thai word breaks and Content-Security-Policy`,
					);
				} finally {
					await rm(finishedDir, { recursive: true, force: true });
				}
			},
		},
	};
}

/**
 * Where the Thai of a page breaks, from the build cache when the page is unchanged. The key holds
 * everything a plan depends on besides the page: the code, the HTML tokenizer, Node and its ICU
 * dictionary, and the known words (content's names).
 */
async function thaiBreakPlanner(root: string, contentRoot: string) {
	const [names, code, tokenizer] = await Promise.all([
		contentThaiNames(contentRoot),
		readFile(join(root, 'src/lib/thai-breaks.ts')),
		readFile(join(root, 'node_modules/parse5-sax-parser/package.json')),
	]);
	const known = knownWordsPattern([...thaiWordsIcuSplits, ...names]);
	const design = contentKey([
		code,
		tokenizer,
		process.version,
		process.versions.icu ?? '',
		known?.source ?? '',
	]);
	return async (html: string): Promise<ThaiBreakPlan> => {
		const { bytes } = await cachedFile(
			join(buildCacheDir(), 'thai-breaks'),
			`${contentKey([design, html])}.json`,
			async () => Buffer.from(JSON.stringify(planThaiBreaks(html, known))),
		);
		return JSON.parse(bytes.toString('utf8')) as ThaiBreakPlan;
	};
}

/** Writes each page of `outDir`, finished, to the same path in `finishedDir`; returns the pages and their policies. */
async function finishPagesInto(
	outDir: string,
	finishedDir: string,
	planFor: (html: string) => Promise<ThaiBreakPlan>,
): Promise<{ pages: string[]; policies: Policy[] }> {
	// Sorted, so that the policies (and `_headers`) come in the same order on every machine.
	const pages = (await readdir(outDir, { recursive: true }))
		.filter((file) => file.endsWith('.html'))
		.sort();
	for (const folder of new Set(pages.map((page) => dirname(join(finishedDir, page)))))
		await mkdir(folder, { recursive: true });
	const policies: Policy[] = [];
	for (const page of pages) {
		const html = await readFile(join(outDir, page), 'utf8');
		const { html: finished, policy } = policyFirst(
			applyThaiBreaks(html, await planFor(html)),
			page.split(sep).join('/'),
		);
		if (policy) policies.push(policy);
		await writeFile(join(finishedDir, page), finished);
	}
	return { pages, policies };
}
