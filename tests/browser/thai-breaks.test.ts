import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { contentThaiNames } from '../../src/lib/content-thai-names';
import {
	knownWordsPattern,
	markThaiBreaksInHtml,
	thaiWordsIcuSplits,
} from '../../src/lib/thai-breaks';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * Long Thai text, word by word as a Thai reader cuts it, with words ICU's dictionary splits
 * (ทริ|ป, ปะ|อาว; Chromium's own dictionary also cuts กาบ|บัว).
 */
const sampleWords = [
	'ทริป',
	'น่าน',
	'สอง',
	'วัน',
	'แวะ',
	'บ้านปะอาว',
	'ดู',
	'ผ้ากาบบัว',
	'แล้ว',
	'ไป',
	'กิน',
	'ไก่เบตง',
	'ที่',
	'เบตง',
	'ต่อ',
	'ไป',
	'ดู',
	'กล้วยหิน',
	'ที่',
	'บันนังสตา',
	'ใน',
	'ทริป',
	'เดียว',
	// Names and compounds ICU cuts (one of them mid-syllable: เยอ|ร์เวง).
	'แวะ',
	'สกาย',
	'วอล์ก',
	'ทะเลหมอก',
	'อัยเยอร์เวง',
	'ที่',
	'เทือก',
	'เขา',
	'สันกาลาคีรี',
	'กับ',
	'หอนาฬิกา',
	'ของ',
	'ไทลื้อ',
];

/**
 * The words (by offset in the element's text) whose letters are not all on one line, as the page
 * lays them out: Range.getClientRects per letter, compared by line top.
 */
function wordsBrokenAcrossLines(page: Page, selector: string, words: string[]) {
	return page.$$eval(
		selector,
		(elements, words) =>
			elements.flatMap((element) => {
				const nodes: Text[] = [];
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
				/** Where the letter at a text offset is drawn: its line's top. */
				const topAt = (offset: number) => {
					let at = offset;
					for (const node of nodes) {
						if (at < node.length) {
							const range = document.createRange();
							range.setStart(node, at);
							range.setEnd(node, at + 1);
							return Math.round(range.getClientRects()[0]?.top ?? NaN);
						}
						at -= node.length;
					}
					return NaN;
				};
				const broken: string[] = [];
				let offset = 0;
				for (const word of words) {
					const tops = new Set([...word].map((_, i) => topAt(offset + i)));
					if (tops.size > 1) broken.push(word);
					offset += word.length;
				}
				return broken;
			}),
		words,
	);
}

describe('Thai wraps between words at 360 px', () => {
	test('long Thai text breaks only between its words, and copies as the original text', async () => {
		const known = knownWordsPattern([
			...thaiWordsIcuSplits,
			...(await contentThaiNames(resolve('content'))),
		]);
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`${baseUrl}/th/products/nan-silverware/`);
		// Each paragraph starts a little later, so every word meets the end of a line somewhere.
		const paragraphs = Array.from({ length: 16 }, (_, i) => [
			...Array(i).fill('ไป'),
			...sampleWords,
		]);
		const texts = paragraphs.map((words) => words.join(''));
		await page.$eval(
			'.prose',
			(prose, html) => {
				prose.innerHTML = html;
			},
			texts.map((text) => `<p class="sample">${markThaiBreaksInHtml(text, known)}</p>`).join(''),
		);
		const lines = await page.$$eval('.sample', (ps) =>
			ps.map((p) =>
				Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)),
			),
		);
		expect(Math.min(...lines)).toBeGreaterThan(2); // the text does wrap
		const broken = [];
		for (const [i, text] of texts.entries()) {
			const words = paragraphs[i]!;
			broken.push(...(await wordsBrokenAcrossLines(page, `.sample:nth-child(${i + 1})`, words)));
			expect(await page.textContent(`.sample:nth-child(${i + 1})`)).toBe(text);
		}
		expect(broken).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
		await page.close();
	});

	test('a built Thai page copies as written: title and summary read as in its JSON-LD', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${baseUrl}/th/products/ubon-pha-kap-bua/`);
		const { name, description } = await page.$eval(
			'script[type="application/ld+json"]',
			(s) => JSON.parse(s.textContent!) as { name: string; description: string },
		);
		expect(await page.locator('.lead wbr').count()).toBeGreaterThan(0);
		expect(await page.textContent('h1')).toBe(name);
		expect((await page.textContent('.lead'))?.trim()).toBe(description);
		await page.close();
	});
});
