import { expect, test } from 'vitest';
import type { Bilingual } from '../../../src/editor-messages/bilingual';
import { scaffoldMessages } from '../../../src/editor-messages/scaffold';

const m = scaffoldMessages;

/** Everything `npm run new` says, pinned in both languages. */
const shown: { [K in keyof typeof m]: Bilingual } = {
	askKind: m.askKind,
	askSlug: m.askSlug,
	askProvince: m.askProvince,
	askCategory: m.askCategory,
	wrongKind: m.wrongKind,
	noProvince: m.noProvince,
	slugInvalid: m.slugInvalid('Nan_Trip'),
	slugTaken: m.slugTaken('nan-silverware'),
	unknownId: m.unknownId('province', 'nann', ['nan', 'phuket']),
	next: m.next,
};

test('every message has a pinned value', () => {
	expect(Object.keys(shown).sort()).toEqual(Object.keys(m).sort());
});

test('npm run new, in both languages', () => {
	expect(shown).toMatchInlineSnapshot(`
		{
		  "askCategory": {
		    "en": "Category id, e.g. crafts",
		    "th": "id ประเภท เช่น crafts",
		  },
		  "askKind": {
		    "en": "product or itinerary?",
		    "th": "ของดี (product) หรือเส้นทาง (itinerary)?",
		  },
		  "askProvince": {
		    "en": "Province id, e.g. nan",
		    "th": "id จังหวัด เช่น nan",
		  },
		  "askSlug": {
		    "en": "Folder name in English, e.g. nan-lacquerware",
		    "th": "ชื่อโฟลเดอร์ภาษาอังกฤษ เช่น nan-lacquerware",
		  },
		  "next": {
		    "en": "Next: add the picture, fill in every "" field, write the stories, then run npm run check.",
		    "th": "ต่อไป: ใส่ภาพ กรอกทุกช่องที่เป็น "" เขียนเรื่องเล่า แล้วรัน npm run check",
		  },
		  "noProvince": {
		    "en": "Give the province id (--province nan).",
		    "th": "ใส่ id จังหวัด (--province nan)",
		  },
		  "slugInvalid": {
		    "en": ""Nan_Trip" is not kebab-case: use lower-case English words joined by hyphens, at most 80 characters, such as nan-lacquerware.",
		    "th": ""Nan_Trip" ไม่ใช่รูปแบบที่ใช้ได้ ใช้คำภาษาอังกฤษตัวเล็กคั่นด้วยขีด ยาวไม่เกิน 80 ตัวอักษร เช่น nan-lacquerware",
		  },
		  "slugTaken": {
		    "en": ""nan-silverware" already exists: choose another name or edit that story.",
		    "th": "มี "nan-silverware" อยู่แล้ว ตั้งชื่ออื่น หรือแก้ไขเรื่องเดิม",
		  },
		  "unknownId": {
		    "en": "There is no province "nann" in content/provinces.yaml. Did you mean "nan"?",
		    "th": "ไม่มีจังหวัด "nann" ใน content/provinces.yaml หมายถึง "nan" หรือเปล่า",
		  },
		  "wrongKind": {
		    "en": "Say "product" or "itinerary".",
		    "th": "พิมพ์ product หรือ itinerary",
		  },
		}
	`);
});

test('an unknown category names the category list, with no suggestion when nothing is near', () => {
	expect(m.unknownId('category', 'zzzz', ['crafts', 'food'])).toEqual({
		en: 'There is no category "zzzz" in content/categories.yaml.',
		th: 'ไม่มีประเภท "zzzz" ใน content/categories.yaml',
	});
});
