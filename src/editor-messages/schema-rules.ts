import { quote, type Advice } from './bilingual';

/**
 * The messages of the schemas' own checks (a refinement, not a type or a limit). zod carries a check's
 * message as one English string; `asIssue()` packs the rest into the issue's params, where
 * schema-issues.ts reads them back.
 */
export const schemaRuleAdvice = {
	controlCharacters: (): Advice => ({
		what: {
			en: 'the text holds invisible control characters, copied from another program',
			th: 'ข้อความมีอักขระควบคุมที่มองไม่เห็น ซึ่งติดมาตอนคัดลอกจากโปรแกรมอื่น',
		},
		fix: {
			en: 'type the text again, or paste it as plain text.',
			th: 'พิมพ์ข้อความนี้ใหม่ หรือวางแบบข้อความธรรมดา (ไม่มีรูปแบบ)',
		},
	}),
	stopIdTwice: (id: string): Advice => ({
		what: { en: `the stop id "${quote(id)}" is used twice`, th: `id ของจุดแวะ "${quote(id)}" ซ้ำกัน` },
		fix: {
			en: 'give each stop its own id, and its text in the stories under that id.',
			th: 'ตั้ง id ให้แต่ละจุดไม่ซ้ำกัน และเขียนข้อความของจุดนั้นในเรื่องเล่าไว้ใต้ id เดียวกัน',
		},
	}),
	firstStopDay: (day: number): Advice => ({
		what: {
			en: `the first stop is on day ${day}, not day 1`,
			th: `จุดแวะแรกอยู่ในวันที่ ${day} แต่ต้องเป็นวันที่ 1`,
		},
		fix: { en: 'put the first stop on day 1.', th: 'ให้จุดแวะแรกอยู่ในวันที่ 1' },
	}),
	stopDayOrder: (day: number, previousDay: number): Advice => ({
		what: {
			en: `day ${day} cannot follow day ${previousDay}`,
			th: `วันที่ ${day} มาต่อจากวันที่ ${previousDay} ไม่ได้`,
		},
		fix: {
			en: 'list the stops in visiting order: from one stop to the next the day stays the same or goes up by 1.',
			th: 'เรียงจุดแวะตามลำดับการเดินทาง จากจุดหนึ่งไปอีกจุด วันที่ต้องเท่าเดิมหรือเพิ่มขึ้นทีละ 1 วัน',
		},
	}),
} satisfies Record<string, (...args: never[]) => Advice>;

/** A zod issue's message and params for `advice`: `{ message, params: { th, fix } }`. */
export function asIssue(advice: Advice): {
	message: string;
	params: { th: string; fix: Advice['fix'] };
} {
	return { message: advice.what.en, params: { th: advice.what.th, fix: advice.fix } };
}
