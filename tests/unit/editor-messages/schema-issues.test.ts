import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldHints, hintFor } from '../../../src/editor-messages/fields';
import { adviceForIssue } from '../../../src/editor-messages/schema-issues';
import { productFactsSchema } from '../../../src/schemas/product';
import { storySchema } from '../../../src/schemas/story';
import { itineraryFactsSchema } from '../../../src/schemas/itinerary';

/** The advice for the first issue the real schema finds in `data`. */
function adviceFor(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data);
	if (result.success) throw new Error('expected the schema to refuse the data');
	return adviceForIssue(result.error.issues[0]!, data);
}

const story = (fields: object) => ({ title: 'Nan silverware', summary: 'x'.repeat(40), ...fields });
const facts = productFactsSchema(z.string());
const journey = itineraryFactsSchema(z.string());

/** Each kind of schema issue, raised by the real schemas on data an editor could write. */
describe('advice for each kind of schema issue, in both languages', () => {
	test('a missing field: says to add it, with the field hint', () => {
		expect(adviceFor(storySchema, { title: 'Nan silverware' })).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "add it: one or two sentences, 30 to 220 characters.",
			    "th": "เพิ่มช่องนี้: หนึ่งหรือสองประโยค ยาว 30 ถึง 220 ตัวอักษร",
			  },
			  "what": {
			    "en": "missing",
			    "th": "ยังไม่ได้กรอกช่องนี้",
			  },
			}
		`);
	});
	test('a value of the wrong type', () => {
		expect(adviceFor(storySchema, story({ title: 42 }))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write the item's name in this language, 2 to 90 characters.",
			    "th": "ใส่ชื่อของเรื่องในภาษานี้ ยาว 2 ถึง 90 ตัวอักษร",
			  },
			  "what": {
			    "en": "42 is not text",
			    "th": "42 ไม่ใช่ข้อความ",
			  },
			}
		`);
	});
	test('a text too short, counted after trimming', () => {
		expect(adviceFor(storySchema, story({ summary: '  Too short.  ' }))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write one or two sentences, 30 to 220 characters.",
			    "th": "เขียนหนึ่งหรือสองประโยค ยาว 30 ถึง 220 ตัวอักษร",
			  },
			  "what": {
			    "en": "too short (10 characters, at least 30)",
			    "th": "สั้นเกินไป (10 ตัวอักษร ต้องมีอย่างน้อย 30)",
			  },
			}
		`);
	});
	test('a text too long', () => {
		expect(adviceFor(storySchema, story({ title: 'ก'.repeat(95) }))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "shorten it to 90 characters or fewer.",
			    "th": "ตัดให้เหลือไม่เกิน 90 ตัวอักษร",
			  },
			  "what": {
			    "en": "too long (95 characters, at most 90)",
			    "th": "ยาวเกินไป (95 ตัวอักษร ต้องไม่เกิน 90)",
			  },
			}
		`);
	});
	test('a list with too few items', () => {
		const result = journey.safeParse({ stops: [] });
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'stops')!;
		expect(adviceForIssue(issue, { stops: [] })).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write the stops in visiting order, at least 2.",
			    "th": "ใส่จุดแวะเรียงตามลำดับการเดินทาง อย่างน้อย 2 จุด",
			  },
			  "what": {
			    "en": "needs at least 2 items",
			    "th": "ต้องมีอย่างน้อย 2 รายการ",
			  },
			}
		`);
	});
	test('a number out of range (a coordinate)', () => {
		const result = facts.safeParse({ location: { lat: 100.77, lng: 18.78 } });
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'location.lat')!;
		expect(adviceForIssue(issue, { location: { lat: 100.77, lng: 18.78 } })).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write latitude in decimal degrees, 5.5 to 20.6 inside Thailand; check that lat and lng are not swapped.",
			    "th": "ใส่ละติจูดแบบทศนิยม อยู่ระหว่าง 5.5 ถึง 20.6 ในประเทศไทย และตรวจว่าไม่ได้สลับ lat กับ lng",
			  },
			  "what": {
			    "en": "100.77 is above 20.6",
			    "th": "100.77 มากกว่า 20.6",
			  },
			}
		`);
	});
	test('a number out of range that is no coordinate (a stop on day 0)', () => {
		const data = { stops: [{ day: 0 }] };
		const result = journey.safeParse(data);
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'stops.0.day')!;
		expect(adviceForIssue(issue, data)).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write the day of the journey, starting at 1.",
			    "th": "ใส่วันที่ของทริป เริ่มจาก 1",
			  },
			  "what": {
			    "en": "0 is below 1",
			    "th": "0 น้อยกว่า 1",
			  },
			}
		`);
	});
	test('a value not in the allowed list, with a did-you-mean', () => {
		const data = { image: { licence: 'CC-BY-4' } };
		const result = facts.safeParse(data);
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'image.licence')!;
		expect(adviceForIssue(issue, data)).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use one of: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain, all-rights-reserved-with-permission. Did you mean "CC-BY-4.0"?",
			    "th": "ใช้ค่าใดค่าหนึ่งต่อไปนี้: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain, all-rights-reserved-with-permission หมายถึง "CC-BY-4.0" หรือเปล่า",
			  },
			  "what": {
			    "en": ""CC-BY-4" is not an allowed value",
			    "th": ""CC-BY-4" ไม่ใช่ค่าที่ใช้ได้",
			  },
			}
		`);
	});
	test('a value not in the expected form', () => {
		const data = { image: { src: '../cover.jpg' } };
		const result = facts.safeParse(data);
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'image.src')!;
		expect(adviceForIssue(issue, data)).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write the name of a picture file in this folder, such as ./cover.jpg (letters, digits, - and _; no other folder, no "..").",
			    "th": "ใส่ชื่อไฟล์ภาพในโฟลเดอร์เดียวกัน เช่น ./cover.jpg (ใช้ตัวอักษรอังกฤษ ตัวเลข - และ _ ห้ามอ้างโฟลเดอร์อื่นหรือใช้ "..")",
			  },
			  "what": {
			    "en": ""../cover.jpg" is not in the expected form",
			    "th": ""../cover.jpg" เขียนไม่ถูกรูปแบบ",
			  },
			}
		`);
	});
	test('a value in none of the forms a field takes (a credit in one language only)', () => {
		const image = {
			src: './cover.svg',
			alt: { th: 'ภาพวาดขันเงิน', en: 'Illustration of a silver bowl' },
			credit: { th: 'ของดี' },
			licence: 'CC-BY-4.0',
		};
		expect(adviceFor(facts, { province: 'nan', category: 'crafts', image })).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "write who made the picture: one name, or { th, en } when the name has a Thai and an English form.",
			    "th": "ใส่ชื่อผู้ถ่ายหรือผู้วาดภาพ เป็นชื่อเดียว หรือเป็น { th, en } ถ้าชื่อนั้นมีทั้งชื่อไทยและชื่ออังกฤษ",
			  },
			  "what": {
			    "en": "{"th":"ของดี"} is in none of the forms this field takes",
			    "th": "{"th":"ของดี"} ไม่ตรงกับรูปแบบใดที่ช่องนี้รับ",
			  },
			}
		`);
	});
	test('an unknown field, quoted safely', () => {
		expect(adviceFor(storySchema, story({ 'sumary\u202E': 'x' }))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "remove it, or check its spelling against another story.",
			    "th": "ลบออก หรือตรวจการสะกดเทียบกับเรื่องอื่น",
			  },
			  "what": {
			    "en": "unknown field "sumary?"",
			    "th": "ไม่รู้จักช่อง "sumary?"",
			  },
			}
		`);
	});
	test("a schema's own bilingual message (control characters in a text)", () => {
		expect(adviceFor(storySchema, story({ title: 'Nan\u0007 silver' }))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "type the text again, or paste it as plain text.",
			    "th": "พิมพ์ข้อความนี้ใหม่ หรือวางแบบข้อความธรรมดา (ไม่มีรูปแบบ)",
			  },
			  "what": {
			    "en": "the text holds invisible control characters, copied from another program",
			    "th": "ข้อความมีอักขระควบคุมที่มองไม่เห็น ซึ่งติดมาตอนคัดลอกจากโปรแกรมอื่น",
			  },
			}
		`);
	});
});

describe('field hints', () => {
	test('the innermost field with a hint wins; an unknown field points to the guide', () => {
		expect(hintFor(['image', 'alt', 'th'])).toBe(fieldHints.th);
		expect(hintFor(['stops', 2, 'product'])).toBe(fieldHints.product);
		expect(hintFor(['nothing-known', 3]).en).toContain('docs/editor-guide.en.md');
	});

	test('hints that state a limit state the limit the schema enforces', () => {
		const longest = (schema: z.ZodType, field: string, up: number) => {
			for (let n = up; n > 0; n--)
				if (schema.safeParse(story({ [field]: 'x'.repeat(n) })).success) return n;
			return 0;
		};
		const title = longest(storySchema, 'title', 200);
		const summary = longest(storySchema, 'summary', 400);
		expect(fieldHints.title!.en).toContain(`to ${title} characters`);
		expect(fieldHints.summary!.en).toContain(`to ${summary} characters`);
		expect(fieldHints.title!.th).toContain(`ถึง ${title} ตัวอักษร`);
	});

	test('every hint, both languages', () => {
		expect(fieldHints).toMatchInlineSnapshot(`
			{
			  "about": {
			    "en": "one or two sentences on what the product is, in Thai (th) and English (en)",
			    "th": "หนึ่งหรือสองประโยคว่าสินค้านี้คืออะไร ทั้งภาษาไทย (th) และอังกฤษ (en)",
			  },
			  "activity": {
			    "en": "what to do there, in one to three sentences",
			    "th": "สิ่งที่ทำได้ที่นั่น หนึ่งถึงสามประโยค",
			  },
			  "aliases": {
			    "en": "a list of other names, such as [Nan silver, เครื่องเงินน่าน]",
			    "th": "รายการชื่ออื่น เช่น [Nan silver, เครื่องเงินน่าน]",
			  },
			  "alt": {
			    "en": "what the picture shows, in Thai (th) and English (en), in a sentence or two",
			    "th": "คำบรรยายว่าภาพแสดงอะไร ทั้งภาษาไทย (th) และอังกฤษ (en) ในหนึ่งหรือสองประโยค",
			  },
			  "approximate": {
			    "en": "true when the point marks only the area",
			    "th": "true ถ้าพิกัดบอกเพียงพื้นที่โดยประมาณ",
			  },
			  "category": {
			    "en": "the id of a category in content/categories.yaml, such as "textiles"",
			    "th": "id ของประเภทใน content/categories.yaml เช่น "textiles"",
			  },
			  "credit": {
			    "en": "who made the picture: one name, or { th, en } when the name has a Thai and an English form",
			    "th": "ชื่อผู้ถ่ายหรือผู้วาดภาพ เป็นชื่อเดียว หรือเป็น { th, en } ถ้าชื่อนั้นมีทั้งชื่อไทยและชื่ออังกฤษ",
			  },
			  "day": {
			    "en": "the day of the journey, starting at 1",
			    "th": "วันที่ของทริป เริ่มจาก 1",
			  },
			  "en": {
			    "en": "the English text",
			    "th": "ข้อความภาษาอังกฤษ",
			  },
			  "featured": {
			    "en": "true or false",
			    "th": "true หรือ false",
			  },
			  "geographicalIndications": {
			    "en": "a list of the products registered as geographical indications (GI) of the province, each with name, kind, about and source",
			    "th": "รายการสินค้าที่ขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) ของจังหวัด แต่ละรายการมี name, kind, about และ source",
			  },
			  "id": {
			    "en": "an English kebab-case id such as "wat-phumin"",
			    "th": "id ภาษาอังกฤษตัวเล็กคั่นด้วยขีด เช่น "wat-phumin"",
			  },
			  "illustration": {
			    "en": "true for a drawing, false for a photograph",
			    "th": "true ถ้าเป็นภาพวาด false ถ้าเป็นภาพถ่าย",
			  },
			  "intro": {
			    "en": "a short introduction to the province in Thai (th) and English (en), 2 to 4 sentences each",
			    "th": "คำแนะนำจังหวัดสั้น ๆ เป็นภาษาไทย (th) และอังกฤษ (en) ภาษาละ 2 ถึง 4 ประโยค",
			  },
			  "kind": {
			    "en": "the id of a category in content/categories.yaml, such as "produce"",
			    "th": "id ของประเภทใน content/categories.yaml เช่น "produce"",
			  },
			  "lat": {
			    "en": "latitude in decimal degrees, 5.5 to 20.6 inside Thailand",
			    "th": "ละติจูดแบบทศนิยม อยู่ระหว่าง 5.5 ถึง 20.6 ในประเทศไทย",
			  },
			  "licence": {
			    "en": "the picture licence",
			    "th": "สัญญาอนุญาตของภาพ",
			  },
			  "lng": {
			    "en": "longitude in decimal degrees, 97.3 to 105.7 inside Thailand",
			    "th": "ลองจิจูดแบบทศนิยม อยู่ระหว่าง 97.3 ถึง 105.7 ในประเทศไทย",
			  },
			  "minutes": {
			    "en": "about how long the stop takes, in minutes",
			    "th": "เวลาที่ใช้ที่จุดนี้โดยประมาณ เป็นนาที",
			  },
			  "name": {
			    "en": "the place's name",
			    "th": "ชื่อสถานที่",
			  },
			  "product": {
			    "en": "the name of a folder in content/products/",
			    "th": "ชื่อโฟลเดอร์ใน content/products/",
			  },
			  "province": {
			    "en": "the id of a province in content/provinces.yaml, such as "nan"",
			    "th": "id ของจังหวัดใน content/provinces.yaml เช่น "nan"",
			  },
			  "provinces": {
			    "en": "a list of province ids, such as [nan]",
			    "th": "รายการ id ของจังหวัด เช่น [nan]",
			  },
			  "registered": {
			    "en": "the year of registration in full, from 2004, such as 2014 (not the Buddhist year)",
			    "th": "ปีที่ขึ้นทะเบียนเป็นคริสต์ศักราช ตั้งแต่ 2004 เช่น 2014 (ไม่ใช่ปีพุทธศักราช)",
			  },
			  "signatureProducts": {
			    "en": "a list of product folder names, or { th, en } names for a product without a story",
			    "th": "รายการชื่อโฟลเดอร์ของดี หรือชื่อ { th, en } สำหรับของดีที่ยังไม่มีเรื่อง",
			  },
			  "source": {
			    "en": "the web address (https://… or http://…) of a public page confirming the registration, also listed in content/SOURCES.md",
			    "th": "ที่อยู่เว็บ (https://… หรือ http://…) ของหน้าสาธารณะที่ยืนยันการขึ้นทะเบียน และต้องมีใน content/SOURCES.md ด้วย",
			  },
			  "src": {
			    "en": "the name of a picture file in this folder, such as ./cover.jpg (letters, digits, - and _; no other folder, no "..")",
			    "th": "ชื่อไฟล์ภาพในโฟลเดอร์เดียวกัน เช่น ./cover.jpg (ใช้ตัวอักษรอังกฤษ ตัวเลข - และ _ ห้ามอ้างโฟลเดอร์อื่นหรือใช้ "..")",
			  },
			  "standards": {
			    "en": "a list of standards the product publicly holds",
			    "th": "รายการมาตรฐานที่ของดีได้รับและมีหลักฐานสาธารณะ",
			  },
			  "stops": {
			    "en": "the stops in visiting order, at least 2",
			    "th": "จุดแวะเรียงตามลำดับการเดินทาง อย่างน้อย 2 จุด",
			  },
			  "story": {
			    "en": "the name of the folder in content/products/ of its story, when it has one",
			    "th": "ชื่อโฟลเดอร์ใน content/products/ ของเรื่องเล่าสินค้านี้ ถ้ามี",
			  },
			  "summary": {
			    "en": "one or two sentences, 30 to 220 characters",
			    "th": "หนึ่งหรือสองประโยค ยาว 30 ถึง 220 ตัวอักษร",
			  },
			  "th": {
			    "en": "the Thai text",
			    "th": "ข้อความภาษาไทย",
			  },
			  "title": {
			    "en": "the item's name in this language, 2 to 90 characters",
			    "th": "ชื่อของเรื่องในภาษานี้ ยาว 2 ถึง 90 ตัวอักษร",
			  },
			  "travel": {
			    "en": "how to get there from the previous stop",
			    "th": "วิธีเดินทางจากจุดก่อนหน้า",
			  },
			}
		`);
	});
});
