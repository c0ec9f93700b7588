import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { finishIncrementalBuild, startIncrementalBuild } from '../../src/lib/incremental-guard';

/** A build cache as Astro's incremental build leaves it: its manifest and a page's copy. */
function cacheWithCopies(): string {
	const cache = mkdtempSync(join(tmpdir(), 'khong-dee-incremental-'));
	writeFileSync(join(cache, 'incremental-build.json'), '{}');
	mkdirSync(join(cache, 'dist/en'), { recursive: true });
	writeFileSync(join(cache, 'dist/en/index.html'), '<p>a page</p>');
	return cache;
}

describe('the incremental build guard', () => {
	test('keeps the manifest and the copies after a build that finished', () => {
		const cache = cacheWithCopies();
		expect(startIncrementalBuild(cache)).toBe(false);
		finishIncrementalBuild(cache);
		expect(startIncrementalBuild(cache)).toBe(false);
		expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true);
		expect(existsSync(join(cache, 'dist/en/index.html'))).toBe(true);
	});

	test('drops the manifest and the copies after a build that stopped before it finished', () => {
		const cache = cacheWithCopies();
		startIncrementalBuild(cache);
		// No finish: the build failed or was killed.
		expect(startIncrementalBuild(cache)).toBe(true);
		expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
		expect(existsSync(join(cache, 'dist'))).toBe(false);
	});

	test('starts in a cache folder that does not exist yet', () => {
		const cache = join(mkdtempSync(join(tmpdir(), 'khong-dee-incremental-')), 'new');
		expect(startIncrementalBuild(cache)).toBe(false);
		finishIncrementalBuild(cache);
		expect(startIncrementalBuild(cache)).toBe(false);
	});
});
