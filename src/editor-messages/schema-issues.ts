import type { z } from 'astro/zod';
import { quote, suggestion, type Advice } from './bilingual';
import { hintFor, typeNames } from './fields';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(node, key) =>
			node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
		data,
	);
}

/** A value from the file as a message shows it: quoted text, or the value as written. */
const describe = (value: unknown): string =>
	typeof value === 'string' ? `"${quote(value)}"` : quote(JSON.stringify(value) ?? String(value));

/** Turns one zod issue into what is wrong and what to do, in both languages. */
export function adviceForIssue(issue: z.core.$ZodIssue, data: unknown): Advice {
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
			const near = typeof value === 'string' ? suggestion(value, allowed) : { en: '', th: '' };
			return {
				what: {
					en: `${describe(value)} is not an allowed value`,
					th: `${describe(value)} ไม่ใช่ค่าที่ใช้ได้`,
				},
				fix: {
					en: `use one of: ${allowed.join(', ')}.${near.en}`,
					th: `ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${allowed.join(', ')}${near.th}`,
				},
			};
		}
		case 'unrecognized_keys':
			return {
				what: {
					en: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${quote(k)}"`).join(', ')}`,
					th: `ไม่รู้จักช่อง ${issue.keys.map((k) => `"${quote(k)}"`).join(', ')}`,
				},
				fix: {
					en: 'remove it, or check its spelling against another story.',
					th: 'ลบออก หรือตรวจการสะกดเทียบกับเรื่องอื่น',
				},
			};
		default: {
			// A schema's own check says what is wrong in `message` and `params.th`, and may say what to do in `params.fix`.
			const params = (issue as { params?: { th?: string; fix?: Advice['fix'] } }).params;
			return {
				what: { en: issue.message, th: params?.th ?? issue.message },
				fix: params?.fix ?? { en: `write ${hint.en}.`, th: `ใส่${hint.th}` },
			};
		}
	}
}
