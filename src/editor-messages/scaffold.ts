import { textLimits } from '../schemas/shared';
import { quote, suggestion, type Bilingual } from './bilingual';

/** What `npm run new` asks and answers, in both languages (src/check/scaffold.ts, scripts/new.ts). */
export const scaffoldMessages = {
	askKind: { en: 'product or itinerary?', th: 'ของดี (product) หรือเส้นทาง (itinerary)?' },
	askSlug: {
		en: 'Folder name in English, e.g. nan-lacquerware',
		th: 'ชื่อโฟลเดอร์ภาษาอังกฤษ เช่น nan-lacquerware',
	},
	askProvince: { en: 'Province id, e.g. nan', th: 'id จังหวัด เช่น nan' },
	askCategory: { en: 'Category id, e.g. crafts', th: 'id ประเภท เช่น crafts' },
	wrongKind: { en: 'Say "product" or "itinerary".', th: 'พิมพ์ product หรือ itinerary' },
	noProvince: {
		en: 'Give the province id (--province nan).',
		th: 'ใส่ id จังหวัด (--province nan)',
	},
	slugInvalid: (slug: string): Bilingual => ({
		en: `"${quote(slug)}" is not kebab-case: use lower-case English words joined by hyphens, at most ${textLimits.slug} characters, such as nan-lacquerware.`,
		th: `"${quote(slug)}" ไม่ใช่รูปแบบที่ใช้ได้ ใช้คำภาษาอังกฤษตัวเล็กคั่นด้วยขีด ยาวไม่เกิน ${textLimits.slug} ตัวอักษร เช่น nan-lacquerware`,
	}),
	slugTaken: (slug: string): Bilingual => ({
		en: `"${quote(slug)}" already exists: choose another name or edit that story.`,
		th: `มี "${quote(slug)}" อยู่แล้ว ตั้งชื่ออื่น หรือแก้ไขเรื่องเดิม`,
	}),
	unknownId: (kind: 'province' | 'category', id: string, known: readonly string[]): Bilingual => {
		const near = suggestion(id, known);
		const file = kind === 'province' ? 'content/provinces.yaml' : 'content/categories.yaml';
		return kind === 'province'
			? {
					en: `There is no province "${quote(id)}" in ${file}.${near.en}`,
					th: `ไม่มีจังหวัด "${quote(id)}" ใน ${file}${near.th}`,
				}
			: {
					en: `There is no category "${quote(id)}" in ${file}.${near.en}`,
					th: `ไม่มีประเภท "${quote(id)}" ใน ${file}${near.th}`,
				};
	},
	next: {
		en: 'Next: add the picture, fill in every "" field, write the stories, then run npm run check.',
		th: 'ต่อไป: ใส่ภาพ กรอกทุกช่องที่เป็น "" เขียนเรื่องเล่า แล้วรัน npm run check',
	},
} as const;
