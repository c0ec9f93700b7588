import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { shareImageSize } from '../../src/lib/share-image-size';
import {
	headlineMarkup,
	markupText,
	renderShareImages,
	type ShareFont,
	type ShareImageText,
} from '../../src/lib/share-image';
import { testShareFont } from '../support/share-font';

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

describe('headlineMarkup', () => {
	test("tags the title with the story's language and the kicker with the page's", () => {
		// An English story shown on the Thai site while its Thai version is missing.
		const markup = headlineMarkup(
			{ title: 'Nan silverware', titleLang: 'en', kicker: 'น่าน · ของดี', lang: 'th' },
			64,
		).replaceAll('\u200b', '');
		expect(markup).toMatch(
			/^<span lang="th" [^>]*>น่าน · ของดี<\/span>\n<span lang="en" size="64pt"[^>]*>Nan silverware<\/span>$/,
		);
	});
});

describe('renderShareImages', () => {
	let font: ShareFont;
	const cover = readFileSync('content/products/nan-silverware/cover.svg');
	/** Mean absolute difference of two same-sized raw images over a band of rows. */
	async function difference(a: Buffer, b: Buffer, top: number, height: number) {
		const band = (jpeg: Buffer) =>
			sharp(jpeg).extract({ left: 0, top, width: shareImageSize.width, height }).raw().toBuffer();
		const [x, y] = await Promise.all([band(a), band(b)]);
		let total = 0;
		for (let i = 0; i < x.length; i++) total += Math.abs(x[i]! - y[i]!);
		return total / x.length;
	}

	beforeAll(async () => {
		font = await testShareFont();
	});
	const renderShareImage = async (image: Buffer, text: ShareImageText, f: ShareFont) =>
		(await renderShareImages(image, [text], f))[0]!;
	const thai = { title: 'เครื่องเงินน่าน', titleLang: 'th', kicker: 'น่าน · ของดี', lang: 'th' };
	const english = {
		title: 'Nan silverware',
		titleLang: 'en',
		kicker: 'Nan · Khong Dee',
		lang: 'en',
	};

	test('draws one picture per text, in order, from one cover, each as if drawn alone', async () => {
		// Labelled, so both the title rows and the label rows must be wiped between languages.
		const texts = [
			{ ...thai, illustrationLabel: 'ภาพประกอบ' },
			{ ...english, illustrationLabel: 'Illustration' },
		];
		const [th, en] = await renderShareImages(cover, texts, font);
		expect(th!.equals(await renderShareImage(cover, texts[0]!, font))).toBe(true);
		expect(en!.equals(await renderShareImage(cover, texts[1]!, font))).toBe(true);
		expect(th!.equals(en!)).toBe(false);
	});

	test('draws a 1200×630 JPEG', async () => {
		const jpeg = await renderShareImage(cover, thai, font);
		expect(await sharp(jpeg).metadata()).toMatchObject({
			format: 'jpeg',
			width: 1200,
			height: 630,
		});
	});

	test('writes each language its own title, at the bottom, over the same picture', async () => {
		const th = await renderShareImage(cover, thai, font);
		const en = await renderShareImage(cover, english, font);
		expect(await difference(th, en, 430, 200)).toBeGreaterThan(2);
		expect(await difference(th, en, 0, 300)).toBeLessThan(0.5);
	});

	test('labels an illustration in the top corner, and only when asked', async () => {
		const plain = await renderShareImage(cover, english, font);
		const labelled = await renderShareImage(
			cover,
			{ ...english, illustrationLabel: 'Illustration' },
			font,
		);
		expect(await difference(plain, labelled, 30, 60)).toBeGreaterThan(2);
		expect(await difference(plain, labelled, 200, 430)).toBeLessThan(0.5);
	});

	test('shrinks a title too long for three lines to fit the text box', async () => {
		// Six lines or more at the smallest size; unshrunk, the kicker would sit near the top.
		const title = Array.from(
			{ length: 5 },
			() => 'A journey through many provinces, rivers, markets and villages of the north',
		).join(' and ');
		const jpeg = await renderShareImage(cover, { ...english, title }, font);
		const plain = await renderShareImage(cover, { ...english, title: 'Nan' }, font);
		// The box starts about 218 px above the bottom margin (row 352); nothing above it changes.
		expect(await difference(jpeg, plain, 0, 340)).toBeLessThan(0.5);
		expect(await difference(jpeg, plain, 360, 200)).toBeGreaterThan(2);
	});
});
