import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro's incremental build keeps, in the build cache, a manifest of each page's key
 * (`incremental-build.json`) and a copy of each page it rendered (`dist/`). It writes a copy as
 * soon as its page is rendered but the manifest only once every page is done, so a build that stops
 * between the two (a page that fails, a refused content check that stops Astro, a kill) leaves new
 * copies under the old manifest's keys: a page changed and then changed back would be published as
 * it was in the build that failed. So a build marks the cache as in use, and the next build finding
 * the mark left behind starts without the manifest and copies: every page is rendered again.
 */

const manifestName = 'incremental-build.json';
const copiesName = 'dist';
const markName = 'incremental-build.in-use';

/** Called as a build starts, before Astro reads the manifest. Returns whether the copies were dropped. */
export function startIncrementalBuild(cacheDir: string): boolean {
	const mark = join(cacheDir, markName);
	const unfinished = existsSync(mark);
	if (unfinished) {
		rmSync(join(cacheDir, manifestName), { force: true });
		rmSync(join(cacheDir, copiesName), { recursive: true, force: true });
	}
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(mark, 'A build is using this cache, or one stopped before it finished.\n');
	return unfinished;
}

/** Called once Astro has written every page and its manifest. */
export function finishIncrementalBuild(cacheDir: string): void {
	rmSync(join(cacheDir, markName), { force: true });
}
