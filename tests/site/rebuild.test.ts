import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { replaceIn } from '../support/broken-cases';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

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

/** The files of `got` that differ from, or are missing in, `want`'s and the other way round. */
function differences(got: FixtureBuild, want: FixtureBuild): string[] {
	const a = files(got.distDir);
	const b = files(want.distDir);
	return [...new Set([...a.keys(), ...b.keys()])].filter(
		(path) => !a.get(path)?.equals(b.get(path)!),
	);
}

/**
 * How Astro's incremental build made a page: `rendered`, or `copied` from the last build. Astro logs
 * each output file after "├─", with " (restored)" straight after the path of a copied one; with four
 * pages at once, a rendered page's time may be logged elsewhere.
 */
function howBuilt(build: FixtureBuild, path: string): 'rendered' | 'copied' | 'not logged' {
	const entry = build.output
		.split(/[├└]─/)
		.map((part) => part.trimStart())
		.find((part) => part.startsWith(path));
	if (entry === undefined) return 'not logged';
	const copied = [' (restored)', ' (cached)'].some((mark) =>
		entry.slice(path.length).startsWith(mark),
	);
	return copied ? 'copied' : 'rendered';
}

/** Each edit an editor makes, in the order the builds below make them. */
const edits = {
	/** One sentence added to one story's English body: the edit an editor makes most. */
	storyBody: (content: string) => {
		const file = join(content, 'products/nan-silverware/index.en.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added for the rebuild test.\n`);
	},
	/** Data other pages show: a story's title, which its province's page lists. */
	title: (content: string) =>
		replaceIn(
			join(content, 'products/phuket-pearls/index.en.md'),
			/^title: .*$/m,
			'title: Phuket pearls, retitled for the rebuild test',
		),
	/** A product's cover replaced by a different picture under the same file name. */
	cover: (content: string) =>
		copyFileSync(
			join(content, 'products/nan-silverware/cover.svg'),
			join(content, 'products/betong-chicken/cover.svg'),
		),
	/** A picture in a story's body, then that picture replaced under the same name. */
	pictureAdded: (content: string) => {
		copyFileSync(
			join(content, 'products/nan-silverware/cover.svg'),
			join(content, 'products/ban-mon-pottery/kiln.svg'),
		);
		const file = join(content, 'products/ban-mon-pottery/index.en.md');
		writeFileSync(
			file,
			`${readFileSync(file, 'utf8')}\n![A kiln, for the rebuild test](./kiln.svg)\n`,
		);
	},
	pictureReplaced: (content: string) =>
		copyFileSync(
			join(content, 'products/phuket-pearls/cover.svg'),
			join(content, 'products/ban-mon-pottery/kiln.svg'),
		),
};

/** A cold build (a cache of its own) of the bundled content with `applied` edits made. */
const coldBuild = (...applied: ((content: string) => void)[]) =>
	buildFixture((content) => applied.forEach((edit) => edit(content)), {
		KHONGDEE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'khong-dee-cold-cache-')),
	});

/**
 * The builds below share one folder and cache, each after one more edit, as an editor's
 * rebuilds do: what the last build left (Astro's content store and page copies, share images, Thai
 * break plans) is reused. Each must publish exactly what a cold build of the same content does.
 */
let last: FixtureBuild;
const rebuildAfter = async (edit: (content: string) => void) => {
	last = await buildFixture(edit, {}, last);
	expect(last.status, last.output.slice(-2000)).toBe(0);
	return last;
};

beforeAll(async () => {
	last = await buildFixture(() => undefined);
	expect(last.status, last.output.slice(-2000)).toBe(0);
}, 300_000);

describe('a rebuild', () => {
	test('after one story changed renders that page only, and publishes the bytes of a cold build', async () => {
		const rebuilt = await rebuildAfter(edits.storyBody);
		const cold = await coldBuild(edits.storyBody);
		expect(cold.status, cold.output.slice(-2000)).toBe(0);
		// The edit is published: the test compares two sites that differ from the first one.
		expect(
			readFileSync(join(rebuilt.distDir, 'en/products/nan-silverware/index.html'), 'utf8'),
		).toContain('A sentence added for the rebuild test.');
		expect(differences(rebuilt, cold)).toEqual([]);
		expect(howBuilt(rebuilt, '/en/products/nan-silverware/index.html')).toBe('rendered');
		for (const path of [
			'/th/products/nan-silverware/index.html',
			'/en/provinces/nan/index.html',
			'/en/index.html',
			'/en/products/nan-silverware/share.jpg',
		])
			expect(howBuilt(rebuilt, path), path).toBe('copied');
	}, 300_000);

	test('after a title other pages show changed renders those pages again, and publishes the bytes of a cold build', async () => {
		const rebuilt = await rebuildAfter(edits.title);
		const cold = await coldBuild(edits.storyBody, edits.title);
		expect(cold.status, cold.output.slice(-2000)).toBe(0);
		expect(readFileSync(join(rebuilt.distDir, 'en/provinces/phuket/index.html'), 'utf8')).toContain(
			'Phuket pearls, retitled for the rebuild test',
		);
		expect(differences(rebuilt, cold)).toEqual([]);
		for (const path of ['/en/provinces/phuket/index.html', '/en/products/phuket-pearls/share.jpg'])
			expect(howBuilt(rebuilt, path), path).toBe('rendered');
		// A share image shows its own item only.
		expect(howBuilt(rebuilt, '/en/products/nan-silverware/share.jpg')).toBe('copied');
	}, 300_000);

	test('after a cover was replaced under the same name publishes the bytes of a cold build', async () => {
		const rebuilt = await rebuildAfter(edits.cover);
		const cold = await coldBuild(edits.storyBody, edits.title, edits.cover);
		expect(cold.status, cold.output.slice(-2000)).toBe(0);
		expect(differences(rebuilt, cold)).toEqual([]);
		for (const path of [
			'/th/products/betong-chicken/index.html',
			'/th/products/betong-chicken/share.jpg',
			'/th/provinces/yala/index.html',
		])
			expect(howBuilt(rebuilt, path), path).toBe('rendered');
	}, 300_000);

	test('after a picture in a story was replaced under the same name publishes the bytes of a cold build', async () => {
		await rebuildAfter(edits.pictureAdded);
		const rebuilt = await rebuildAfter(edits.pictureReplaced);
		const cold = await coldBuild(
			edits.storyBody,
			edits.title,
			edits.cover,
			edits.pictureAdded,
			edits.pictureReplaced,
		);
		expect(cold.status, cold.output.slice(-2000)).toBe(0);
		expect(differences(rebuilt, cold)).toEqual([]);
		// A story with pictures has no key: its page is always rendered.
		expect(howBuilt(rebuilt, '/en/products/ban-mon-pottery/index.html')).toBe('rendered');
	}, 300_000);

	test('after a build that stopped halfway renders every page again', async () => {
		const before = files(last.distDir);
		// What a build stopped halfway leaves: the mark that a build is using the cache, and a page
		// copy Astro wrote before it could write its manifest.
		const cache = join(last.work, 'cache');
		writeFileSync(join(cache, 'incremental-build.in-use'), '');
		writeFileSync(join(cache, 'dist/en/index.html'), '<p>a copy from a build that stopped</p>');
		const rebuilt = await rebuildAfter(() => undefined);
		expect(rebuilt.output).toContain('the last build did not finish');
		expect(howBuilt(rebuilt, '/en/index.html')).toBe('rendered');
		const after = files(rebuilt.distDir);
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		expect(
			[...after].filter(([path, bytes]) => !before.get(path)?.equals(bytes)).map(([p]) => p),
		).toEqual([]);
	}, 300_000);
});
