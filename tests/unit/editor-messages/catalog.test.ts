import { describe, expect, test } from 'vitest';
import type { Advice } from '../../../src/editor-messages/bilingual';
import * as catalogMessages from '../../../src/editor-messages/catalog';

/** Every message of the catalogue's reference checks, pinned in both languages. */
const calls: { [K in keyof typeof catalogMessages]: () => Advice } = {
	unknownReference: () => catalogMessages.unknownReference('province', 'nann', ['nan', 'phuket']),
	storyWithoutFacts: () => catalogMessages.storyWithoutFacts('content/products/nan-silverware'),
	noStory: () => catalogMessages.noStory('content/products/nan-silverware'),
	translationMissing: () => catalogMessages.translationMissing('th'),
	stopTextMissing: () => catalogMessages.stopTextMissing('wat-phumin'),
	stopTextUnknown: () =>
		catalogMessages.stopTextUnknown('wat-phumim', ['wat-phumin', 'wat-nong-bua']),
	signatureOfOtherProvince: () =>
		catalogMessages.signatureOfOtherProvince(
			'phuket-pearls',
			{ th: 'ภูเก็ต', en: 'Phuket' },
			{ th: 'น่าน', en: 'Nan' },
		),
	unknownSignatureProduct: () =>
		catalogMessages.unknownSignatureProduct('nan-silverwear', ['nan-silverware']),
	unknownStory: () => catalogMessages.unknownStory('ban-mon-potery', ['ban-mon-pottery']),
	pointOutsideProvinces: () =>
		catalogMessages.pointOutsideProvinces({ en: 'Chiang Rai', th: 'เชียงราย' }, [
			{ en: 'Nakhon Ratchasima', th: 'นครราชสีมา' },
			{ en: 'Khon Kaen', th: 'ขอนแก่น' },
		]),
};

test('every message has a pinned call', () => {
	expect(Object.keys(calls).sort()).toEqual(Object.keys(catalogMessages).sort());
});

describe('catalogue messages', () => {
	test('unknownReference suggests the nearest id', () => {
		expect(calls.unknownReference()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use one of the ids in content/provinces.yaml. Did you mean "nan"?",
			    "th": "ใช้ id ที่มีอยู่ใน content/provinces.yaml หมายถึง "nan" หรือเปล่า",
			  },
			  "what": {
			    "en": "unknown province "nann"",
			    "th": "ไม่รู้จักจังหวัด "nann"",
			  },
			}
		`);
	});
	test('unknownReference suggests nothing when nothing is near', () => {
		const advice = catalogMessages.unknownReference('category', 'zzzzzz', ['textiles', 'food']);
		expect(advice.fix.en).not.toContain('Did you mean');
		expect(advice.fix.th).not.toContain('หมายถึง');
	});
	test('storyWithoutFacts', () => {
		expect(calls.storyWithoutFacts()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "copy facts.yaml from another story folder and fill in its province, category and picture.",
			    "th": "คัดลอก facts.yaml จากโฟลเดอร์เรื่องอื่นมา แล้วใส่จังหวัด ประเภท และภาพให้ครบ",
			  },
			  "what": {
			    "en": "there is no facts.yaml in content/products/nan-silverware/",
			    "th": "ไม่มีไฟล์ facts.yaml ในโฟลเดอร์ content/products/nan-silverware/",
			  },
			}
		`);
	});
	test('noStory', () => {
		expect(calls.noStory()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write index.th.md or index.en.md in content/products/nan-silverware/.",
			    "th": "เขียนไฟล์ index.th.md หรือ index.en.md ในโฟลเดอร์ content/products/nan-silverware/",
			  },
			  "what": {
			    "en": "there is no story in any language",
			    "th": "ยังไม่มีเรื่องเล่าเลยสักภาษา",
			  },
			}
		`);
	});
	test('translationMissing', () => {
		expect(calls.translationMissing()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write index.th.md when you can.",
			    "th": "เขียนไฟล์ index.th.md เมื่อพร้อม",
			  },
			  "what": {
			    "en": "no Thai story yet; the page shows the other language with a notice",
			    "th": "ยังไม่มีฉบับภาษาไทย หน้าเว็บจะแสดงอีกภาษาพร้อมข้อความแจ้ง",
			  },
			}
		`);
	});
	test('stopTextMissing', () => {
		expect(calls.stopTextMissing()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "add its name and activity under "stops:".",
			    "th": "เพิ่มชื่อ (name) และสิ่งที่ทำ (activity) ของจุดนี้ไว้ใต้ "stops:"",
			  },
			  "what": {
			    "en": "the stop "wat-phumin" of facts.yaml has no text here",
			    "th": "จุดแวะ "wat-phumin" ใน facts.yaml ยังไม่มีข้อความในไฟล์นี้",
			  },
			}
		`);
	});
	test('stopTextUnknown', () => {
		expect(calls.stopTextUnknown()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use one of: wat-phumin, wat-nong-bua. Did you mean "wat-phumin"?",
			    "th": "ใช้ id ตัวใดตัวหนึ่งต่อไปนี้: wat-phumin, wat-nong-bua หมายถึง "wat-phumin" หรือเปล่า",
			  },
			  "what": {
			    "en": "no stop "wat-phumim" in facts.yaml",
			    "th": "ไม่มีจุดแวะ "wat-phumim" ใน facts.yaml",
			  },
			}
		`);
	});
	test('signatureOfOtherProvince', () => {
		expect(calls.signatureOfOtherProvince()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "remove it from this list, or fix the province in its facts.yaml.",
			    "th": "ลบออกจากรายการนี้ หรือแก้จังหวัดใน facts.yaml ของเรื่องนั้น",
			  },
			  "what": {
			    "en": ""phuket-pearls" belongs to Phuket, not Nan",
			    "th": ""phuket-pearls" เป็นของดีจากภูเก็ต ไม่ใช่น่าน",
			  },
			}
		`);
	});
	test('pointOutsideProvinces', () => {
		expect(calls.pointOutsideProvinces()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "check lat and lng (a swapped pair or a wrong digit moves a point far away), or the province it belongs to.",
			    "th": "ตรวจค่า lat และ lng (สลับกันหรือพิมพ์ตัวเลขผิดหลักเดียว จุดก็ย้ายไปไกลได้) หรือตรวจว่าจุดนี้อยู่จังหวัดไหน",
			  },
			  "what": {
			    "en": "this point lies nearest to the capital of Chiang Rai, too far to be in Nakhon Ratchasima or Khon Kaen",
			    "th": "จุดนี้อยู่ใกล้ตัวเมืองเชียงรายที่สุด ไกลเกินกว่าจะอยู่ในนครราชสีมา หรือ ขอนแก่น",
			  },
			}
		`);
	});
	test('unknownStory', () => {
		expect(calls.unknownStory()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use the name of a folder in content/products/, or leave "story" out while the product has no story. Did you mean "ban-mon-pottery"?",
			    "th": "ใช้ชื่อโฟลเดอร์ใน content/products/ หรือเว้น "story" ไว้ก่อนถ้าสินค้านี้ยังไม่มีเรื่องเล่า หมายถึง "ban-mon-pottery" หรือเปล่า",
			  },
			  "what": {
			    "en": "unknown product "ban-mon-potery"",
			    "th": "ไม่รู้จักของดี "ban-mon-potery"",
			  },
			}
		`);
	});
	test('unknownSignatureProduct', () => {
		expect(calls.unknownSignatureProduct()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use the name of a folder in content/products/, or { th, en } names for a product without a story yet. Did you mean "nan-silverware"?",
			    "th": "ใช้ชื่อโฟลเดอร์ใน content/products/ หรือใส่ชื่อ { th, en } ถ้ายังไม่มีเรื่องเล่า หมายถึง "nan-silverware" หรือเปล่า",
			  },
			  "what": {
			    "en": "unknown product "nan-silverwear"",
			    "th": "ไม่รู้จักของดี "nan-silverwear"",
			  },
			}
		`);
	});
});
