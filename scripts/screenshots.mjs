// `npm run screenshots -- /th/provinces/nan/ /en/search/?q=silver …`: screenshots of built pages at a
// phone's width (360 px) and a desktop's (1280 px), as Chromium lays them out, to look at before a
// change lands. Serves `dist/` (or KHONGDEE_OUT_DIR) on 127.0.0.1 and writes full-page PNGs, cut into
// screen-high parts, to `screenshots/` (or SCREENSHOTS_DIR). Tests check what can be checked; a page
// that passes them and looks broken is broken.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveDir } from './static-server.mjs';

const dist = process.env.KHONGDEE_OUT_DIR ?? 'dist';
const out = process.env.SCREENSHOTS_DIR ?? 'screenshots';
const paths = process.argv.slice(2);
if (paths.length === 0) {
	console.error('Name the pages: npm run screenshots -- /th/ /en/provinces/nan/');
	process.exit(2);
}
/** Widths and the height of each part: a phone's screen and a desktop's. */
const screens = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 900 },
];

mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const origin = server.origin;
const { context, close } = await launchChromium();
try {
	for (const path of paths)
		for (const { width, height } of screens) {
			const page = await context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			// Pictures below the first screen load lazily: scroll through so every part shows them.
			const full = await page.evaluate(async (step) => {
				for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				window.scrollTo(0, 0);
				return document.documentElement.scrollHeight;
			}, height);
			await page.waitForLoadState('networkidle');
			const name = decodeURIComponent(path).replace(/[^\p{L}\p{N}]+/gu, '_') || 'root';
			for (let y = 0, part = 0; y < full; y += height, part++) {
				const file = join(out, `${name}-${width}-${part}.png`);
				const clip = { x: 0, y, width, height: Math.min(height, full - y) };
				await page.screenshot({ path: file, fullPage: true, clip });
				console.log(file);
			}
			await page.close();
		}
} finally {
	await close();
	await server.close();
}
