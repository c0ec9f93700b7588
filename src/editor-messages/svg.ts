import type { Advice, Bilingual } from './bilingual';

declare const safe: unique symbol;

/** A name taken from an SVG (element, attribute, CSS rule or function) that is safe to print. */
export type XmlName = string & { readonly [safe]: true };

/**
 * Keeps a name from a possibly hostile SVG safe and short enough to print: only letters, digits and
 * `:_.-` (an allowlist, stricter than `quote()`: nothing odd reaches a terminal), at most 32
 * characters. The messages below take only names that went through here.
 */
export function xmlName(name: string): XmlName {
	const clean = name.replace(/[^A-Za-z0-9:_.-]/g, '');
	return ((clean.length > 32 ? `${clean.slice(0, 32)}…` : clean) || '?') as XmlName;
}

const tag = (name: XmlName) => `<${name}>`;

const fixes = {
	plain: {
		en: 'export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.',
		th: 'ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก',
	},
	declaration: {
		en: 'remove it: an SVG picture needs no DOCTYPE, entities or stylesheets declared at the top.',
		th: 'ลบส่วนนี้ออก ภาพ SVG ไม่ต้องประกาศ DOCTYPE, entity หรือ stylesheet ไว้ที่ต้นไฟล์',
	},
	malformed: {
		en: 'open the file in a drawing program and save it again as SVG; it is not valid XML.',
		th: 'เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง',
	},
	namespaced: {
		en: 'save it as "Plain SVG" (Inkscape) or without editor data (Illustrator: SVG, "Preserve Illustrator Editing" off).',
		th: 'บันทึกเป็น "Plain SVG" (Inkscape) หรือบันทึกโดยไม่เก็บข้อมูลของโปรแกรม (Illustrator: เลือก SVG และปิด "Preserve Illustrator Editing")',
	},
	link: {
		en: 'an SVG may only refer to an element of the same file (href="#name"); draw the part in this file, or remove the link.',
		th: 'SVG อ้างถึงได้เฉพาะส่วนในไฟล์เดียวกัน (href="#ชื่อ") ให้วาดส่วนนั้นในไฟล์นี้ หรือลบลิงก์ออก',
	},
	style: {
		en: 'use plain colours, sizes and url(#name) for gradients and patterns in the same file; nothing that loads another file.',
		th: 'ใช้แค่สี ขนาด และ url(#ชื่อ) สำหรับสีไล่ระดับหรือลวดลายในไฟล์เดียวกัน ห้ามมีสิ่งที่โหลดไฟล์อื่น',
	},
} satisfies Record<string, Bilingual>;

/** What is wrong with a piece of CSS, as the first half of a sentence: `svgAdvice.cssInAttribute` and `cssInStyle` say where. */
export const cssFlaw = {
	backslash: (): Bilingual => ({
		en: 'a backslash escape, which can hide a link',
		th: 'มีเครื่องหมาย \\ ซึ่งใช้ซ่อนลิงก์ได้',
	}),
	scriptAddress: (): Bilingual => ({ en: 'a javascript: address', th: 'มีที่อยู่แบบ javascript:' }),
	expression: (): Bilingual => ({ en: 'a CSS expression()', th: 'มี expression() ของ CSS' }),
	atRule: (rule: XmlName): Bilingual => ({
		en: `a CSS @${rule} rule, which can load another file`,
		th: `มีคำสั่ง @${rule} ของ CSS ซึ่งโหลดไฟล์อื่นได้`,
	}),
	cssFunction: (name: XmlName): Bilingual => ({
		en: `the CSS function ${name}()`,
		th: `มีฟังก์ชัน ${name}() ของ CSS`,
	}),
	outsideUrl: (): Bilingual => ({
		en: 'a url(…) that points outside the picture',
		th: 'มี url(…) ที่ชี้ออกไปนอกภาพ',
	}),
};

/**
 * Every thing an SVG may not contain, by name. `what` completes "the SVG contains …" (Thai: "ไฟล์ SVG …"),
 * see `svgReport`; every name shown is an {@link XmlName}.
 */
export const svgAdvice = {
	declaration: (keyword: XmlName): Advice => ({
		what: {
			en: `a <!${keyword}> declaration (a DOCTYPE or entity can pull in other files or blow up in size)`,
			th: `มีการประกาศ <!${keyword}> (DOCTYPE หรือ entity อาจดึงไฟล์อื่นเข้ามา หรือขยายขนาดจนใหญ่เกินควบคุม)`,
		},
		fix: fixes.declaration,
	}),
	encoding: (): Advice => ({
		what: {
			en: 'an XML declaration with an encoding other than UTF-8',
			th: 'มีการประกาศ XML ที่ระบุการเข้ารหัสอื่นที่ไม่ใช่ UTF-8',
		},
		fix: { en: 'save the file as UTF-8.', th: 'บันทึกไฟล์เป็น UTF-8' },
	}),
	processingInstruction: (target: XmlName): Advice => ({
		what: {
			en: `a processing instruction <?${target}?> (such as a stylesheet link)`,
			th: `มีคำสั่งประมวลผล <?${target}?> (เช่น ลิงก์ไปยัง stylesheet)`,
		},
		fix: fixes.declaration,
	}),
	malformed: (): Advice => ({
		what: { en: 'XML that is not well-formed', th: 'มี XML ที่เขียนไม่ถูกต้อง' },
		fix: fixes.malformed,
	}),
	unparseable: (): Advice => ({
		what: {
			en: 'XML that cannot be read (too deeply nested, or broken)',
			th: 'มี XML ที่อ่านไม่ได้ (ซ้อนกันลึกเกินไป หรือไฟล์เสีย)',
		},
		fix: fixes.malformed,
	}),
	eventHandler: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `an event handler (${attribute}) on ${tag(element)}, which would run a script`,
			th: `มีตัวจัดการเหตุการณ์ (${attribute}) ใน ${tag(element)} ซึ่งสั่งรันสคริปต์ได้`,
		},
		fix: fixes.plain,
	}),
	linkNotAllowed: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `a link (${attribute}) on ${tag(element)}`,
			th: `มีลิงก์ (${attribute}) ใน ${tag(element)}`,
		},
		fix: fixes.link,
	}),
	linkOutside: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `a link (${attribute}) on ${tag(element)} that points outside the picture`,
			th: `มีลิงก์ (${attribute}) ใน ${tag(element)} ที่ชี้ออกไปนอกภาพ`,
		},
		fix: fixes.link,
	}),
	foreignAttribute: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `the attribute ${attribute} on ${tag(element)}, from another XML namespace`,
			th: `มีแอตทริบิวต์ ${attribute} ใน ${tag(element)} ซึ่งมาจาก namespace อื่น`,
		},
		fix: fixes.namespaced,
	}),
	namespaceNotAllowed: (attribute: XmlName): Advice => ({
		what: {
			en: `a namespace declaration ${attribute} (only the SVG and XLink namespaces are allowed)`,
			th: `มีการประกาศ namespace ${attribute} (อนุญาตเฉพาะ SVG และ XLink)`,
		},
		fix: fixes.namespaced,
	}),
	namespaceValue: (attribute: XmlName): Advice => ({
		what: {
			en: `a namespace declaration ${attribute} with an unexpected value`,
			th: `มีการประกาศ namespace ${attribute} ด้วยค่าที่ไม่ถูกต้อง`,
		},
		fix: fixes.namespaced,
	}),
	attributeNotAllowed: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `the attribute ${attribute} on ${tag(element)}, which is not on the list of allowed SVG attributes`,
			th: `มีแอตทริบิวต์ ${attribute} ใน ${tag(element)} ซึ่งไม่อยู่ในรายการแอตทริบิวต์ SVG ที่อนุญาต`,
		},
		fix: fixes.plain,
	}),
	entityInAttribute: (attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `an unknown entity reference (&…;) in ${attribute} on ${tag(element)}`,
			th: `มีการอ้าง entity (&…;) ที่ไม่รู้จักใน ${attribute} ของ ${tag(element)}`,
		},
		fix: fixes.declaration,
	}),
	entityInText: (element: XmlName): Advice => ({
		what: {
			en: `an unknown entity reference (&…;) inside ${tag(element)}`,
			th: `มีการอ้าง entity (&…;) ที่ไม่รู้จักใน ${tag(element)}`,
		},
		fix: fixes.declaration,
	}),
	cssInAttribute: (flaw: Bilingual, attribute: XmlName, element: XmlName): Advice => ({
		what: {
			en: `${flaw.en}, in ${attribute} on ${tag(element)}`,
			th: `${flaw.th} ใน ${attribute} ของ ${tag(element)}`,
		},
		fix: fixes.style,
	}),
	cssInStyle: (flaw: Bilingual): Advice => ({
		what: { en: `${flaw.en}, in a <style>`, th: `${flaw.th} ใน <style>` },
		fix: fixes.style,
	}),
	styleInPieces: (): Advice => ({
		what: {
			en: 'a <style> split into pieces by comments or CDATA sections',
			th: 'มี <style> ที่ถูกแบ่งเป็นหลายส่วนด้วยคอมเมนต์หรือส่วน CDATA',
		},
		fix: fixes.style,
	}),
	textOutsideSvg: (): Advice => ({
		what: { en: 'text outside the <svg> element', th: 'มีข้อความอยู่นอกแท็ก <svg>' },
		fix: fixes.malformed,
	}),
	commentWithMarkup: (): Advice => ({
		what: {
			en: 'a comment that contains markup (<…)',
			th: 'มีคอมเมนต์ (<!-- -->) ที่มีแท็ก (<…) อยู่ข้างใน',
		},
		fix: fixes.plain,
	}),
	cdataOutsideStyle: (element: XmlName): Advice => ({
		what: {
			en: `a CDATA section inside ${tag(element)} (only a <style> may have one)`,
			th: `มีส่วน CDATA ใน ${tag(element)} (มีได้เฉพาะใน <style>)`,
		},
		fix: fixes.plain,
	}),
	topLevelNotSvg: (element: XmlName): Advice => ({
		what: {
			en: `a top-level ${tag(element)} instead of <svg>`,
			th: `มีแท็ก ${tag(element)} ที่ระดับบนสุดแทน <svg>`,
		},
		fix: fixes.malformed,
	}),
	severalTopLevel: (): Advice => ({
		what: { en: 'more than one top-level element', th: 'มีแท็กระดับบนสุดมากกว่าหนึ่งแท็ก' },
		fix: fixes.malformed,
	}),
	noSvg: (): Advice => ({
		what: { en: 'no <svg> element', th: 'ไม่มีแท็ก <svg>' },
		fix: fixes.malformed,
	}),
	foreignElement: (element: XmlName): Advice => ({
		what: {
			en: `the element ${tag(element)}, from another XML namespace`,
			th: `มีแท็ก ${tag(element)} ซึ่งมาจาก namespace อื่น`,
		},
		fix: fixes.namespaced,
	}),
	/** A script in another namespace (`svg:script`): saving as plain SVG would not remove it. */
	foreignScript: (element: XmlName): Advice => ({
		what: {
			en: `the element ${tag(element)}, from another XML namespace`,
			th: `มีแท็ก ${tag(element)} ซึ่งมาจาก namespace อื่น`,
		},
		fix: fixes.plain,
	}),
	script: (): Advice => ({
		what: {
			en: 'a <script>, which would run code when the picture is opened',
			th: 'มี <script> ซึ่งจะสั่งรันโค้ดเมื่อเปิดภาพ',
		},
		fix: fixes.plain,
	}),
	foreignObject: (): Advice => ({
		what: {
			en: 'a <foreignObject>, which embeds a web page inside the picture',
			th: 'มี <foreignObject> ซึ่งฝังหน้าเว็บไว้ในภาพ',
		},
		fix: fixes.plain,
	}),
	loadsFile: (element: XmlName): Advice => ({
		what: {
			en: `an ${tag(element)}, which loads another file into the picture`,
			th: `มี ${tag(element)} ซึ่งโหลดไฟล์อื่นเข้ามาในภาพ`,
		},
		fix: {
			en: 'draw it in SVG, or use a photograph (JPEG, PNG, WebP, AVIF) as the picture instead.',
			th: 'วาดส่วนนั้นเป็น SVG หรือใช้ภาพถ่าย (JPEG, PNG, WebP, AVIF) แทน',
		},
	}),
	animation: (element: XmlName): Advice => ({
		what: {
			en: `an animation ${tag(element)}, which can change links and attributes after the picture is checked`,
			th: `มีภาพเคลื่อนไหว ${tag(element)} ซึ่งเปลี่ยนลิงก์และแอตทริบิวต์ได้หลังตรวจภาพแล้ว`,
		},
		fix: fixes.plain,
	}),
	elementNotAllowed: (element: XmlName): Advice => ({
		what: {
			en: `the element ${tag(element)}, which is not on the list of allowed SVG elements`,
			th: `มีแท็ก ${tag(element)} ซึ่งไม่อยู่ในรายการแท็ก SVG ที่อนุญาต`,
		},
		fix: fixes.plain,
	}),
};

/** An SVG problem (`svgAdvice`) as the report says it: where it is, then what it is. */
export const svgReport = {
	/** In an SVG file on its own. */
	inFile: (what: Bilingual): Bilingual => ({
		en: `the SVG contains ${what.en}`,
		th: `ไฟล์ SVG ${what.th}`,
	}),
	/** In the picture a facts file names, at a line of the picture when known. */
	inPicture: (picture: string, line: number | undefined, what: Bilingual): Bilingual => ({
		en: `the SVG picture ${line ? `${picture}, line ${line}` : picture} contains ${what.en}`,
		th: `ภาพ SVG ${line ? `${picture} บรรทัด ${line}` : picture} ${what.th}`,
	}),
	/** The problems not listed; `capped` when the policy stopped counting. */
	more: (count: number, picture: string, capped: boolean): Advice => ({
		what: {
			en: `${capped ? 'at least ' : ''}${count} more ${count === 1 ? 'thing' : 'things'} in ${picture} ${count === 1 ? 'is' : 'are'} not allowed`,
			th: `ใน ${picture} ยังมีอีก ${count}${capped ? ' จุดขึ้นไป' : ' จุด'}ที่ไม่อนุญาต`,
		},
		fix: fixes.plain,
	}),
};
