import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium: no test downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with a fresh profile and none of its own network traffic. */
export async function launchBrowser(): Promise<{
	context: BrowserContext;
	close: () => Promise<void>;
}> {
	const profile = mkdtempSync(join(tmpdir(), 'khong-dee-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** What a page did that it should not: console errors, uncaught exceptions, requests to other hosts. */
export interface PageWatch {
	errors: string[];
	foreignRequests: string[];
}

/** Records console errors, page errors and every request that leaves `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
	const watch: PageWatch = { errors: [], foreignRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.errors.push(message.text());
	});
	page.on('pageerror', (error) => watch.errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			watch.foreignRequests.push(url);
	});
	return watch;
}

/**
 * Starts Chromium before a test file's tests and closes it after them. `browser.context` is ready
 * in the file's own `beforeAll` hooks (registered after this call) and in its tests.
 */
export function useBrowser(): { readonly context: BrowserContext } {
	let launched: Awaited<ReturnType<typeof launchBrowser>> | undefined;
	beforeAll(async () => {
		launched = await launchBrowser();
	});
	afterAll(async () => launched?.close());
	return {
		get context() {
			if (!launched)
				throw new Error(
					'Chromium has not started yet: use browser.context inside tests or later hooks.',
				);
			return launched.context;
		},
	};
}
