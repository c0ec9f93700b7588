import { expect } from 'vitest';
import { yamlAdvice } from '../../../src/editor-messages/yaml';
import { pinMessages, type Pins } from '../../support/message-pins';

/**
 * Every message about refused or unreadable YAML, pinned in both languages (see
 * tests/support/message-pins.ts).
 */
const yamlPins: Pins<typeof yamlAdvice> = {
	tooLarge: () =>
		expect(yamlAdvice.tooLarge(300 * 1024 + 1, 256 * 1024)).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "keep only the fields this file needs, with short texts; a long text belongs in the story, below the front matter.",
		    "th": "ใส่เฉพาะช่องข้อมูลที่ไฟล์นี้ต้องใช้ และเขียนข้อความให้สั้น ข้อความยาวให้เขียนในเนื้อเรื่องใต้ส่วนหัว (front matter)",
		  },
		  "what": {
		    "en": "the YAML is 301 KB, more than the 256 KB allowed",
		    "th": "YAML มีขนาด 301 KB เกินขนาดที่อนุญาต (256 KB)",
		  },
		}
	`),
	syntax: () =>
		expect(yamlAdvice.syntax('Missing closing "quote at line 2, column 10:'))
			.toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "check indentation (spaces, not tabs), colons after field names, and that quotes are closed.",
			    "th": "ตรวจการย่อหน้า (ใช้เว้นวรรค ไม่ใช้แท็บ) เครื่องหมาย : หลังชื่อช่อง และเครื่องหมายคำพูดที่ต้องปิดให้ครบ",
			  },
			  "what": {
			    "en": "the YAML cannot be read: Missing closing "quote at line 2, column 10:",
			    "th": "อ่าน YAML ไม่ได้: Missing closing "quote at line 2, column 10:",
			  },
			}
		`),
	tooDeepToRead: () =>
		expect(yamlAdvice.tooDeepToRead()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "check indentation (spaces, not tabs), colons after field names, and that quotes are closed.",
		    "th": "ตรวจการย่อหน้า (ใช้เว้นวรรค ไม่ใช้แท็บ) เครื่องหมาย : หลังชื่อช่อง และเครื่องหมายคำพูดที่ต้องปิดให้ครบ",
		  },
		  "what": {
		    "en": "the YAML is nested too deeply to be read",
		    "th": "YAML ซ้อนกันหลายชั้นเกินกว่าจะอ่านได้",
		  },
		}
	`),
	unreadable: () =>
		expect(yamlAdvice.unreadable('TypeError')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "check indentation (spaces, not tabs), colons after field names, and that quotes are closed.",
		    "th": "ตรวจการย่อหน้า (ใช้เว้นวรรค ไม่ใช้แท็บ) เครื่องหมาย : หลังชื่อช่อง และเครื่องหมายคำพูดที่ต้องปิดให้ครบ",
		  },
		  "what": {
		    "en": "the YAML cannot be read (TypeError)",
		    "th": "อ่าน YAML ไม่ได้ (TypeError)",
		  },
		}
	`),
	directive: () =>
		expect(yamlAdvice.directive()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove the line that starts with %.",
		    "th": "ลบบรรทัดที่ขึ้นต้นด้วย % ออก",
		  },
		  "what": {
		    "en": "a line starting with % (a YAML directive) changes how the file is read, and is not allowed",
		    "th": "บรรทัดที่ขึ้นต้นด้วย % (YAML directive) เปลี่ยนวิธีอ่านไฟล์ จึงไม่อนุญาตให้ใช้",
		  },
		}
	`),
	// The name comes from the file: a bidi override in it is shown as "?".
	alias: () =>
		expect(yamlAdvice.alias('base\u202e')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write the value out in full instead of *base?, and remove &base?; if the text starts with * or &, put it in quotes.",
		    "th": "เขียนค่านั้นให้ครบแทน *base? และลบ &base? ออก ถ้าข้อความขึ้นต้นด้วย * หรือ & ให้ใส่ไว้ในเครื่องหมายคำพูด",
		  },
		  "what": {
		    "en": ""*base?" repeats another part of the file (a YAML alias), which is not allowed",
		    "th": ""*base?" เป็นการอ้างซ้ำส่วนอื่นของไฟล์ (YAML alias) ซึ่งไม่อนุญาตให้ใช้",
		  },
		}
	`),
	mergeKey: () =>
		expect(yamlAdvice.mergeKey()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write each field out in full here.",
		    "th": "เขียนแต่ละช่องข้อมูลให้ครบในตำแหน่งนี้",
		  },
		  "what": {
		    "en": ""<<" copies fields from another part of the file (a YAML merge key), which is not allowed",
		    "th": ""<<" เป็นการคัดลอกช่องข้อมูลจากส่วนอื่นของไฟล์ (YAML merge key) ซึ่งไม่อนุญาตให้ใช้",
		  },
		}
	`),
	tag: () =>
		expect(yamlAdvice.tag('!!binary')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove "!!binary" and write plain text, a number, true or false, a list or fields; if the text starts with !, put it in quotes.",
		    "th": "ลบ "!!binary" ออก แล้วเขียนเป็นข้อความ ตัวเลข true หรือ false รายการ หรือช่องข้อมูลธรรมดา ถ้าข้อความขึ้นต้นด้วย ! ให้ใส่ไว้ในเครื่องหมายคำพูด",
		  },
		  "what": {
		    "en": "the YAML tag "!!binary" is not allowed",
		    "th": "ไม่อนุญาตให้ใช้แท็ก YAML "!!binary"",
		  },
		}
	`),
	readAsDate: () =>
		expect(yamlAdvice.readAsDate('2024-01-01')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "put it in quotes: "2024-01-01".",
		    "th": "ใส่ไว้ในเครื่องหมายคำพูด: "2024-01-01"",
		  },
		  "what": {
		    "en": "2024-01-01 without quotes is read as a date by the site build, but as text by the check",
		    "th": "2024-01-01 ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นวันที่ตอนสร้างเว็บ แต่เป็นข้อความตอนตรวจ",
		  },
		}
	`),
	readAsNumber: () =>
		expect(yamlAdvice.readAsNumber('0x1F')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "put it in quotes: "0x1F".",
		    "th": "ใส่ไว้ในเครื่องหมายคำพูด: "0x1F"",
		  },
		  "what": {
		    "en": "0x1F without quotes is read as a number by the site build, but as text by the check",
		    "th": "0x1F ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นตัวเลขตอนสร้างเว็บ แต่เป็นข้อความตอนตรวจ",
		  },
		}
	`),
	readDifferently: () =>
		expect(yamlAdvice.readDifferently('1_000')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write the number plainly, such as 18.5 or -3, or put text in quotes.",
		    "th": "เขียนตัวเลขแบบธรรมดา เช่น 18.5 หรือ -3 หรือใส่ข้อความไว้ในเครื่องหมายคำพูด",
		  },
		  "what": {
		    "en": "1_000 is not read the same way by the check and the site build",
		    "th": "1_000 ถูกอ่านไม่เหมือนกันระหว่างการตรวจและการสร้างเว็บ",
		  },
		}
	`),
	nestedTooDeep: () =>
		expect(yamlAdvice.nestedTooDeep(20)).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "check the indentation and the [ ] and { } brackets: no field of the content is nested that deep.",
		    "th": "ตรวจการย่อหน้าและวงเล็บ [ ] กับ { } เพราะไม่มีช่องข้อมูลใดที่ต้องซ้อนลึกขนาดนั้น",
		  },
		  "what": {
		    "en": "lists and fields are nested more than 20 levels deep",
		    "th": "รายการและช่องข้อมูลซ้อนกันเกิน 20 ชั้น",
		  },
		}
	`),
};

pinMessages('yamlAdvice', yamlAdvice, yamlPins);
