import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/fixture-build';

/** Every file under `dir`, by its path inside it. */
function files(dir: string): Map<string, Buffer> {
	return new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(dir.length + 1), readFileSync(path)];
			}),
	);
}

/** One sentence added to one story's English body: the edit an editor makes most. */
const story = 'products/nan-silverware/index.en.md';
const editOneStory = (content: string) => {
	const file = join(content, story);
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added for the rebuild test.\n`);
};

describe('a rebuild after one story changed', () => {
	test('publishes the same bytes as a cold build of the same content', async () => {
		const first = await buildFixture(() => undefined);
		expect(first.status, first.output.slice(-2000)).toBe(0);
		// The same folder and cache: what the last build left (Astro's content store, share
		// images, Thai break plans) is reused.
		const rebuilt = await buildFixture(editOneStory, {}, first);
		expect(rebuilt.status, rebuilt.output.slice(-2000)).toBe(0);
		const cold = await buildFixture(editOneStory, {
			KHONGDEE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'khong-dee-cold-cache-')),
		});
		expect(cold.status, cold.output.slice(-2000)).toBe(0);

		const got = files(rebuilt.distDir);
		const want = files(cold.distDir);
		// The edit is published: the test compares two sites that differ from the first one.
		expect(got.get('en/products/nan-silverware/index.html')?.toString()).toContain(
			'A sentence added for the rebuild test.',
		);
		expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
		const differing = [...want].filter(([path, bytes]) => !got.get(path)?.equals(bytes));
		expect(differing.map(([path]) => path)).toEqual([]);
	}, 300_000);
});
