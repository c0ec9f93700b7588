import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { replaceIn } from '../support/broken-cases';
import { buildFixture } from '../support/fixture-build';

const breakProvince = (content: string) =>
	replaceIn(
		join(content, 'products/nan-silverware/facts.yaml'),
		/^province: nan$/m,
		'province: nann',
	);

describe('a build stopped while it swaps the new site in', () => {
	test(
		'leaves the last good site where the next build puts it back, even when that build fails',
		{ timeout: 600_000 },
		async () => {
			// Killed between `dist` → `dist.previous` and `dist.next` → `dist` (KHONGDEE_CRASH_BETWEEN_RENAMES).
			const crashed = await buildFixture(() => undefined, { KHONGDEE_CRASH_BETWEEN_RENAMES: '1' });
			expect(crashed.signal, crashed.output).toBe('SIGKILL');
			expect(existsSync(crashed.distDir)).toBe(false);
			expect(readFileSync(join(`${crashed.distDir}.previous`, 'previous-build.txt'), 'utf8')).toBe(
				'the last good site',
			);
			expect(existsSync(join(`${crashed.distDir}.next`, 'index.html'))).toBe(true);

			// The next build has bad content: it fails, and the last good site is back in dist/.
			const failed = await buildFixture(breakProvince, {}, crashed);
			expect(failed.status).not.toBe(0);
			expect(readdirSync(failed.distDir)).toEqual(['previous-build.txt']);
			expect(failed.output).toContain('restored the last good site');
			expect(failed.output).toContain('นำเว็บไซต์ฉบับดีล่าสุด');
			expect(failed.output).toContain('nothing was published');
			expect(existsSync(`${failed.distDir}.previous`)).toBe(false);
			expect(existsSync(`${failed.distDir}.next`)).toBe(false);

			// A `dist.previous` beside a `dist` is what a build stopped after the swap leaves: it is stale and removed.
			mkdirSync(`${failed.distDir}.previous`);
			writeFileSync(join(`${failed.distDir}.previous`, 'stale.txt'), 'an older site');
			const again = await buildFixture(() => undefined, {}, failed);
			expect(again.status).not.toBe(0);
			expect(again.output).not.toContain('restored the last good site');
			expect(existsSync(`${again.distDir}.previous`)).toBe(false);
			expect(readdirSync(again.distDir)).toEqual(['previous-build.txt']);
		},
	);
});
