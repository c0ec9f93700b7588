import { describe, expect, test } from 'vitest';
import { phraseSpace, readableThai, searchFeed } from '../../src/lib/search-feed';
import { firstTogether, readableResults, type PagefindLike } from '../../src/lib/search-step';
import { markThaiBreaksInHtml } from '../../src/lib/thai-breaks';

/** The text pagefind keeps of some HTML: its words, split at whitespace, joined by single spaces. */
const asPagefindKeepsIt = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.split(/\s+/)
		.filter(Boolean)
		.join(' ');

const story =
	'<p>งานเงินเมืองน่านมาจากช่างสองสาย คือช่างเงินพื้นเมืองผู้ตีสลุง พาน และเชี่ยนหมาก กับช่างเงินชาวม้ง (Hmong) บนดอย</p>';

describe('searchFeed', () => {
	test('puts a space at each word break and marks the writer’s own spaces between Thai', () => {
		const feed = searchFeed(
			'<p><span class="tw">ผ้า<wbr>ทอ</span> <span class="tw">มือ</span> and <b>Nan</b> <span class="tw">น่าน</span></p>',
		);
		expect(feed).toBe(
			`<p><span class="tw">ผ้า ทอ ${phraseSpace} </span> <span class="tw">มือ</span> and <b>Nan</b> <span class="tw">น่าน</span></p>`,
		);
	});

	test('keeps Thai in neighbouring elements apart, and finds the writer’s space across any tags', () => {
		const facts =
			'<dl><dt><span class="tw">จังหวัด</span></dt><dd><a href="/th/provinces/nan/"><span class="tw">น่าน</span></a></dd></dl>';
		expect(asPagefindKeepsIt(searchFeed(facts))).toBe(`จังหวัด ${phraseSpace} น่าน`);
		expect(readableThai(asPagefindKeepsIt(searchFeed(facts)))).toBe('จังหวัด น่าน');
		// Inside one run of text, a link's end parts words, not phrases.
		expect(asPagefindKeepsIt(searchFeed('<p>ไป<a href="/x">น่าน</a>เมือง</p>'))).toBe('ไป น่าน เมือง');
		// Thai beside English: an element's end parts them; inline tags and the text's own spaces are left.
		expect(asPagefindKeepsIt(searchFeed('<h1>Tea</h1><dl><dt>จังหวัด</dt></dl>'))).toBe('Tea จังหวัด');
		expect(searchFeed('<p>ผ้า<b>OTOP</b> ของดี</p>')).toBe('<p>ผ้า<b>OTOP</b> ของดี</p>');
		// Attributes are left as they are: their text is never split into words.
		const meta = '<span data-pagefind-meta="summary:ผ้าทอมือเมืองน่าน เด่นที่สุด"></span><p>ก</p>';
		expect(searchFeed(meta)).toBe(meta);
		for (const html of [
			'<p><span class="tw">ก</span><br> <span class="tw">ข</span></p>',
			'<p><span class="tw">ก</span> <a href="/x"><span class="tw">ข</span></a></p>',
			'<p><span class="tw">ก</span><!-- a note --> <span class="tw">ข</span></p>',
		])
			expect(asPagefindKeepsIt(searchFeed(html))).toBe(`ก ${phraseSpace} ข`);
	});

	test('leaves a page without Thai as it is', () => {
		const html =
			'<html lang="en"><body><h1>Nan silverware</h1><p>Silver <wbr>work</p></body></html>';
		expect(searchFeed(html)).toBe(html.replace('<wbr>', ''));
		expect(searchFeed('<p>Betong chicken, <i>poached</i></p>')).toBe(
			'<p>Betong chicken, <i>poached</i></p>',
		);
	});

	test('gives pagefind every word the page pass found, and nothing else', () => {
		const finished = markThaiBreaksInHtml(story);
		const words = finished
			.match(/<span class="tw">(.*?)<\/span>/g)!
			.flatMap((run) => run.replace(/<\/?span[^>]*>/g, '').split('<wbr>'));
		const indexed = asPagefindKeepsIt(searchFeed(finished))
			.split(' ')
			.filter((word) => /\p{Script=Thai}/u.test(word));
		expect(indexed).toEqual(words);
		expect(words.length).toBeGreaterThan(20);
	});
});

describe('readableThai', () => {
	test('gives back the page’s text from what pagefind keeps of its feed', () => {
		const kept = asPagefindKeepsIt(searchFeed(markThaiBreaksInHtml(story)));
		expect(kept).not.toBe(asPagefindKeepsIt(story));
		expect(readableThai(kept)).toBe(asPagefindKeepsIt(story));
	});

	test('joins Thai words across the marks of an excerpt, and keeps other spaces', () => {
		expect(readableThai(`ช่าง <mark>เงิน</mark> พื้น เมือง ${phraseSpace} พาน`)).toBe(
			'ช่าง<mark>เงิน</mark>พื้นเมือง พาน',
		);
		expect(readableThai('ชาว ม้ง (Hmong) บน ดอย')).toBe('ชาวม้ง (Hmong) บนดอย');
		expect(readableThai('Nan silverware')).toBe('Nan silverware');
		expect(readableThai(`${phraseSpace} ผ้า ทอ`)).toBe('ผ้าทอ');
	});
});

describe('readableResults', () => {
	const spaced = {
		url: '/th/products/nan-silverware/',
		excerpt: 'ช่าง <mark>เงิน</mark> พื้น เมือง',
		meta: { title: 'เครื่อง เงิน น่าน', image: '/_astro/cover.svg', summary: 'งาน เงิน แท้' },
		filters: {},
	};
	const engine: PagefindLike = {
		search: async () => ({ results: [{ id: 'a', words: [3, 4], data: async () => spaced }] }),
	};

	test('a Thai index’s titles and excerpts come back as Thai is written, its attributes as they are', async () => {
		const { results } = await readableResults(engine, 'th').search('เงิน');
		expect(results[0]!.words).toEqual([3, 4]);
		expect(await results[0]!.data()).toEqual({
			...spaced,
			excerpt: 'ช่าง<mark>เงิน</mark>พื้นเมือง',
			meta: { title: 'เครื่องเงินน่าน', image: '/_astro/cover.svg', summary: 'งาน เงิน แท้' },
		});
	});

	test('any other index is searched as it is', () => {
		expect(readableResults(engine, 'en')).toBe(engine);
	});
});

describe('firstTogether', () => {
	test('the first place where the words follow one another', () => {
		expect(firstTogether([5, 9, 10, 20, 21], 2)).toBe(9);
		expect(firstTogether([20, 21, 9, 10], 2)).toBe(9);
		expect(firstTogether([5, 9, 10], 1)).toBe(5);
		expect(firstTogether([5, 7, 9], 2)).toBe(Infinity);
		expect(firstTogether([], 1)).toBe(Infinity);
	});
});
