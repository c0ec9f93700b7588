import { expect } from 'vitest';
import { storyAdvice } from '../../../src/editor-messages/story';
import type { LinkRefusal } from '../../../src/story-policy/urls';
import { pinMessages, type Pins } from '../../support/message-pins';

/** Every reason a link is refused, each with its own fix. */
const linkRefusals = Object.keys({
	scheme: 0,
	host: 0,
	'protocol-relative': 0,
	characters: 0,
	relative: 0,
} satisfies Record<LinkRefusal, 0>) as LinkRefusal[];

/**
 * Every message about a story's text, pinned in both languages (see
 * tests/support/message-pins.ts).
 */
const storyPins: Pins<typeof storyAdvice> = {
	rawHtml: () =>
		expect(storyAdvice.rawHtml('<iframe')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write it in Markdown instead (**bold**, _italic_, [link](https://…), ![picture](./photo.jpg)); in .mdx you may also use Figure, Quote, YouTube.",
		    "th": "เขียนด้วย Markdown แทน (**ตัวหนา**, _ตัวเอียง_, [ลิงก์](https://…), ![ภาพ](./photo.jpg)) ในไฟล์ .mdx ใช้ Figure, Quote, YouTube ได้ด้วย",
		  },
		  "what": {
		    "en": "raw HTML (<iframe) is not allowed in stories",
		    "th": "ไม่อนุญาตให้ใช้ HTML (<iframe) ในเรื่องเล่า",
		  },
		}
	`),
	link: () =>
		expect(
			Object.fromEntries(
				linkRefusals.map((reason) => [reason, storyAdvice.link('javascript:alert(1)', reason)]),
			),
		).toMatchInlineSnapshot(`
			{
			  "characters": {
			    "fix": {
			      "en": "remove the spaces, tabs or line breaks from the address (write a space as %20).",
			      "th": "ลบช่องว่าง แท็บ หรือการขึ้นบรรทัดใหม่ออกจากที่อยู่ลิงก์ (ถ้าจำเป็นต้องมีช่องว่าง ให้เขียนเป็น %20)",
			    },
			    "what": {
			      "en": "the link "javascript:alert(1)" is not allowed",
			      "th": "ลิงก์ "javascript:alert(1)" ใช้ไม่ได้",
			    },
			  },
			  "host": {
			    "fix": {
			      "en": "write the full address of a public website, such as https://www.tourismthailand.org/.",
			      "th": "เขียนที่อยู่เว็บไซต์สาธารณะให้ครบ เช่น https://www.tourismthailand.org/",
			    },
			    "what": {
			      "en": "the link "javascript:alert(1)" is not allowed",
			      "th": "ลิงก์ "javascript:alert(1)" ใช้ไม่ได้",
			    },
			  },
			  "protocol-relative": {
			    "fix": {
			      "en": "write another site's address in full with https://, or a page of this site starting with a single /.",
			      "th": "เขียนที่อยู่เว็บอื่นให้ครบโดยขึ้นต้นด้วย https:// หรือหน้าในเว็บนี้โดยขึ้นต้นด้วย / ตัวเดียว",
			    },
			    "what": {
			      "en": "the link "javascript:alert(1)" is not allowed",
			      "th": "ลิงก์ "javascript:alert(1)" ใช้ไม่ได้",
			    },
			  },
			  "relative": {
			    "fix": {
			      "en": "link to a page of this site from the top, such as /en/products/nan-silverware/.",
			      "th": "ลิงก์ไปยังหน้าในเว็บนี้โดยเขียนเต็มตั้งแต่ / เช่น /th/products/nan-silverware/",
			    },
			    "what": {
			      "en": "the link "javascript:alert(1)" is not allowed",
			      "th": "ลิงก์ "javascript:alert(1)" ใช้ไม่ได้",
			    },
			  },
			  "scheme": {
			    "fix": {
			      "en": "link to a web page (https://…), a page of this site (/en/…), an e-mail (mailto:) or a phone number (tel:).",
			      "th": "ลิงก์ไปยังหน้าเว็บ (https://…) หน้าในเว็บนี้ (/th/…) อีเมล (mailto:) หรือเบอร์โทรศัพท์ (tel:) เท่านั้น",
			    },
			    "what": {
			      "en": "the link "javascript:alert(1)" is not allowed",
			      "th": "ลิงก์ "javascript:alert(1)" ใช้ไม่ได้",
			    },
			  },
			}
		`),
	picture: () =>
		expect(storyAdvice.picture('../other/photo.jpg')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "save the picture next to the story and write ./name.jpg (letters, digits, - and _ only; .jpg, .png, .webp, .avif or .svg), with its credit and licence.",
		    "th": "บันทึกภาพไว้ในโฟลเดอร์เดียวกับเรื่อง แล้วเขียน ./ชื่อไฟล์.jpg (ใช้ตัวอักษรอังกฤษ ตัวเลข - และ _ เท่านั้น นามสกุล .jpg .png .webp .avif หรือ .svg) พร้อมเครดิตและสัญญาอนุญาต",
		  },
		  "what": {
		    "en": "the picture "../other/photo.jpg" is not a file in the story's own folder",
		    "th": "ภาพ "../other/photo.jpg" ไม่ใช่ไฟล์ในโฟลเดอร์ของเรื่องนี้",
		  },
		}
	`),
	esm: () =>
		expect(storyAdvice.esm("import fs from 'node:fs'")).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove it; stories use Figure, Quote, YouTube without importing them, and may only import a picture next to the story, one per line: import photo from './photo.jpg'",
		    "th": "ลบออก เรื่องเล่าใช้ Figure, Quote, YouTube ได้เลยโดยไม่ต้อง import และ import ได้เฉพาะภาพในโฟลเดอร์เดียวกัน บรรทัดละภาพ: import photo from './photo.jpg'",
		  },
		  "what": {
		    "en": "an import or export that is not allowed: import fs from 'node:fs'",
		    "th": "มีการ import หรือ export ที่ไม่อนุญาต: import fs from 'node:fs'",
		  },
		}
	`),
	expression: () =>
		expect(storyAdvice.expression()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove the braces, or write \\{ to show a brace.",
		    "th": "ลบวงเล็บปีกกาออก หรือเขียน \\{ ถ้าต้องการแสดงวงเล็บปีกกา",
		  },
		  "what": {
		    "en": "a {…} expression in the text",
		    "th": "มีนิพจน์ {…} ในเนื้อเรื่อง",
		  },
		}
	`),
	component: () =>
		expect(storyAdvice.component('Script')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "use Markdown, or one of: Figure, Quote, YouTube.",
		    "th": "ใช้ Markdown หรือคอมโพเนนต์ Figure, Quote, YouTube",
		  },
		  "what": {
		    "en": "<Script> is not allowed in stories",
		    "th": "ไม่อนุญาตให้ใช้ <Script> ในเรื่องเล่า",
		  },
		}
	`),
	spread: () =>
		expect(storyAdvice.spread('Figure')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write each attribute as name="value".",
		    "th": "เขียนแอตทริบิวต์ทีละตัวแบบ name="value"",
		  },
		  "what": {
		    "en": "a {…} attribute on <Figure>",
		    "th": "มีแอตทริบิวต์แบบ {…} ใน <Figure>",
		  },
		}
	`),
	unknownProp: () =>
		expect(storyAdvice.unknownProp('Quote', 'onclick', ['cite'])).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use only: cite.",
			    "th": "ใช้ได้เฉพาะ: cite",
			  },
			  "what": {
			    "en": "<Quote> has no attribute "onclick"",
			    "th": "<Quote> ไม่มีแอตทริบิวต์ "onclick"",
			  },
			}
		`),
	missingProp: () =>
		expect(storyAdvice.missingProp('Figure', 'alt')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "add alt="…" to it.",
		    "th": "เพิ่ม alt="…"",
		  },
		  "what": {
		    "en": "<Figure> needs alt="…"",
		    "th": "<Figure> ต้องมี alt="…"",
		  },
		}
	`),
	textProp: () =>
		expect(storyAdvice.textProp('Quote', 'cite')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write cite="…".",
		    "th": "เขียนเป็น cite="…"",
		  },
		  "what": {
		    "en": "cite on <Quote> must be text in quotes",
		    "th": "cite ของ <Quote> ต้องเป็นข้อความในเครื่องหมายคำพูด",
		  },
		}
	`),
	notOneOf: () =>
		expect(storyAdvice.notOneOf('Figure', 'licence', 'CC-BY 4.0', ['CC0-1.0', 'CC-BY-4.0']))
			.toMatchInlineSnapshot(`
				{
				  "fix": {
				    "en": "use one of: CC0-1.0, CC-BY-4.0. Did you mean "CC-BY-4.0"?",
				    "th": "ใช้ค่าใดค่าหนึ่งต่อไปนี้: CC0-1.0, CC-BY-4.0 หมายถึง "CC-BY-4.0" หรือเปล่า",
				  },
				  "what": {
				    "en": "licence="CC-BY 4.0" on <Figure> is not one of the values it takes",
				    "th": "licence="CC-BY 4.0" ของ <Figure> ไม่ใช่ค่าที่ใช้ได้",
				  },
				}
			`),
	badProp: () =>
		expect({
			youTube: storyAdvice.badProp('YouTube', 'id'),
			other: storyAdvice.badProp('Figure', 'licence'),
		}).toMatchInlineSnapshot(`
			{
			  "other": {
			    "fix": {
			      "en": "check the value of licence.",
			      "th": "ตรวจค่าของ licence",
			    },
			    "what": {
			      "en": "licence on <Figure> is not in the expected form",
			      "th": "licence ของ <Figure> ไม่อยู่ในรูปแบบที่ถูกต้อง",
			    },
			  },
			  "youTube": {
			    "fix": {
			      "en": "use the 11 characters after "v=" in the video's address.",
			      "th": "ใช้อักขระ 11 ตัวหลัง "v=" ในที่อยู่ของวิดีโอ",
			    },
			    "what": {
			      "en": "id on <YouTube> is not in the expected form",
			      "th": "id ของ <YouTube> ไม่อยู่ในรูปแบบที่ถูกต้อง",
			    },
			  },
			}
		`),
	pictureByReference: () =>
		expect(storyAdvice.pictureByReference()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write the picture inline: ![what it shows](./photo.jpg).",
		    "th": "เขียนที่อยู่ภาพไว้ในวงเล็บต่อท้ายเลย: ![คำบรรยายภาพ](./photo.jpg)",
		  },
		  "what": {
		    "en": "a picture written by reference (![alt][name]) is not published as a picture",
		    "th": "ภาพที่เขียนแบบอ้างอิง (![คำบรรยาย][ชื่อ]) จะไม่ถูกเผยแพร่เป็นภาพ",
		  },
		}
	`),
	reservedText: () =>
		expect(storyAdvice.reservedText('__ASTRO_IMAGE_')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove it from the story.",
		    "th": "ลบข้อความนี้ออกจากเรื่องเล่า",
		  },
		  "what": {
		    "en": "the text "__ASTRO_IMAGE_" is reserved by the site's build",
		    "th": "ข้อความ "__ASTRO_IMAGE_" สงวนไว้สำหรับระบบสร้างเว็บ",
		  },
		}
	`),
	pictureProp: () =>
		expect(storyAdvice.pictureProp('Figure', 'src')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "add import photo from './photo.jpg' at the top, then write src={photo}.",
		    "th": "เพิ่ม import photo from './photo.jpg' ไว้ด้านบน แล้วเขียน src={photo}",
		  },
		  "what": {
		    "en": "src on <Figure> must be the name of a picture imported at the top",
		    "th": "src ของ <Figure> ต้องเป็นชื่อภาพที่ import ไว้ด้านบน",
		  },
		}
	`),
	frontmatterField: () =>
		expect(storyAdvice.frontmatterField('layout')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove it; a story has title, summary and (for journeys) stops.",
		    "th": "ลบออก เรื่องเล่ามีเพียง title, summary และ stops (สำหรับเส้นทาง)",
		  },
		  "what": {
		    "en": "the front matter has a field "layout" that stories do not use",
		    "th": "ส่วนหัวมีช่อง "layout" ที่เรื่องเล่าไม่ได้ใช้",
		  },
		}
	`),
	element: () =>
		expect(storyAdvice.element('iframe')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write the passage in plain Markdown.",
		    "th": "เขียนส่วนนี้ด้วย Markdown ธรรมดา",
		  },
		  "what": {
		    "en": "the story would publish <iframe>, which stories may not contain",
		    "th": "เรื่องนี้จะเผยแพร่ <iframe> ซึ่งไม่อนุญาตในเรื่องเล่า",
		  },
		}
	`),
	attribute: () =>
		expect(storyAdvice.attribute('a', 'onclick')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "write the passage in plain Markdown.",
		    "th": "เขียนส่วนนี้ด้วย Markdown ธรรมดา",
		  },
		  "what": {
		    "en": "the story would publish <a> with "onclick", which stories may not contain",
		    "th": "เรื่องนี้จะเผยแพร่ <a> ที่มี "onclick" ซึ่งไม่อนุญาตในเรื่องเล่า",
		  },
		}
	`),
	tooLong: () =>
		expect(storyAdvice.tooLong(123_456, 100_000)).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "shorten it, or split it into two stories.",
		    "th": "ตัดให้สั้นลง หรือแบ่งเป็นสองเรื่อง",
		  },
		  "what": {
		    "en": "the story is 123,456 characters long, more than 100,000",
		    "th": "เรื่องเล่ายาว 123,456 ตัวอักษร เกิน 100,000 ตัวอักษร",
		  },
		}
	`),
	unreadable: () =>
		expect(storyAdvice.unreadable('Expected a closing tag for `<Quote>` (3:1-3:8)'))
			.toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "check the tags on this line: every <Component> needs a matching close or must end with />, and { } must be balanced.",
			    "th": "ตรวจแท็กในบรรทัดนี้ ทุก <Component> ต้องปิดให้ครบหรือจบด้วย /> และวงเล็บ { } ต้องครบคู่",
			  },
			  "what": {
			    "en": "the story cannot be read: Expected a closing tag for \`<Quote>\` (3:1-3:8)",
			    "th": "อ่านเรื่องเล่าไม่ได้: Expected a closing tag for \`<Quote>\` (3:1-3:8)",
			  },
			}
		`),
};

pinMessages('storyAdvice', storyAdvice, storyPins);
