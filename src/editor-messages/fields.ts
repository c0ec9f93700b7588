import { stopCount } from '../schemas/itinerary';
import { firstGiYear } from '../schemas/province';
import { thailandBounds, textLength } from '../schemas/shared';
import type { Bilingual } from './bilingual';

const { title, summary } = textLength;
const { minLat, maxLat, minLng, maxLng } = thailandBounds;

/**
 * What each field holds, in both languages, to tell an editor what a valid value looks like. Numbers
 * come from the schemas, so a hint never disagrees with the rule it explains.
 */
export const fieldHints: Readonly<Record<string, Bilingual>> = {
	province: {
		en: 'the id of a province in content/provinces.yaml, such as "nan"',
		th: 'id ของจังหวัดใน content/provinces.yaml เช่น "nan"',
	},
	provinces: { en: 'a list of province ids, such as [nan]', th: 'รายการ id ของจังหวัด เช่น [nan]' },
	category: {
		en: 'the id of a category in content/categories.yaml, such as "textiles"',
		th: 'id ของประเภทใน content/categories.yaml เช่น "textiles"',
	},
	title: {
		en: `the item's name in this language, ${title.min} to ${title.max} characters`,
		th: `ชื่อของเรื่องในภาษานี้ ยาว ${title.min} ถึง ${title.max} ตัวอักษร`,
	},
	summary: {
		en: `one or two sentences, ${summary.min} to ${summary.max} characters`,
		th: `หนึ่งหรือสองประโยค ยาว ${summary.min} ถึง ${summary.max} ตัวอักษร`,
	},
	src: {
		en: 'the name of a picture file in this folder, such as ./cover.jpg (letters, digits, - and _; no other folder, no "..")',
		th: 'ชื่อไฟล์ภาพในโฟลเดอร์เดียวกัน เช่น ./cover.jpg (ใช้ตัวอักษรอังกฤษ ตัวเลข - และ _ ห้ามอ้างโฟลเดอร์อื่นหรือใช้ "..")',
	},
	alt: {
		en: 'what the picture shows, in Thai (th) and English (en), in a sentence or two',
		th: 'คำบรรยายว่าภาพแสดงอะไร ทั้งภาษาไทย (th) และอังกฤษ (en) ในหนึ่งหรือสองประโยค',
	},
	intro: {
		en: 'a short introduction to the province in Thai (th) and English (en), 2 to 4 sentences each',
		th: 'คำแนะนำจังหวัดสั้น ๆ เป็นภาษาไทย (th) และอังกฤษ (en) ภาษาละ 2 ถึง 4 ประโยค',
	},
	signatureProducts: {
		en: 'a list of product folder names, or { th, en } names for a product without a story',
		th: 'รายการชื่อโฟลเดอร์ของดี หรือชื่อ { th, en } สำหรับของดีที่ยังไม่มีเรื่อง',
	},
	geographicalIndications: {
		en: 'a list of the products registered as geographical indications (GI) of the province, each with name, kind, about and source',
		th: 'รายการสินค้าที่ขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) ของจังหวัด แต่ละรายการมี name, kind, about และ source',
	},
	kind: {
		en: 'the id of a category in content/categories.yaml, such as "produce"',
		th: 'id ของประเภทใน content/categories.yaml เช่น "produce"',
	},
	about: {
		en: 'one or two sentences on what the product is, in Thai (th) and English (en)',
		th: 'หนึ่งหรือสองประโยคว่าสินค้านี้คืออะไร ทั้งภาษาไทย (th) และอังกฤษ (en)',
	},
	registered: {
		en: `the year of registration in full, from ${firstGiYear}, such as 2014 (not the Buddhist year)`,
		th: `ปีที่ขึ้นทะเบียนเป็นคริสต์ศักราช ตั้งแต่ ${firstGiYear} เช่น 2014 (ไม่ใช่ปีพุทธศักราช)`,
	},
	source: {
		en: 'the web address (https://… or http://…) of a public page confirming the registration, also listed in content/SOURCES.md',
		th: 'ที่อยู่เว็บ (https://… หรือ http://…) ของหน้าสาธารณะที่ยืนยันการขึ้นทะเบียน และต้องมีใน content/SOURCES.md ด้วย',
	},
	story: {
		en: 'the name of the folder in content/products/ of its story, when it has one',
		th: 'ชื่อโฟลเดอร์ใน content/products/ ของเรื่องเล่าสินค้านี้ ถ้ามี',
	},
	th: { en: 'the Thai text', th: 'ข้อความภาษาไทย' },
	en: { en: 'the English text', th: 'ข้อความภาษาอังกฤษ' },
	credit: {
		en: 'who made the picture: one name, or { th, en } when the name has a Thai and an English form',
		th: 'ชื่อผู้ถ่ายหรือผู้วาดภาพ เป็นชื่อเดียว หรือเป็น { th, en } ถ้าชื่อนั้นมีทั้งชื่อไทยและชื่ออังกฤษ',
	},
	licence: { en: 'the picture licence', th: 'สัญญาอนุญาตของภาพ' },
	lat: {
		en: `latitude in decimal degrees, ${minLat} to ${maxLat} inside Thailand`,
		th: `ละติจูดแบบทศนิยม อยู่ระหว่าง ${minLat} ถึง ${maxLat} ในประเทศไทย`,
	},
	lng: {
		en: `longitude in decimal degrees, ${minLng} to ${maxLng} inside Thailand`,
		th: `ลองจิจูดแบบทศนิยม อยู่ระหว่าง ${minLng} ถึง ${maxLng} ในประเทศไทย`,
	},
	id: {
		en: 'an English kebab-case id such as "wat-phumin"',
		th: 'id ภาษาอังกฤษตัวเล็กคั่นด้วยขีด เช่น "wat-phumin"',
	},
	day: { en: 'the day of the journey, starting at 1', th: 'วันที่ของทริป เริ่มจาก 1' },
	product: { en: 'the name of a folder in content/products/', th: 'ชื่อโฟลเดอร์ใน content/products/' },
	minutes: { en: 'about how long the stop takes, in minutes', th: 'เวลาที่ใช้ที่จุดนี้โดยประมาณ เป็นนาที' },
	name: { en: "the place's name", th: 'ชื่อสถานที่' },
	activity: { en: 'what to do there, in one to three sentences', th: 'สิ่งที่ทำได้ที่นั่น หนึ่งถึงสามประโยค' },
	travel: { en: 'how to get there from the previous stop', th: 'วิธีเดินทางจากจุดก่อนหน้า' },
	stops: {
		en: `the stops in visiting order, at least ${stopCount.min}`,
		th: `จุดแวะเรียงตามลำดับการเดินทาง อย่างน้อย ${stopCount.min} จุด`,
	},
	aliases: {
		en: 'a list of other names, such as [Nan silver, เครื่องเงินน่าน]',
		th: 'รายการชื่ออื่น เช่น [Nan silver, เครื่องเงินน่าน]',
	},
	standards: {
		en: 'a list of standards the product publicly holds',
		th: 'รายการมาตรฐานที่ของดีได้รับและมีหลักฐานสาธารณะ',
	},
	featured: { en: 'true or false', th: 'true หรือ false' },
	illustration: {
		en: 'true for a drawing, false for a photograph',
		th: 'true ถ้าเป็นภาพวาด false ถ้าเป็นภาพถ่าย',
	},
	approximate: {
		en: 'true when the point marks only the area',
		th: 'true ถ้าพิกัดบอกเพียงพื้นที่โดยประมาณ',
	},
};

export const typeNames: Record<string, Bilingual> = {
	string: { en: 'text', th: 'ข้อความ' },
	number: { en: 'a number', th: 'ตัวเลข' },
	boolean: { en: 'true or false', th: 'true หรือ false' },
	array: { en: 'a list', th: 'รายการ' },
	object: { en: 'a group of fields', th: 'กลุ่มของช่องข้อมูล' },
};

/** The hint of the innermost field of `path` that has one, or a pointer to the editor guide. */
export function hintFor(path: readonly PropertyKey[]): Bilingual {
	const key = [...path]
		.reverse()
		.find((segment): segment is string => typeof segment === 'string' && segment in fieldHints);
	return key
		? fieldHints[key]!
		: {
				en: 'see the field list in docs/editor-guide.en.md',
				th: 'ดูรายการช่องข้อมูลใน docs/editor-guide.th.md',
			};
}
