import { storyComponentNames } from '../story-policy/allowlist';
import type { LinkRefusal } from '../story-policy/urls';
import { quote, useOneOf, type Advice, type Bilingual } from './bilingual';

const components = storyComponentNames.join(', ');

const linkFix: Record<LinkRefusal, Bilingual> = {
	scheme: {
		en: 'link to a web page (https://…), a page of this site (/en/…), an e-mail (mailto:) or a phone number (tel:).',
		th: 'ลิงก์ไปยังหน้าเว็บ (https://…) หน้าในเว็บนี้ (/th/…) อีเมล (mailto:) หรือเบอร์โทรศัพท์ (tel:) เท่านั้น',
	},
	host: {
		en: 'write the full address of a public website, such as https://www.tourismthailand.org/.',
		th: 'เขียนที่อยู่เว็บไซต์สาธารณะให้ครบ เช่น https://www.tourismthailand.org/',
	},
	'protocol-relative': {
		en: "write another site's address in full with https://, or a page of this site starting with a single /.",
		th: 'เขียนที่อยู่เว็บอื่นให้ครบโดยขึ้นต้นด้วย https:// หรือหน้าในเว็บนี้โดยขึ้นต้นด้วย / ตัวเดียว',
	},
	characters: {
		en: 'remove the spaces, tabs or line breaks from the address (write a space as %20).',
		th: 'ลบช่องว่าง แท็บ หรือการขึ้นบรรทัดใหม่ออกจากที่อยู่ลิงก์ (ถ้าจำเป็นต้องมีช่องว่าง ให้เขียนเป็น %20)',
	},
	relative: {
		en: 'link to a page of this site from the top, such as /en/products/nan-silverware/.',
		th: 'ลิงก์ไปยังหน้าในเว็บนี้โดยเขียนเต็มตั้งแต่ / เช่น /th/products/nan-silverware/',
	},
};

/** Every problem the story rules can find, by name. */
export const storyAdvice = {
	rawHtml: (tag: string): Advice => ({
		what: {
			en: `raw HTML (${quote(tag, 30)}) is not allowed in stories`,
			th: `ไม่อนุญาตให้ใช้ HTML (${quote(tag, 30)}) ในเรื่องเล่า`,
		},
		fix: {
			en: `write it in Markdown instead (**bold**, _italic_, [link](https://…), ![picture](./photo.jpg)); in .mdx you may also use ${components}.`,
			th: `เขียนด้วย Markdown แทน (**ตัวหนา**, _ตัวเอียง_, [ลิงก์](https://…), ![ภาพ](./photo.jpg)) ในไฟล์ .mdx ใช้ ${components} ได้ด้วย`,
		},
	}),
	link: (url: string, reason: LinkRefusal): Advice => ({
		what: { en: `the link "${quote(url)}" is not allowed`, th: `ลิงก์ "${quote(url)}" ใช้ไม่ได้` },
		fix: linkFix[reason],
	}),
	picture: (url: string): Advice => ({
		what: {
			en: `the picture "${quote(url)}" is not a file in the story's own folder`,
			th: `ภาพ "${quote(url)}" ไม่ใช่ไฟล์ในโฟลเดอร์ของเรื่องนี้`,
		},
		fix: {
			en: 'save the picture next to the story and write ./name.jpg (letters, digits, - and _ only; .jpg, .png, .webp, .avif or .svg), with its credit and licence.',
			th: 'บันทึกภาพไว้ในโฟลเดอร์เดียวกับเรื่อง แล้วเขียน ./ชื่อไฟล์.jpg (ใช้ตัวอักษรอังกฤษ ตัวเลข - และ _ เท่านั้น นามสกุล .jpg .png .webp .avif หรือ .svg) พร้อมเครดิตและสัญญาอนุญาต',
		},
	}),
	esm: (statement: string): Advice => ({
		what: {
			en: `an import or export that is not allowed: ${quote(statement, 60)}`,
			th: `มีการ import หรือ export ที่ไม่อนุญาต: ${quote(statement, 60)}`,
		},
		fix: {
			en: `remove it; stories use ${components} without importing them, and may only import a picture next to the story, one per line: import photo from './photo.jpg'`,
			th: `ลบออก เรื่องเล่าใช้ ${components} ได้เลยโดยไม่ต้อง import และ import ได้เฉพาะภาพในโฟลเดอร์เดียวกัน บรรทัดละภาพ: import photo from './photo.jpg'`,
		},
	}),
	expression: (): Advice => ({
		what: { en: 'a {…} expression in the text', th: 'มีนิพจน์ {…} ในเนื้อเรื่อง' },
		fix: {
			en: 'remove the braces, or write \\{ to show a brace.',
			th: 'ลบวงเล็บปีกกาออก หรือเขียน \\{ ถ้าต้องการแสดงวงเล็บปีกกา',
		},
	}),
	component: (name: string): Advice => ({
		what: {
			en: `<${quote(name, 30)}> is not allowed in stories`,
			th: `ไม่อนุญาตให้ใช้ <${quote(name, 30)}> ในเรื่องเล่า`,
		},
		fix: {
			en: `use Markdown, or one of: ${components}.`,
			th: `ใช้ Markdown หรือคอมโพเนนต์ ${components}`,
		},
	}),
	spread: (name: string): Advice => ({
		what: { en: `a {…} attribute on <${name}>`, th: `มีแอตทริบิวต์แบบ {…} ใน <${name}>` },
		fix: { en: 'write each attribute as name="value".', th: 'เขียนแอตทริบิวต์ทีละตัวแบบ name="value"' },
	}),
	unknownProp: (name: string, prop: string, allowed: string[]): Advice => ({
		what: {
			en: `<${name}> has no attribute "${quote(prop, 30)}"`,
			th: `<${name}> ไม่มีแอตทริบิวต์ "${quote(prop, 30)}"`,
		},
		fix: { en: `use only: ${allowed.join(', ')}.`, th: `ใช้ได้เฉพาะ: ${allowed.join(', ')}` },
	}),
	missingProp: (name: string, prop: string): Advice => ({
		what: { en: `<${name}> needs ${prop}="…"`, th: `<${name}> ต้องมี ${prop}="…"` },
		fix: { en: `add ${prop}="…" to it.`, th: `เพิ่ม ${prop}="…"` },
	}),
	textProp: (name: string, prop: string): Advice => ({
		what: {
			en: `${prop} on <${name}> must be text in quotes`,
			th: `${prop} ของ <${name}> ต้องเป็นข้อความในเครื่องหมายคำพูด`,
		},
		fix: { en: `write ${prop}="…".`, th: `เขียนเป็น ${prop}="…"` },
	}),
	notOneOf: (name: string, prop: string, value: string, values: readonly string[]): Advice => ({
		what: {
			en: `${prop}="${quote(value)}" on <${name}> is not one of the values it takes`,
			th: `${prop}="${quote(value)}" ของ <${name}> ไม่ใช่ค่าที่ใช้ได้`,
		},
		fix: useOneOf(values, value),
	}),
	badProp: (name: string, prop: string): Advice => ({
		what: {
			en: `${prop} on <${name}> is not in the expected form`,
			th: `${prop} ของ <${name}> ไม่อยู่ในรูปแบบที่ถูกต้อง`,
		},
		fix: {
			en:
				name === 'YouTube'
					? 'use the 11 characters after "v=" in the video\'s address.'
					: `check the value of ${prop}.`,
			th: name === 'YouTube' ? 'ใช้อักขระ 11 ตัวหลัง "v=" ในที่อยู่ของวิดีโอ' : `ตรวจค่าของ ${prop}`,
		},
	}),
	pictureByReference: (): Advice => ({
		what: {
			en: 'a picture written by reference (![alt][name]) is not published as a picture',
			th: 'ภาพที่เขียนแบบอ้างอิง (![คำบรรยาย][ชื่อ]) จะไม่ถูกเผยแพร่เป็นภาพ',
		},
		fix: {
			en: 'write the picture inline: ![what it shows](./photo.jpg).',
			th: 'เขียนที่อยู่ภาพไว้ในวงเล็บต่อท้ายเลย: ![คำบรรยายภาพ](./photo.jpg)',
		},
	}),
	reservedText: (text: string): Advice => ({
		what: {
			en: `the text "${text}" is reserved by the site's build`,
			th: `ข้อความ "${text}" สงวนไว้สำหรับระบบสร้างเว็บ`,
		},
		fix: { en: 'remove it from the story.', th: 'ลบข้อความนี้ออกจากเรื่องเล่า' },
	}),
	pictureProp: (name: string, prop: string): Advice => ({
		what: {
			en: `${prop} on <${name}> must be the name of a picture imported at the top`,
			th: `${prop} ของ <${name}> ต้องเป็นชื่อภาพที่ import ไว้ด้านบน`,
		},
		fix: {
			en: `add import photo from './photo.jpg' at the top, then write ${prop}={photo}.`,
			th: `เพิ่ม import photo from './photo.jpg' ไว้ด้านบน แล้วเขียน ${prop}={photo}`,
		},
	}),
	frontmatterField: (field: string): Advice => ({
		what: {
			en: `the front matter has a field "${quote(field, 30)}" that stories do not use`,
			th: `ส่วนหัวมีช่อง "${quote(field, 30)}" ที่เรื่องเล่าไม่ได้ใช้`,
		},
		fix: {
			en: 'remove it; a story has title, summary and (for journeys) stops.',
			th: 'ลบออก เรื่องเล่ามีเพียง title, summary และ stops (สำหรับเส้นทาง)',
		},
	}),
	element: (tag: string): Advice => ({
		what: {
			en: `the story would publish <${quote(tag, 30)}>, which stories may not contain`,
			th: `เรื่องนี้จะเผยแพร่ <${quote(tag, 30)}> ซึ่งไม่อนุญาตในเรื่องเล่า`,
		},
		fix: { en: 'write the passage in plain Markdown.', th: 'เขียนส่วนนี้ด้วย Markdown ธรรมดา' },
	}),
	attribute: (tag: string, attribute: string): Advice => ({
		what: {
			en: `the story would publish <${quote(tag, 30)}> with "${quote(attribute, 30)}", which stories may not contain`,
			th: `เรื่องนี้จะเผยแพร่ <${quote(tag, 30)}> ที่มี "${quote(attribute, 30)}" ซึ่งไม่อนุญาตในเรื่องเล่า`,
		},
		fix: { en: 'write the passage in plain Markdown.', th: 'เขียนส่วนนี้ด้วย Markdown ธรรมดา' },
	}),
	tooLong: (length: number, max: number): Advice => ({
		what: {
			en: `the story is ${length.toLocaleString('en')} characters long, more than ${max.toLocaleString('en')}`,
			th: `เรื่องเล่ายาว ${length.toLocaleString('en')} ตัวอักษร เกิน ${max.toLocaleString('en')} ตัวอักษร`,
		},
		fix: { en: 'shorten it, or split it into two stories.', th: 'ตัดให้สั้นลง หรือแบ่งเป็นสองเรื่อง' },
	}),
	unreadable: (reason: string): Advice => ({
		what: {
			en: `the story cannot be read: ${quote(reason, 120)}`,
			th: `อ่านเรื่องเล่าไม่ได้: ${quote(reason, 120)}`,
		},
		fix: {
			en: 'check the tags on this line: every <Component> needs a matching close or must end with />, and { } must be balanced.',
			th: 'ตรวจแท็กในบรรทัดนี้ ทุก <Component> ต้องปิดให้ครบหรือจบด้วย /> และวงเล็บ { } ต้องครบคู่',
		},
	}),
};
