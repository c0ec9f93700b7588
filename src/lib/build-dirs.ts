/**
 * Where a build keeps what it can reuse next time (Astro's content store and image cache, and our
 * share images). A build of other content (a test fixture, the benchmark) sets its own, because the
 * content store does not notice when the content folder changes.
 */
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return env.KHONGDEE_CACHE_DIR ?? './node_modules/.astro';
}
