import { expect, test } from 'vitest';
import { asIssue, schemaRuleAdvice } from '../../../src/editor-messages/schema-rules';
import { pinMessages, type Pins } from '../../support/message-pins';

/** The messages of the schemas' own checks, pinned in both languages (tests/support/message-pins.ts). */
const pins: Pins<typeof schemaRuleAdvice> = {
	controlCharacters: () =>
		expect(schemaRuleAdvice.controlCharacters()).toMatchInlineSnapshot(`
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
	`),
	stopIdTwice: () =>
		expect(schemaRuleAdvice.stopIdTwice('wat-phumin')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "give each stop its own id, and its text in the stories under that id.",
		    "th": "ตั้ง id ให้แต่ละจุดไม่ซ้ำกัน และเขียนข้อความของจุดนั้นในเรื่องเล่าไว้ใต้ id เดียวกัน",
		  },
		  "what": {
		    "en": "the stop id "wat-phumin" is used twice",
		    "th": "id ของจุดแวะ "wat-phumin" ซ้ำกัน",
		  },
		}
	`),
	firstStopDay: () =>
		expect(schemaRuleAdvice.firstStopDay(2)).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "put the first stop on day 1.",
		    "th": "ให้จุดแวะแรกอยู่ในวันที่ 1",
		  },
		  "what": {
		    "en": "the first stop is on day 2, not day 1",
		    "th": "จุดแวะแรกอยู่ในวันที่ 2 แต่ต้องเป็นวันที่ 1",
		  },
		}
	`),
	stopDayOrder: () =>
		expect(schemaRuleAdvice.stopDayOrder(3, 1)).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "list the stops in visiting order: from one stop to the next the day stays the same or goes up by 1.",
		    "th": "เรียงจุดแวะตามลำดับการเดินทาง จากจุดหนึ่งไปอีกจุด วันที่ต้องเท่าเดิมหรือเพิ่มขึ้นทีละ 1 วัน",
		  },
		  "what": {
		    "en": "day 3 cannot follow day 1",
		    "th": "วันที่ 3 มาต่อจากวันที่ 1 ไม่ได้",
		  },
		}
	`),
};

pinMessages('schema rules', schemaRuleAdvice, pins);

test('asIssue keeps the English in the message and the rest in params, where schema-issues.ts reads it', () => {
	const advice = schemaRuleAdvice.firstStopDay(2);
	expect(asIssue(advice)).toEqual({
		message: advice.what.en,
		params: { th: advice.what.th, fix: advice.fix },
	});
});
