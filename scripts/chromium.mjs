// How every tool of this project runs a browser: Debian's Chromium (no download), headless, with a
// fresh profile and none of Chromium's own network traffic. Used by the tests (tests/support/browser.ts)
// and the benchmarks (scripts/bench/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for running as root in a container, without the GPU, and without calls home. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Headless Chromium with a fresh profile, removed again by `close()`.
 * @param {import('playwright-core').BrowserContextOptions} [options] for the context, such as
 *   `serviceWorkers: 'block'`
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchChromium(options = {}) {
	const profile = mkdtempSync(join(tmpdir(), 'khong-dee-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		...options,
		executablePath: chromiumPath,
		headless: true,
		args: chromiumFlags,
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
