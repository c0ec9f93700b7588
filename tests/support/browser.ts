import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

/** Headless Chromium as every tool of the project runs it (scripts/chromium.mjs): Debian's, fresh profile. */
export const launchBrowser = launchChromium;

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
 * in the file's own `beforeAll` hooks (registered after this call) and in its tests. `options` are
 * for the context, such as `serviceWorkers: 'block'`.
 */
export function useBrowser(options?: BrowserContextOptions): { readonly context: BrowserContext } {
	let launched: Awaited<ReturnType<typeof launchBrowser>> | undefined;
	beforeAll(async () => {
		launched = await launchBrowser(options);
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
