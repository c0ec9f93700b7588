// Lighthouse (mobile profile) on the main page types in both languages, against dist/ served on
// 127.0.0.1 with gzip, in Debian's Chromium. Prints a Markdown table; with --write, puts it in docs/benchmarks.md.
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { serveDir } from '../static-server.mjs';
import { writeSections } from './report.mjs';

const dist = process.env.KHONGDEE_OUT_DIR ?? 'dist';
const served = mkdtempSync(join(tmpdir(), 'khong-dee-lh-'));
cpSync(dist, served, { recursive: true });
// A real host compresses text; sirv serves the .gz files written here.
for (const file of readdirSync(served, { recursive: true }).map((f) => join(served, String(f)))) {
	if (statSync(file).isFile() && /\.(html|css|js|json|svg|xml|txt)$/.test(file))
		writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
}
const server = await serveDir(served, { gzip: true });
const origin = server.origin;

const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	chromeFlags: ['--headless=new', ...chromiumFlags],
});
const pages = process.env.LH_PAGES
	? process.env.LH_PAGES.split(',')
	: [
			'/th/',
			'/en/',
			'/th/provinces/yala/',
			'/en/provinces/nan/',
			'/th/products/betong-chicken/',
			'/en/products/nan-silverware/',
			'/th/itineraries/yala-betong-and-bannang-sata/',
			'/en/itineraries/nan-crafts-and-old-town/',
			'/th/search/?q=เบตง',
			'/en/search/?q=silver',
		];
const rows = [];
for (const path of pages) {
	const result = await lighthouse(`${origin}${path}`, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
	});
	const { categories, audits } = result.lhr;
	const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
	rows.push(
		`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audits['first-contentful-paint'].displayValue} | ${audits['largest-contentful-paint'].displayValue} | ${audits['cumulative-layout-shift'].displayValue} | ${audits['total-blocking-time'].displayValue} |`,
	);
	console.error(rows.at(-1));
}
await chrome.kill();
await server.close();
rmSync(served, { recursive: true, force: true });

const table = [
	'',
	`## Lighthouse (mobile profile, ${new Date().toISOString().slice(0, 10)})`,
	'',
	'Lighthouse with its default mobile emulation (slow 4G, 4× CPU slowdown) in headless Chromium, against `dist/` served on 127.0.0.1 with gzip: `node scripts/bench/lighthouse.mjs`. Interaction to Next Paint needs a real user; Total Blocking Time stands in for it in the lab.',
	'',
	'| page | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...rows,
	'',
].join('\n');
console.log(table);
if (process.argv.includes('--write')) writeSections([table]);
