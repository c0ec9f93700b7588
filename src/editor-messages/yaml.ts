import { quote, type Advice, type Bilingual } from './bilingual';

const kb = (bytes: number) => Math.ceil(bytes / 1024);

const syntaxFix: Bilingual = {
	en: 'check indentation (spaces, not tabs), colons after field names, and that quotes are closed.',
	th: 'ตรวจการย่อหน้า (ใช้เว้นวรรค ไม่ใช้แท็บ) เครื่องหมาย : หลังชื่อช่อง และเครื่องหมายคำพูดที่ต้องปิดให้ครบ',
};

/**
 * Every reason a YAML text (a facts file, a list, a story's front matter) is refused, by name. Whatever
 * comes from the file (an alias name, a tag, a value, the parser's message) is shown through `quote()`.
 */
export const yamlAdvice = {
	tooLarge: (bytes: number, maxBytes: number): Advice => ({
		what: {
			en: `the YAML is ${kb(bytes)} KB, more than the ${kb(maxBytes)} KB allowed`,
			th: `YAML มีขนาด ${kb(bytes)} KB เกินขนาดที่อนุญาต (${kb(maxBytes)} KB)`,
		},
		fix: {
			en: 'keep only the fields this file needs, with short texts; a long text belongs in the story, below the front matter.',
			th: 'ใส่เฉพาะช่องข้อมูลที่ไฟล์นี้ต้องใช้ และเขียนข้อความให้สั้น ข้อความยาวให้เขียนในเนื้อเรื่องใต้ส่วนหัว (front matter)',
		},
	}),
	/** `message` is the first line of the YAML library's own message. */
	syntax: (message: string): Advice => ({
		what: {
			en: `the YAML cannot be read: ${quote(message, 160)}`,
			th: `อ่าน YAML ไม่ได้: ${quote(message, 160)}`,
		},
		fix: syntaxFix,
	}),
	/** So deep that the library ran out of stack. */
	tooDeepToRead: (): Advice => ({
		what: {
			en: 'the YAML is nested too deeply to be read',
			th: 'YAML ซ้อนกันหลายชั้นเกินกว่าจะอ่านได้',
		},
		fix: syntaxFix,
	}),
	/** Anything else the library threw, named by the error's class only. */
	unreadable: (errorName: string): Advice => ({
		what: {
			en: `the YAML cannot be read (${quote(errorName)})`,
			th: `อ่าน YAML ไม่ได้ (${quote(errorName)})`,
		},
		fix: syntaxFix,
	}),
	directive: (): Advice => ({
		what: {
			en: 'a line starting with % (a YAML directive) changes how the file is read, and is not allowed',
			th: 'บรรทัดที่ขึ้นต้นด้วย % (YAML directive) เปลี่ยนวิธีอ่านไฟล์ จึงไม่อนุญาตให้ใช้',
		},
		fix: { en: 'remove the line that starts with %.', th: 'ลบบรรทัดที่ขึ้นต้นด้วย % ออก' },
	}),
	alias: (name: string): Advice => {
		const shown = quote(name);
		return {
			what: {
				en: `"*${shown}" repeats another part of the file (a YAML alias), which is not allowed`,
				th: `"*${shown}" เป็นการอ้างซ้ำส่วนอื่นของไฟล์ (YAML alias) ซึ่งไม่อนุญาตให้ใช้`,
			},
			fix: {
				en: `write the value out in full instead of *${shown}, and remove &${shown}; if the text starts with * or &, put it in quotes.`,
				th: `เขียนค่านั้นให้ครบแทน *${shown} และลบ &${shown} ออก ถ้าข้อความขึ้นต้นด้วย * หรือ & ให้ใส่ไว้ในเครื่องหมายคำพูด`,
			},
		};
	},
	mergeKey: (): Advice => ({
		what: {
			en: '"<<" copies fields from another part of the file (a YAML merge key), which is not allowed',
			th: '"<<" เป็นการคัดลอกช่องข้อมูลจากส่วนอื่นของไฟล์ (YAML merge key) ซึ่งไม่อนุญาตให้ใช้',
		},
		fix: { en: 'write each field out in full here.', th: 'เขียนแต่ละช่องข้อมูลให้ครบในตำแหน่งนี้' },
	}),
	/** `tag` as the editor wrote it: `!!binary`, `!custom`. */
	tag: (tag: string): Advice => {
		const shown = quote(tag);
		return {
			what: { en: `the YAML tag "${shown}" is not allowed`, th: `ไม่อนุญาตให้ใช้แท็ก YAML "${shown}"` },
			fix: {
				en: `remove "${shown}" and write plain text, a number, true or false, a list or fields; if the text starts with !, put it in quotes.`,
				th: `ลบ "${shown}" ออก แล้วเขียนเป็นข้อความ ตัวเลข true หรือ false รายการ หรือช่องข้อมูลธรรมดา ถ้าข้อความขึ้นต้นด้วย ! ให้ใส่ไว้ในเครื่องหมายคำพูด`,
			},
		};
	},
	/** An unquoted value that Astro's reader (js-yaml) takes as a date, the check as text. */
	readAsDate: (value: string): Advice => ({
		what: {
			en: `${quote(value)} without quotes is read as a date by the site build, but as text by the check`,
			th: `${quote(value)} ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นวันที่ตอนสร้างเว็บ แต่เป็นข้อความตอนตรวจ`,
		},
		fix: putInQuotes(value),
	}),
	/** An unquoted value that Astro's reader (js-yaml) takes as a number, the check as text. */
	readAsNumber: (value: string): Advice => ({
		what: {
			en: `${quote(value)} without quotes is read as a number by the site build, but as text by the check`,
			th: `${quote(value)} ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นตัวเลขตอนสร้างเว็บ แต่เป็นข้อความตอนตรวจ`,
		},
		fix: putInQuotes(value),
	}),
	/** A number the check reads (`+.5`, `1_000`, `.inf`) that js-yaml reads as text, or as another number. */
	readDifferently: (written: string): Advice => ({
		what: {
			en: `${quote(written)} is not read the same way by the check and the site build`,
			th: `${quote(written)} ถูกอ่านไม่เหมือนกันระหว่างการตรวจและการสร้างเว็บ`,
		},
		fix: {
			en: 'write the number plainly, such as 18.5 or -3, or put text in quotes.',
			th: 'เขียนตัวเลขแบบธรรมดา เช่น 18.5 หรือ -3 หรือใส่ข้อความไว้ในเครื่องหมายคำพูด',
		},
	}),
	nestedTooDeep: (maxDepth: number): Advice => ({
		what: {
			en: `lists and fields are nested more than ${maxDepth} levels deep`,
			th: `รายการและช่องข้อมูลซ้อนกันเกิน ${maxDepth} ชั้น`,
		},
		fix: {
			en: 'check the indentation and the [ ] and { } brackets: no field of the content is nested that deep.',
			th: 'ตรวจการย่อหน้าและวงเล็บ [ ] กับ { } เพราะไม่มีช่องข้อมูลใดที่ต้องซ้อนลึกขนาดนั้น',
		},
	}),
};

function putInQuotes(value: string): Bilingual {
	return {
		en: `put it in quotes: "${quote(value)}".`,
		th: `ใส่ไว้ในเครื่องหมายคำพูด: "${quote(value)}"`,
	};
}
