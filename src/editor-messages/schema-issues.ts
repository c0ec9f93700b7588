import type { z } from 'astro/zod';
import { quote, useOneOf, type Advice, type Bilingual } from './bilingual';
import { hintFor, typeNames } from './fields';

type Issue = z.core.$ZodIssue;
type SizeIssue = Extract<Issue, { code: 'too_small' | 'too_big' }>;

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

/** "write <what the field holds>." */
const writeHint = (hint: Bilingual): Bilingual => ({ en: `write ${hint.en}.`, th: `ใส่${hint.th}` });

/** Turns one zod issue into what is wrong and what to do, in both languages. */
export function adviceForIssue(issue: Issue, data: unknown): Advice {
	const hint = hintFor(issue.path);
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return wrongType(issue.expected, value, hint);
		case 'too_small':
		case 'too_big':
			if (issue.origin === 'string') return textLength(issue, value, hint);
			if (issue.origin === 'array') return listLength(issue, value, hint);
			return numberRange(issue, value, hint);
		case 'invalid_format':
			return {
				what: {
					en: `${describe(value)} is not in the expected form`,
					th: `${describe(value)} เขียนไม่ถูกรูปแบบ`,
				},
				fix: writeHint(hint),
			};
		case 'invalid_value':
			return notAllowed(issue.values.map(String), value);
		case 'unrecognized_keys':
			return unknownFields(issue.keys);
		case 'invalid_union':
			// A field that takes more than one form (a name, or a name in each language): the hint names them.
			return {
				what: {
					en: `${describe(value)} is in none of the forms this field takes`,
					th: `${describe(value)} ไม่ตรงกับรูปแบบใดที่ช่องนี้รับ`,
				},
				fix: writeHint(hint),
			};
		default: {
			// A schema's own check says what is wrong in `message` and `params.th`, and may say what to do in `params.fix`.
			const params = (issue as { params?: { th?: string; fix?: Bilingual } }).params;
			return {
				what: { en: issue.message, th: params?.th ?? issue.message },
				fix: params?.fix ?? writeHint(hint),
			};
		}
	}
}

function wrongType(expectedType: string, value: unknown, hint: Bilingual): Advice {
	if (value === undefined)
		return {
			what: { en: 'missing', th: 'ยังไม่ได้กรอกช่องนี้' },
			fix: { en: `add it: ${hint.en}.`, th: `เพิ่มช่องนี้: ${hint.th}` },
		};
	const expected = typeNames[expectedType] ?? { en: expectedType, th: expectedType };
	return {
		what: {
			en: `${describe(value)} is not ${expected.en}`,
			th: `${describe(value)} ไม่ใช่${expected.th}`,
		},
		fix: writeHint(hint),
	};
}

const limitOf = (issue: SizeIssue) =>
	Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);

function textLength(issue: SizeIssue, value: unknown, hint: Bilingual): Advice {
	const limit = limitOf(issue);
	// Counted as zod counts (UTF-16 code units, after trimming), so the number agrees with the limit.
	const length = typeof value === 'string' ? value.trim().length : 0;
	if (issue.code === 'too_small')
		return {
			what: {
				en: `too short (${length} characters, at least ${limit})`,
				th: `สั้นเกินไป (${length} ตัวอักษร ต้องมีอย่างน้อย ${limit})`,
			},
			fix: { en: `write ${hint.en}.`, th: `เขียน${hint.th}` },
		};
	return {
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

function listLength(issue: SizeIssue, value: unknown, hint: Bilingual): Advice {
	const limit = limitOf(issue);
	if (issue.code === 'too_small')
		return {
			what: { en: `needs at least ${limit} items`, th: `ต้องมีอย่างน้อย ${limit} รายการ` },
			fix: writeHint(hint),
		};
	const count = Array.isArray(value) ? value.length : 0;
	return {
		what: {
			en: `has ${count} items, more than ${limit}`,
			th: `มี ${count} รายการ เกิน ${limit} รายการ`,
		},
		fix: { en: `keep at most ${limit}: ${hint.en}.`, th: `เก็บไว้ไม่เกิน ${limit} รายการ: ${hint.th}` },
	};
}

/** A number out of its range: a coordinate (maybe lat and lng swapped), a stop's day or minutes. */
function numberRange(issue: SizeIssue, value: unknown, hint: Bilingual): Advice {
	const limit = limitOf(issue);
	const coordinate = ['lat', 'lng'].includes(String(issue.path.at(-1)));
	return {
		what:
			issue.code === 'too_small'
				? { en: `${describe(value)} is below ${limit}`, th: `${describe(value)} น้อยกว่า ${limit}` }
				: { en: `${describe(value)} is above ${limit}`, th: `${describe(value)} มากกว่า ${limit}` },
		fix: coordinate
			? {
					en: `write ${hint.en}; check that lat and lng are not swapped.`,
					th: `ใส่${hint.th} และตรวจว่าไม่ได้สลับ lat กับ lng`,
				}
			: writeHint(hint),
	};
}

function notAllowed(allowed: readonly string[], value: unknown): Advice {
	return {
		what: {
			en: `${describe(value)} is not an allowed value`,
			th: `${describe(value)} ไม่ใช่ค่าที่ใช้ได้`,
		},
		fix: useOneOf(allowed, value),
	};
}

function unknownFields(keys: readonly string[]): Advice {
	const names = keys.map((key) => `"${quote(key)}"`).join(', ');
	return {
		what: {
			en: `unknown field${keys.length > 1 ? 's' : ''} ${names}`,
			th: `ไม่รู้จักช่อง ${names}`,
		},
		fix: {
			en: 'remove it, or check its spelling against another story.',
			th: 'ลบออก หรือตรวจการสะกดเทียบกับเรื่องอื่น',
		},
	};
}
