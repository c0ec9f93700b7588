/**
 * The page pass of src/integrations/finish-pages.ts, run in a process of its own: each page of
 * the output folder gets its Thai word breaks (src/lib/thai-breaks.ts) and its CSP `<meta>` moved
 * to the top of `<head>` (src/lib/csp-meta.ts), and is written to the same path in a folder
 * beside the output; a Thai page also to a third folder, words apart, for the search index
 * (src/lib/search-feed.ts). Its own process because Astro's, which would otherwise run it, holds the
 * whole build in memory: every garbage collection there has gigabytes to walk (at 5,000 products
 * the pass took 174 s inside Astro's process and 117 s outside it), and the pages read and
 * written here would grow that process further.
 *
 * Started by finish-pages.ts (`node --import tsx finish-pages-child.ts`), it is sent one
 * `PassOrder` and answers `FinishedPages`, or `{ error }` with what went wrong.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { atOnce } from '../lib/at-once';
import { buildCacheDir } from '../lib/build-dirs';
import { unionPolicy, type Policy } from '../lib/csp';
import { policyFirst } from '../lib/csp-meta';
import { cachedFile, contentKey } from '../lib/file-cache';
import { searchFeed, wordsApartLanguages } from '../lib/search-feed';
import {
	applyThaiBreaks,
	knownWordsPattern,
	planThaiBreaks,
	thaiWordsIcuSplits,
	type ThaiBreakPlan,
} from '../lib/thai-breaks';

/** What a part of the pass is sent: its pages (paths in `outDir`), and content's Thai names. */
export interface PassOrder {
	outDir: string;
	finishedDir: string;
	/**
	 * Where the search index's copy of each page of `wordsApartLanguages` goes (same path), words
	 * apart (src/lib/search-feed.ts).
	 */
	feedDir: string;
	root: string;
	pages: string[];
	names: string[];
}

/** What a part of the pass sends back: the union of its pages' policies, as entries. */
export interface FinishedPages {
	policy: [directive: string, sources: string[]][];
}

/**
 * Where the Thai of a page breaks, from the build cache when the page is unchanged. The key holds
 * everything a plan depends on besides the page: the code, the HTML tokenizer, Node and its ICU
 * dictionary, and the known words (content's names).
 */
async function thaiBreakPlanner(root: string, names: string[]) {
	const [code, tokenizer] = await Promise.all([
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

/** Pages read, finished and written at once. */
const pagesInFlight = 8;

/** Writes each of `pages` in `outDir`, finished, to the same path in `finishedDir`. */
async function finishPagesInto(
	{ outDir, finishedDir, feedDir, pages }: PassOrder,
	planFor: (html: string) => Promise<ThaiBreakPlan>,
): Promise<FinishedPages> {
	const fed = (page: string) =>
		wordsApartLanguages.some((lang) => page.startsWith(`${lang}${sep}`));
	for (const folder of new Set(pages.map((page) => dirname(join(finishedDir, page)))))
		await mkdir(folder, { recursive: true });
	for (const folder of new Set(pages.filter(fed).map((page) => dirname(join(feedDir, page)))))
		await mkdir(folder, { recursive: true });
	// A few pages at a time, so that one page's reads and writes overlap another's work.
	const policies: (Policy | undefined)[] = [];
	await atOnce(pages.length, pagesInFlight, async (at) => {
		const page = pages[at]!;
		const path = page.split(sep).join('/');
		try {
			const html = await readFile(join(outDir, page), 'utf8');
			const { html: finished, policy } = policyFirst(
				applyThaiBreaks(html, await planFor(html)),
				path,
			);
			policies[at] = policy;
			await writeFile(join(finishedDir, page), finished);
			if (fed(page)) await writeFile(join(feedDir, page), searchFeed(finished));
		} catch (error) {
			// Every error names its page (policyFirst's already do).
			const message = error instanceof Error ? error.message : String(error);
			if (message.startsWith(path)) throw error;
			throw new Error(`${path}: ${message}`, { cause: error });
		}
	});
	// In the pages' order, not the order they were finished in.
	return { policy: [...unionPolicy(policies.filter((policy) => policy !== undefined))] };
}

const send = process.send?.bind(process);
if (!send) throw new Error('finish-pages-child.ts: run by src/integrations/finish-pages.ts only');
// The build that started this pass is gone (killed, or failed elsewhere): stop, writing nothing more.
const orphaned = () => process.exit(1);
process.once('disconnect', orphaned);
process.once('message', async (order: PassOrder) => {
	let answer: FinishedPages | { error: string };
	try {
		answer = await finishPagesInto(order, await thaiBreakPlanner(order.root, order.names));
	} catch (error) {
		// Sent, so that the build's error says what went wrong and where; the stack stays in this log.
		console.error(error);
		answer = { error: error instanceof Error ? error.message : String(error) };
	}
	process.off('disconnect', orphaned);
	// Disconnected once sent, so the process ends (an open channel would keep it alive).
	send(answer, undefined, undefined, () => {
		if (process.connected) process.disconnect?.();
	});
});
