// Search benchmark: what a phone downloads for the first and the next query, how long from opening
// /en/search/?q=… to the first results in headless Chromium, and the size of the index.
// Run by `npm run bench` after it builds the site; alone, after `npm run build`. Prints a Markdown
// table; with --write, puts it in docs/benchmarks.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../chromium.mjs';
import { serveDir } from '../static-server.mjs';
import { writeSections } from './report.mjs';

const dist = process.env.KHONGDEE_OUT_DIR ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 7);
if (!existsSync(join(dist, 'pagefind'))) {
	console.error(`No search index in ${dist}/pagefind: run \`npm run build\` first.`);
	process.exit(1);
}

const server = await serveDir(dist);
const origin = server.origin;

/** Bytes a host that gzips text would send for a file of dist/ (pagefind's index files are already compressed). */
function servedBytes(pathname) {
	const body = readFileSync(join(dist, decodeURIComponent(pathname)));
	return /\.(js|css|html|json|svg)$/.test(pathname)
		? gzipSync(body, { level: 9 }).length
		: body.length;
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(lang, first, next) {
	const { context, close } = await launchChromium();
	const page = await context.newPage();
	let fetched = [];
	page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
	const resultsShown = () =>
		page.waitForFunction(
			() =>
				document.querySelectorAll('[data-search-results] li').length > 0 &&
				!/Searching|กำลังค้นหา/.test(
					document.querySelector('[data-search-status]')?.textContent ?? '',
				),
		);

	await page.goto(`${origin}/${lang}/search/`);
	await page.waitForLoadState('networkidle');
	fetched = [];
	await page.fill('#search-page-input', first);
	await page.press('#search-page-input', 'Enter');
	await resultsShown();
	await page.waitForLoadState('networkidle');
	const firstFiles = fetched.filter((p) => p.startsWith('/pagefind/'));
	fetched = [];
	await page.fill('#search-page-input', next);
	await page.press('#search-page-input', 'Enter');
	await page.waitForFunction(
		(q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
		next,
	);
	await page.waitForLoadState('networkidle');
	const nextFiles = fetched.filter((p) => p.startsWith('/pagefind/'));

	// Time from navigation to first results for a shared link, cold cache each time.
	const times = [];
	for (let i = 0; i < runs; i++) {
		const fresh = await context.newPage();
		await fresh.route('**/*', (route) =>
			route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }),
		);
		await fresh.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(first)}`);
		await fresh.waitForFunction(
			() => document.querySelectorAll('[data-search-results] li').length > 0,
		);
		times.push(await fresh.evaluate(() => performance.now()));
		await fresh.close();
	}
	await close();
	const sum = (files) => files.reduce((total, file) => total + servedBytes(file), 0);
	return {
		lang,
		first,
		next,
		firstBytes: sum(firstFiles),
		firstCount: firstFiles.length,
		nextBytes: sum(nextFiles),
		nextCount: nextFiles.length,
		times,
	};
}

/**
 * Bytes on disk of the search bundles: all their files, or (with a language) only that language's
 * index files, named by the index's language and hash (`th_…`, `und_…`), without pagefind's script.
 */
function indexBytes(lang) {
	const walk = (d) =>
		readdirSync(d).flatMap((name) =>
			statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)],
		);
	const files = walk(join(dist, 'pagefind', lang));
	return files
		.filter((file) => lang === '' || /^(?:pagefind\.)?[a-z]{2,3}_[0-9a-f]+/.test(basename(file)))
		.reduce((total, file) => total + statSync(file).size, 0);
}

const rows = [await measure('en', 'silver', 'pearl'), await measure('th', 'เบตง', 'ผ้าทอ')];
await server.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const section = [
	`## Search (${runs} runs each, ${new Date().toISOString().slice(0, 10)})`,
	'',
	"The real site (`npm run build`) served on 127.0.0.1, in headless Chromium: what the first and the next query download, and the time from opening a shared search link to its first results. Bytes are what a host that gzips text sends; pagefind's index files are already compressed. `node scripts/bench/search.mjs`.",
	'',
	'| site | first query | bytes for it | next query | bytes for it | load → first results (median, min–max) |',
	'| --- | --- | --- | --- | --- | --- |',
	...rows.map(
		(r) =>
			`| /${r.lang}/ | ${r.first} | ${kb(r.firstBytes)} (${r.firstCount} files) | ${r.next} | ${kb(r.nextBytes)} (${r.nextCount} files) | ${median(r.times).toFixed(0)} ms (${Math.min(...r.times).toFixed(0)}–${Math.max(...r.times).toFixed(0)}) |`,
	),
	'',
	`Index on disk: ${kb(indexBytes(''))} in all (Thai ${kb(indexBytes('th'))}, English ${kb(indexBytes('en'))}).`,
].join('\n');
console.log(section);
if (process.argv.includes('--write')) writeSections([section]);
