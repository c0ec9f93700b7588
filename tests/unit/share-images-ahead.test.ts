import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentKey } from '../../src/lib/file-cache';
import { renderShareImages, type ShareFont } from '../../src/lib/share-image';
import {
	drawAhead,
	drawingCode,
	type AheadItem,
	type AheadOrder,
} from '../../src/lib/share-images-ahead';
import { testShareFont } from '../support/share-font';

describe('drawAhead', () => {
	let dir: string;
	let font: ShareFont;
	const texts = [
		{ title: 'เครื่องเงินน่าน', titleLang: 'th', kicker: 'น่าน · ของดี', lang: 'th' },
		{ title: 'Nan silverware', titleLang: 'en', kicker: 'Nan · Khong Dee', lang: 'en' },
	];
	/** An item folder with a facts.yaml naming `cover.svg`, and that cover when given. */
	function item(name: string, cover?: string): AheadItem {
		const folder = join(dir, 'content', name);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'facts.yaml'), 'image:\n  src: ./cover.svg\n');
		if (cover) writeFileSync(join(folder, 'cover.svg'), cover);
		return {
			factsFile: join(folder, 'facts.yaml'),
			files: [`${name}-th.jpg`, `${name}-en.jpg`],
			texts,
		};
	}
	const svg = (fill: string) =>
		`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="${fill}"/></svg>`;

	/** The drawing code as it is: what a build that has not changed it sends. */
	const drawingCodeKey = contentKey(drawingCode(process.cwd()));
	const order = (cacheDir: string, items: AheadItem[]): AheadOrder => ({
		cacheDir,
		drawingCode: drawingCodeKey,
		font,
		items,
	});

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'khong-dee-ahead-'));
		font = await testShareFont();
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('draws each item into the cache, as the page would, and leaves a cover it cannot draw to the page', async () => {
		const cacheDir = join(dir, 'cache-a');
		const items = [item('teal', svg('#1b6f6a')), item('missing'), item('sand', svg('#d8c7a0'))];
		await Promise.all(drawAhead(process.cwd(), order(cacheDir, items)));
		for (const [name, fill] of [
			['teal', '#1b6f6a'],
			['sand', '#d8c7a0'],
		] as const) {
			const [th, en] = await renderShareImages(Buffer.from(svg(fill)), texts, font);
			expect(readFileSync(join(cacheDir, `${name}-th.jpg`)).equals(th!)).toBe(true);
			expect(readFileSync(join(cacheDir, `${name}-en.jpg`)).equals(en!)).toBe(true);
		}
		expect(existsSync(join(cacheDir, 'missing-th.jpg'))).toBe(false);
		expect(existsSync(join(cacheDir, 'missing-en.jpg'))).toBe(false);
	});

	test('keeps an image the cache already has', async () => {
		const cacheDir = join(dir, 'cache-b');
		mkdirSync(cacheDir, { recursive: true });
		writeFileSync(join(cacheDir, 'kept-th.jpg'), 'already drawn');
		const items = [item('kept', svg('#8a3b2e'))];
		await Promise.all(drawAhead(process.cwd(), order(cacheDir, items)));
		expect(readFileSync(join(cacheDir, 'kept-th.jpg'), 'utf8')).toBe('already drawn');
		const [, en] = await renderShareImages(Buffer.from(svg('#8a3b2e')), texts, font);
		expect(readFileSync(join(cacheDir, 'kept-en.jpg')).equals(en!)).toBe(true);
	});

	test('draws nothing when the drawing code differs from what the build hashed', async () => {
		const cacheDir = join(dir, 'cache-changed');
		const items = [item('changed', svg('#556b2f'))];
		const settled = drawAhead(process.cwd(), { ...order(cacheDir, items), drawingCode: 'other' });
		await Promise.all(settled);
		expect(existsSync(cacheDir)).toBe(false);
	});

	test.each([
		['cannot start (no such folder)', 'no-folder'],
		['stops at once (no such file)', 'empty-project'],
	])('settles every item, drawing none, when its process %s', async (_, project) => {
		const cacheDir = join(dir, `cache-${project}`);
		if (project === 'empty-project') mkdirSync(join(dir, project));
		const items = [item(`${project}-item`, svg('#333333'))];
		const settled = drawAhead(join(dir, project), order(cacheDir, items));
		expect(settled).toHaveLength(1);
		await Promise.all(settled);
		expect(existsSync(cacheDir)).toBe(false);
	});
});
