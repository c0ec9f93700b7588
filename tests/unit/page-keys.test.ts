import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	catalogDataKey,
	projectCodeKey,
	storyPageKey,
	type KeyedStory,
} from '../../src/lib/page-keys';

const catalogue = () => ({
	provinces: [
		{ id: 'nan', data: { name: { th: 'น่าน', en: 'Nan' } } },
		{ id: 'yala', data: { name: { th: 'ยะลา', en: 'Yala' } } },
	],
	productStories: [
		{ id: 'nan-silverware/en', data: { title: 'Nan silverware', summary: 'Silver.' } },
		{ id: 'nan-silverware/th', data: { title: 'เครื่องเงินน่าน', summary: 'เงิน' } },
	],
	products: [
		{ id: 'nan-silverware', data: { image: { src: { src: '/_astro/cover.AbC123.svg' } } } },
	],
});

describe('catalogDataKey', () => {
	test('changes when any field of any entry changes', () => {
		const before = catalogDataKey(catalogue());
		const retitled = catalogue();
		retitled.productStories[0]!.data.title = 'Nan silver';
		const recovered = catalogue();
		// A cover replaced under the same file name is built under another content hash.
		recovered.products[0]!.data.image.src.src = '/_astro/cover.XyZ789.svg';
		const renamed = catalogue();
		renamed.provinces[1]!.data.name.en = 'Yala province';
		const keys = [before, ...[retitled, recovered, renamed].map(catalogDataKey)];
		expect(new Set(keys).size).toBe(4);
	});

	test('changes when an entry is added, removed or moved to another collection', () => {
		const before = catalogDataKey(catalogue());
		const added = catalogue();
		added.provinces.push({ id: 'phrae', data: { name: { th: 'แพร่', en: 'Phrae' } } });
		const removed = catalogue();
		removed.provinces.pop();
		const { provinces, ...rest } = catalogue();
		const moved = { ...rest, categories: provinces };
		expect(catalogDataKey(added)).not.toBe(before);
		expect(catalogDataKey(removed)).not.toBe(before);
		expect(catalogDataKey(moved)).not.toBe(before);
	});

	test('is the same whatever order the entries and collections come in', () => {
		const shuffled = catalogue();
		shuffled.provinces.reverse();
		const reordered = {
			products: shuffled.products,
			provinces: shuffled.provinces,
			productStories: shuffled.productStories,
		};
		expect(catalogDataKey(reordered)).toBe(catalogDataKey(catalogue()));
	});
});

describe('storyPageKey', () => {
	const story = (html: string, digest = 'd1', imagePaths: string[] = []): KeyedStory => ({
		digest,
		rendered: { html, metadata: { imagePaths } },
	});

	test('changes with the story body, its file, or the catalogue', () => {
		const key = storyPageKey('catalogue-1', story('<p>One.</p>'));
		expect(key).toBeTypeOf('string');
		expect(storyPageKey('catalogue-1', story('<p>One. Two.</p>'))).not.toBe(key);
		expect(storyPageKey('catalogue-1', story('<p>One.</p>', 'd2'))).not.toBe(key);
		expect(storyPageKey('catalogue-2', story('<p>One.</p>'))).not.toBe(key);
		expect(storyPageKey('catalogue-1', story('<p>One.</p>'))).toBe(key);
	});

	test('gives no key to a story with pictures or an MDX story, so their pages are always rendered', () => {
		expect(storyPageKey('c', story('<img src="x">', 'd', ['./loom.jpg']))).toBeUndefined();
		expect(storyPageKey('c', { digest: 'd' })).toBeUndefined();
	});
});

describe('projectCodeKey', () => {
	/** A project folder with code, a public file and content. */
	function project(): string {
		const root = mkdtempSync(join(tmpdir(), 'khong-dee-code-'));
		for (const [path, text] of Object.entries({
			'src/pages/index.astro': '<h1>Home</h1>',
			'src/styles/site.css': 'body { margin: 0 }',
			'public/sw.js': 'self.addEventListener("fetch", () => {});',
			'astro.config.mjs': 'export default {};',
			'package-lock.json': '{}',
			'tsconfig.json': '{}',
			'content/products/x/index.en.md': 'A story.',
		})) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return root;
	}

	test('changes when any code, a public file or the lockfile changes', () => {
		const root = project();
		const keys = [projectCodeKey(root)];
		for (const [path, text] of [
			['src/styles/site.css', 'body { margin: 1px }'],
			['src/lib/new.ts', 'export const x = 1;'],
			['public/sw.js', '// another worker'],
			['package-lock.json', '{ "lockfileVersion": 3 }'],
		] as const) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), text);
			keys.push(projectCodeKey(root));
		}
		expect(new Set(keys).size).toBe(keys.length);
	});

	test("does not change with the content, which the pages' own keys cover", () => {
		const root = project();
		const before = projectCodeKey(root);
		writeFileSync(join(root, 'content/products/x/index.en.md'), 'Another story.');
		expect(projectCodeKey(root)).toBe(before);
	});
});
