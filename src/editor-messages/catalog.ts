import { languageName, suggestion, type Advice, type Bilingual } from './bilingual';
import type { Locale } from '../i18n/locales';

/**
 * What editors are told, in both languages, for each kind of mistake the catalogue check finds.
 * Each function returns the `what` and `fix` of a ContentProblem.
 */

const kinds = {
	province: { en: 'province', th: 'จังหวัด', where: 'content/provinces.yaml' },
	category: { en: 'category', th: 'ประเภท', where: 'content/categories.yaml' },
	product: { en: 'product', th: 'ของดี', where: 'content/products/' },
} as const;

export function unknownReference(
	kind: keyof typeof kinds,
	value: string,
	known: readonly string[],
): Advice {
	const k = kinds[kind];
	const near = suggestion(value, known);
	return {
		what: { en: `unknown ${k.en} "${value}"`, th: `ไม่รู้จัก${k.th} "${value}"` },
		fix: {
			en: `use one of the ids in ${k.where}.${near.en}`,
			th: `ใช้ id ที่มีอยู่ใน ${k.where}${near.th}`,
		},
	};
}

export function storyWithoutFacts(folder: string): Advice {
	return {
		what: {
			en: `there is no facts.yaml in ${folder}/`,
			th: `ไม่มีไฟล์ facts.yaml ในโฟลเดอร์ ${folder}/`,
		},
		fix: {
			en: 'copy facts.yaml from another story folder and fill in its province, category and picture.',
			th: 'คัดลอก facts.yaml จากโฟลเดอร์เรื่องอื่นมา แล้วใส่จังหวัด ประเภท และภาพให้ครบ',
		},
	};
}

export function noStory(folder: string): Advice {
	return {
		what: { en: 'there is no story in any language', th: 'ยังไม่มีเรื่องเล่าเลยสักภาษา' },
		fix: {
			en: `write index.th.md or index.en.md in ${folder}/.`,
			th: `เขียนไฟล์ index.th.md หรือ index.en.md ในโฟลเดอร์ ${folder}/`,
		},
	};
}

export function translationMissing(locale: Locale): Advice {
	return {
		what: {
			en: `no ${languageName[locale].en} story yet; the page shows the other language with a notice`,
			th: `ยังไม่มีฉบับภาษา${languageName[locale].th} หน้าเว็บจะแสดงอีกภาษาพร้อมข้อความแจ้ง`,
		},
		fix: {
			en: `write index.${locale}.md when you can.`,
			th: `เขียนไฟล์ index.${locale}.md เมื่อพร้อม`,
		},
	};
}

export function stopTextMissing(stopId: string): Advice {
	return {
		what: {
			en: `the stop "${stopId}" of facts.yaml has no text here`,
			th: `จุดแวะ "${stopId}" ใน facts.yaml ยังไม่มีข้อความในไฟล์นี้`,
		},
		fix: {
			en: `add its name and activity under "stops:".`,
			th: 'เพิ่มชื่อ (name) และสิ่งที่ทำ (activity) ของจุดนี้ไว้ใต้ "stops:"',
		},
	};
}

export function stopTextUnknown(key: string, ids: readonly string[]): Advice {
	const near = suggestion(key, ids);
	return {
		what: { en: `no stop "${key}" in facts.yaml`, th: `ไม่มีจุดแวะ "${key}" ใน facts.yaml` },
		fix: {
			en: `use one of: ${ids.join(', ')}.${near.en}`,
			th: `ใช้ id ตัวใดตัวหนึ่งต่อไปนี้: ${ids.join(', ')}${near.th}`,
		},
	};
}

export function signatureOfOtherProvince(
	slug: string,
	owner: Bilingual,
	province: Bilingual,
): Advice {
	return {
		what: {
			en: `"${slug}" belongs to ${owner.en}, not ${province.en}`,
			th: `"${slug}" เป็นของดีจาก${owner.th} ไม่ใช่${province.th}`,
		},
		fix: {
			en: 'remove it from this list, or fix the province in its facts.yaml.',
			th: 'ลบออกจากรายการนี้ หรือแก้จังหวัดใน facts.yaml ของเรื่องนั้น',
		},
	};
}

export function unknownSignatureProduct(slug: string, known: readonly string[]): Advice {
	const near = suggestion(slug, known);
	return {
		what: { en: `unknown product "${slug}"`, th: `ไม่รู้จักของดี "${slug}"` },
		fix: {
			en: `use the name of a folder in content/products/, or { th, en } names for a product without a story yet.${near.en}`,
			th: `ใช้ชื่อโฟลเดอร์ใน content/products/ หรือใส่ชื่อ { th, en } ถ้ายังไม่มีเรื่องเล่า${near.th}`,
		},
	};
}

/** A registered product's `story` names no published product. */
export function unknownStory(slug: string, known: readonly string[]): Advice {
	const near = suggestion(slug, known);
	return {
		what: { en: `unknown product "${slug}"`, th: `ไม่รู้จักของดี "${slug}"` },
		fix: {
			en: `use the name of a folder in content/products/, or leave "story" out while the product has no story.${near.en}`,
			th: `ใช้ชื่อโฟลเดอร์ใน content/products/ หรือเว้น "story" ไว้ก่อนถ้าสินค้านี้ยังไม่มีเรื่องเล่า${near.th}`,
		},
	};
}

/**
 * A map point (a stop, a product's location) lies nearest to the capital of a province that is
 * neither one it is said to be in nor next to one.
 */
export function pointOutsideProvinces(nearest: Bilingual, claimed: readonly Bilingual[]): Advice {
	const names = (locale: 'en' | 'th') =>
		new Intl.ListFormat(locale, { type: 'disjunction' }).format(claimed.map((p) => p[locale]));
	return {
		what: {
			en: `this point lies nearest to the capital of ${nearest.en}, too far to be in ${names('en')}`,
			th: `จุดนี้อยู่ใกล้ตัวเมือง${nearest.th}ที่สุด ไกลเกินกว่าจะอยู่ใน${names('th')}`,
		},
		fix: {
			en: 'check lat and lng (a swapped pair or a wrong digit moves a point far away), or the province it belongs to.',
			th: 'ตรวจค่า lat และ lng (สลับกันหรือพิมพ์ตัวเลขผิดหลักเดียว จุดก็ย้ายไปไกลได้) หรือตรวจว่าจุดนี้อยู่จังหวัดไหน',
		},
	};
}
