import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { decompress } from 'wawoff2';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markupText, renderShareImages, shareImageSize, type ShareFont, type ShareImageText } from '../../src/lib/share-image';

describe('markupText', () => {
	test('escapes what Pango markup would read as tags or entities', () => {
		expect(markupText('Salt & <pepper>')).toBe('Salt &amp; &lt;pepper&gt;');
	});

	test('lets Thai titles wrap between words, never inside one', () => {
		const text = markupText('ผลิตภัณฑ์แปรรูปข้าวเมืองสี่แคว');
		expect(text.split('\u200b').length).toBeGreaterThan(2);
		expect(text.replaceAll('\u200b', '')).toBe('ผลิตภัณฑ์แปรรูปข้าวเมืองสี่แคว');
		expect(text.split('\u200b')).toContain('ข้าว');
	});

	test('leaves English alone', () => {
		expect(markupText('Nan silverware')).toBe('Nan silverware');
	});
});

describe('renderShareImages', () => {
	let dir: string;
	let font: ShareFont;
	const cover = readFileSync('content/products/nan-silverware/cover.svg');
	/** Mean absolute difference of two same-sized raw images over a band of rows. */
	async function difference(a: Buffer, b: Buffer, top: number, height: number) {
		const band = (jpeg: Buffer) => sharp(jpeg).extract({ left: 0, top, width: shareImageSize.width, height }).raw().toBuffer();
		const [x, y] = await Promise.all([band(a), band(b)]);
		let total = 0;
		for (let i = 0; i < x.length; i++) total += Math.abs(x[i]! - y[i]!);
		return total / x.length;
	}

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'khong-dee-font-'));
		const files = await Promise.all(
			['thai', 'latin'].map(async (subset) => {
				const file = join(dir, `${subset}.ttf`);
				writeFileSync(file, await decompress(readFileSync(`node_modules/@fontsource-variable/anuphan/files/anuphan-${subset}-wght-normal.woff2`)));
				return file;
			}),
		);
		font = { family: 'Anuphan', files };
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const renderShareImage = async (image: Buffer, text: ShareImageText, f: ShareFont) => (await renderShareImages(image, [text], f))[0]!;

	test('draws one picture per text, in order, from one cover', async () => {
		const texts = [
			{ title: 'เครื่องเงินน่าน', kicker: 'น่าน · ของดี', lang: 'th' },
			{ title: 'Nan silverware', kicker: 'Nan · Khong Dee', lang: 'en' },
		];
		const [th, en] = await renderShareImages(cover, texts, font);
		expect(th!.equals(await renderShareImage(cover, texts[0]!, font))).toBe(true);
		expect(en!.equals(await renderShareImage(cover, texts[1]!, font))).toBe(true);
		expect(th!.equals(en!)).toBe(false);
	});

	test('draws a 1200×630 JPEG', async () => {
		const jpeg = await renderShareImage(cover, { title: 'เครื่องเงินน่าน', kicker: 'น่าน · ของดี', lang: 'th' }, font);
		expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
	});

	test('writes each language its own title, at the bottom, over the same picture', async () => {
		const th = await renderShareImage(cover, { title: 'เครื่องเงินน่าน', kicker: 'น่าน · ของดี', lang: 'th' }, font);
		const en = await renderShareImage(cover, { title: 'Nan silverware', kicker: 'Nan · Khong Dee', lang: 'en' }, font);
		expect(await difference(th, en, 430, 200)).toBeGreaterThan(2);
		expect(await difference(th, en, 0, 300)).toBeLessThan(0.5);
	});

	test('labels an illustration in the top corner, and only when asked', async () => {
		const text = { title: 'Nan silverware', kicker: 'Nan · Khong Dee', lang: 'en' };
		const plain = await renderShareImage(cover, text, font);
		const labelled = await renderShareImage(cover, { ...text, illustrationLabel: 'Illustration' }, font);
		expect(await difference(plain, labelled, 30, 60)).toBeGreaterThan(2);
		expect(await difference(plain, labelled, 200, 430)).toBeLessThan(0.5);
	});

	test('keeps a very long title inside the picture', async () => {
		const title = 'A very long journey title that goes on and on through many provinces, rivers, markets and villages of the north';
		const jpeg = await renderShareImage(cover, { title, kicker: 'Nan · Khong Dee', lang: 'en' }, font);
		const plain = await renderShareImage(cover, { title: 'Nan', kicker: 'Nan · Khong Dee', lang: 'en' }, font);
		// The text stays in the lower half: the sky above is untouched by it.
		expect(await difference(jpeg, plain, 0, 250)).toBeLessThan(0.5);
	});
});
