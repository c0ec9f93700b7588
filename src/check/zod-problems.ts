import type { z } from 'astro/zod';
import type { Bilingual } from '../lib/content-problem';
import { didYouMean } from '../lib/problems';

/** What each field holds, in both languages, to tell an editor what a valid value looks like. */
const fieldHints: Record<string, Bilingual> = {
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
		en: "the item's name in this language, 2 to 90 characters",
		th: 'ชื่อของเรื่องในภาษานี้ ยาว 2 ถึง 90 ตัวอักษร',
	},
	summary: {
		en: 'one or two sentences, 30 to 220 characters',
		th: 'หนึ่งหรือสองประโยค ยาว 30 ถึง 220 ตัวอักษร',
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
	th: { en: 'the Thai text', th: 'ข้อความภาษาไทย' },
	en: { en: 'the English text', th: 'ข้อความภาษาอังกฤษ' },
	credit: { en: 'who made the picture', th: 'ชื่อผู้ถ่ายหรือผู้วาดภาพ' },
	licence: { en: 'the picture licence', th: 'สัญญาอนุญาตของภาพ' },
	lat: {
		en: 'latitude in decimal degrees, 5.5 to 20.6 inside Thailand',
		th: 'ละติจูดแบบทศนิยม อยู่ระหว่าง 5.5 ถึง 20.6 ในประเทศไทย',
	},
	lng: {
		en: 'longitude in decimal degrees, 97.3 to 105.7 inside Thailand',
		th: 'ลองจิจูดแบบทศนิยม อยู่ระหว่าง 97.3 ถึง 105.7 ในประเทศไทย',
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
		en: 'the stops in visiting order, at least 2',
		th: 'จุดแวะเรียงตามลำดับการเดินทาง อย่างน้อย 2 จุด',
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

const typeNames: Record<string, Bilingual> = {
	string: { en: 'text', th: 'ข้อความ' },
	number: { en: 'a number', th: 'ตัวเลข' },
	boolean: { en: 'true or false', th: 'true หรือ false' },
	array: { en: 'a list', th: 'รายการ' },
	object: { en: 'a group of fields', th: 'กลุ่มของช่องข้อมูล' },
};

function hintFor(path: readonly PropertyKey[]): Bilingual {
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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(node, key) =>
			node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
		data,
	);
}

const describe = (value: unknown): string =>
	typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));

/** Turns one zod issue into what is wrong and what to do, in both languages. */
export function adviceForIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
): { what: Bilingual; fix: Bilingual } {
	const hint = hintFor(issue.path);
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type': {
			if (value === undefined)
				return {
					what: { en: 'missing', th: 'ยังไม่ได้กรอกช่องนี้' },
					fix: { en: `add it: ${hint.en}.`, th: `เพิ่มช่องนี้: ${hint.th}` },
				};
			const expected = typeNames[issue.expected] ?? { en: issue.expected, th: issue.expected };
			return {
				what: {
					en: `${describe(value)} is not ${expected.en}`,
					th: `${describe(value)} ไม่ใช่${expected.th}`,
				},
				fix: { en: `write ${hint.en}.`, th: `ใส่${hint.th}` },
			};
		}
		case 'too_small':
		case 'too_big': {
			const small = issue.code === 'too_small';
			const limit = Number(small ? issue.minimum : issue.maximum);
			if (issue.origin === 'string') {
				// Counted as zod counts (UTF-16 code units, after trimming), so the number agrees with the limit.
				const length = typeof value === 'string' ? value.trim().length : 0;
				return small
					? {
							what: {
								en: `too short (${length} characters, at least ${limit})`,
								th: `สั้นเกินไป (${length} ตัวอักษร ต้องมีอย่างน้อย ${limit})`,
							},
							fix: { en: `write ${hint.en}.`, th: `เขียน${hint.th}` },
						}
					: {
							what: {
								en: `too long (${length} characters, at most ${limit})`,
								th: `ยาวเกินไป (${length} ตัวอักษร ต้องไม่เกิน ${limit})`,
							},
							fix: {
								en: `shorten it to ${limit} characters or fewer.`,
								th: `ตัดให้เหลือไม่เกิน ${limit} ตัวอักษร`,
							},
						};
			}
			if (issue.origin === 'array') {
				const count = Array.isArray(value) ? value.length : 0;
				return small
					? {
							what: { en: `needs at least ${limit} items`, th: `ต้องมีอย่างน้อย ${limit} รายการ` },
							fix: { en: `write ${hint.en}.`, th: `ใส่${hint.th}` },
						}
					: {
							what: {
								en: `has ${count} items, more than ${limit}`,
								th: `มี ${count} รายการ เกิน ${limit} รายการ`,
							},
							fix: {
								en: `keep at most ${limit}: ${hint.en}.`,
								th: `เก็บไว้ไม่เกิน ${limit} รายการ: ${hint.th}`,
							},
						};
			}
			return {
				what: small
					? { en: `${describe(value)} is below ${limit}`, th: `${describe(value)} น้อยกว่า ${limit}` }
					: {
							en: `${describe(value)} is above ${limit}`,
							th: `${describe(value)} มากกว่า ${limit}`,
						},
				fix: {
					en: `write ${hint.en}; check that lat and lng are not swapped.`,
					th: `ใส่${hint.th} และตรวจว่าไม่ได้สลับ lat กับ lng`,
				},
			};
		}
		case 'invalid_format':
			return {
				what: {
					en: `${describe(value)} is not in the expected form`,
					th: `${describe(value)} เขียนไม่ถูกรูปแบบ`,
				},
				fix: { en: `write ${hint.en}.`, th: `ใส่${hint.th}` },
			};
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const near = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
			return {
				what: {
					en: `${describe(value)} is not an allowed value`,
					th: `${describe(value)} ไม่ใช่ค่าที่ใช้ได้`,
				},
				fix: {
					en: `use one of: ${allowed.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`,
					th: `ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${allowed.join(', ')}${near ? ` หมายถึง "${near}" หรือเปล่า` : ''}`,
				},
			};
		}
		case 'unrecognized_keys':
			return {
				what: {
					en: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
					th: `ไม่รู้จักช่อง ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				},
				fix: {
					en: 'remove it, or check its spelling against another story.',
					th: 'ลบออก หรือตรวจการสะกดเทียบกับเรื่องอื่น',
				},
			};
		default: {
			const thai = (issue as { params?: { th?: string } }).params?.th;
			return {
				what: { en: issue.message, th: thai ?? issue.message },
				fix: { en: `write ${hint.en}.`, th: `ใส่${hint.th}` },
			};
		}
	}
}
