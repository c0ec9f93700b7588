import { describe, expect, test } from 'vitest';
import { pictureAdvice } from '../../src/editor-messages/pictures';
import { storyAdvice } from '../../src/editor-messages/story';
import { cssFlaw, svgAdvice, svgReport, xmlName } from '../../src/editor-messages/svg';
import { yamlAdvice } from '../../src/editor-messages/yaml';
import type { LinkRefusal } from '../../src/story-policy/urls';

/**
 * Every editor message, pinned in both languages: each pin calls one message function and compares
 * the whole result with its inline snapshot, so a change of wording shows up in review. A pin list
 * must name every function of its message object (checked by the type and, below, at run time):
 * a new message cannot land without its pin.
 */
type Pins<Messages> = Record<keyof Messages, () => void>;

const n = xmlName;

const svgPins: Pins<typeof svgAdvice> = {
	declaration: () =>
		expect(svgAdvice.declaration(n('DOCTYPE'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove it: an SVG picture needs no DOCTYPE, entities or stylesheets declared at the top.",
		    "th": "ลบส่วนนี้ออก ภาพ SVG ไม่ต้องประกาศ DOCTYPE, entity หรือ stylesheet ไว้ที่ต้นไฟล์",
		  },
		  "what": {
		    "en": "a <!DOCTYPE> declaration (a DOCTYPE or entity can pull in other files or blow up in size)",
		    "th": "มีการประกาศ <!DOCTYPE> (DOCTYPE หรือ entity อาจดึงไฟล์อื่นเข้ามา หรือขยายขนาดจนใหญ่เกินควบคุม)",
		  },
		}
	`),
	encoding: () =>
		expect(svgAdvice.encoding()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "save the file as UTF-8.",
		    "th": "บันทึกไฟล์เป็น UTF-8",
		  },
		  "what": {
		    "en": "an XML declaration with an encoding other than UTF-8",
		    "th": "มีการประกาศ XML ที่ระบุการเข้ารหัสอื่นที่ไม่ใช่ UTF-8",
		  },
		}
	`),
	processingInstruction: () =>
		expect(svgAdvice.processingInstruction(n('xml-stylesheet'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "remove it: an SVG picture needs no DOCTYPE, entities or stylesheets declared at the top.",
			    "th": "ลบส่วนนี้ออก ภาพ SVG ไม่ต้องประกาศ DOCTYPE, entity หรือ stylesheet ไว้ที่ต้นไฟล์",
			  },
			  "what": {
			    "en": "a processing instruction <?xml-stylesheet?> (such as a stylesheet link)",
			    "th": "มีคำสั่งประมวลผล <?xml-stylesheet?> (เช่น ลิงก์ไปยัง stylesheet)",
			  },
			}
		`),
	malformed: () =>
		expect(svgAdvice.malformed()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "XML that is not well-formed",
		    "th": "มี XML ที่เขียนไม่ถูกต้อง",
		  },
		}
	`),
	unparseable: () =>
		expect(svgAdvice.unparseable()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "XML that cannot be read (too deeply nested, or broken)",
		    "th": "มี XML ที่อ่านไม่ได้ (ซ้อนกันลึกเกินไป หรือไฟล์เสีย)",
		  },
		}
	`),
	eventHandler: () =>
		expect(svgAdvice.eventHandler(n('onload'), n('svg'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "an event handler (onload) on <svg>, which would run a script",
		    "th": "มีตัวจัดการเหตุการณ์ (onload) ใน <svg> ซึ่งสั่งรันสคริปต์ได้",
		  },
		}
	`),
	linkNotAllowed: () =>
		expect(svgAdvice.linkNotAllowed(n('href'), n('rect'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "an SVG may only refer to an element of the same file (href="#name"); draw the part in this file, or remove the link.",
			    "th": "SVG อ้างถึงได้เฉพาะส่วนในไฟล์เดียวกัน (href="#ชื่อ") ให้วาดส่วนนั้นในไฟล์นี้ หรือลบลิงก์ออก",
			  },
			  "what": {
			    "en": "a link (href) on <rect>",
			    "th": "มีลิงก์ (href) ใน <rect>",
			  },
			}
		`),
	linkOutside: () =>
		expect(svgAdvice.linkOutside(n('xlink:href'), n('use'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "an SVG may only refer to an element of the same file (href="#name"); draw the part in this file, or remove the link.",
			    "th": "SVG อ้างถึงได้เฉพาะส่วนในไฟล์เดียวกัน (href="#ชื่อ") ให้วาดส่วนนั้นในไฟล์นี้ หรือลบลิงก์ออก",
			  },
			  "what": {
			    "en": "a link (xlink:href) on <use> that points outside the picture",
			    "th": "มีลิงก์ (xlink:href) ใน <use> ที่ชี้ออกไปนอกภาพ",
			  },
			}
		`),
	foreignAttribute: () =>
		expect(svgAdvice.foreignAttribute(n('inkscape:label'), n('g'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "save it as "Plain SVG" (Inkscape) or without editor data (Illustrator: SVG, "Preserve Illustrator Editing" off).",
			    "th": "บันทึกเป็น "Plain SVG" (Inkscape) หรือบันทึกโดยไม่เก็บข้อมูลของโปรแกรม (Illustrator: เลือก SVG และปิด "Preserve Illustrator Editing")",
			  },
			  "what": {
			    "en": "the attribute inkscape:label on <g>, from another XML namespace",
			    "th": "มีแอตทริบิวต์ inkscape:label ใน <g> ซึ่งมาจาก namespace อื่น",
			  },
			}
		`),
	namespaceNotAllowed: () =>
		expect(svgAdvice.namespaceNotAllowed(n('xmlns:inkscape'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "save it as "Plain SVG" (Inkscape) or without editor data (Illustrator: SVG, "Preserve Illustrator Editing" off).",
			    "th": "บันทึกเป็น "Plain SVG" (Inkscape) หรือบันทึกโดยไม่เก็บข้อมูลของโปรแกรม (Illustrator: เลือก SVG และปิด "Preserve Illustrator Editing")",
			  },
			  "what": {
			    "en": "a namespace declaration xmlns:inkscape (only the SVG and XLink namespaces are allowed)",
			    "th": "มีการประกาศ namespace xmlns:inkscape (อนุญาตเฉพาะ SVG และ XLink)",
			  },
			}
		`),
	namespaceValue: () =>
		expect(svgAdvice.namespaceValue(n('xmlns'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "save it as "Plain SVG" (Inkscape) or without editor data (Illustrator: SVG, "Preserve Illustrator Editing" off).",
		    "th": "บันทึกเป็น "Plain SVG" (Inkscape) หรือบันทึกโดยไม่เก็บข้อมูลของโปรแกรม (Illustrator: เลือก SVG และปิด "Preserve Illustrator Editing")",
		  },
		  "what": {
		    "en": "a namespace declaration xmlns with an unexpected value",
		    "th": "มีการประกาศ namespace xmlns ด้วยค่าที่ไม่ถูกต้อง",
		  },
		}
	`),
	attributeNotAllowed: () =>
		expect(svgAdvice.attributeNotAllowed(n('autofocus'), n('rect'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
			    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
			  },
			  "what": {
			    "en": "the attribute autofocus on <rect>, which is not on the list of allowed SVG attributes",
			    "th": "มีแอตทริบิวต์ autofocus ใน <rect> ซึ่งไม่อยู่ในรายการแอตทริบิวต์ SVG ที่อนุญาต",
			  },
			}
		`),
	entityInAttribute: () =>
		expect(svgAdvice.entityInAttribute(n('fill'), n('rect'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "remove it: an SVG picture needs no DOCTYPE, entities or stylesheets declared at the top.",
			    "th": "ลบส่วนนี้ออก ภาพ SVG ไม่ต้องประกาศ DOCTYPE, entity หรือ stylesheet ไว้ที่ต้นไฟล์",
			  },
			  "what": {
			    "en": "an unknown entity reference (&…;) in fill on <rect>",
			    "th": "มีการอ้าง entity (&…;) ที่ไม่รู้จักใน fill ของ <rect>",
			  },
			}
		`),
	entityInText: () =>
		expect(svgAdvice.entityInText(n('text'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "remove it: an SVG picture needs no DOCTYPE, entities or stylesheets declared at the top.",
		    "th": "ลบส่วนนี้ออก ภาพ SVG ไม่ต้องประกาศ DOCTYPE, entity หรือ stylesheet ไว้ที่ต้นไฟล์",
		  },
		  "what": {
		    "en": "an unknown entity reference (&…;) inside <text>",
		    "th": "มีการอ้าง entity (&…;) ที่ไม่รู้จักใน <text>",
		  },
		}
	`),
	cssInAttribute: () =>
		expect(svgAdvice.cssInAttribute(cssFlaw.outsideUrl(), n('style'), n('rect')))
			.toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use plain colours, sizes and url(#name) for gradients and patterns in the same file; nothing that loads another file.",
			    "th": "ใช้แค่สี ขนาด และ url(#ชื่อ) สำหรับสีไล่ระดับหรือลวดลายในไฟล์เดียวกัน ห้ามมีสิ่งที่โหลดไฟล์อื่น",
			  },
			  "what": {
			    "en": "a url(…) that points outside the picture, in style on <rect>",
			    "th": "มี url(…) ที่ชี้ออกไปนอกภาพ ใน style ของ <rect>",
			  },
			}
		`),
	cssInStyle: () =>
		expect(svgAdvice.cssInStyle(cssFlaw.atRule(n('import')))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use plain colours, sizes and url(#name) for gradients and patterns in the same file; nothing that loads another file.",
			    "th": "ใช้แค่สี ขนาด และ url(#ชื่อ) สำหรับสีไล่ระดับหรือลวดลายในไฟล์เดียวกัน ห้ามมีสิ่งที่โหลดไฟล์อื่น",
			  },
			  "what": {
			    "en": "a CSS @import rule, which can load another file, in a <style>",
			    "th": "มีคำสั่ง @import ของ CSS ซึ่งโหลดไฟล์อื่นได้ ใน <style>",
			  },
			}
		`),
	styleInPieces: () =>
		expect(svgAdvice.styleInPieces()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "use plain colours, sizes and url(#name) for gradients and patterns in the same file; nothing that loads another file.",
		    "th": "ใช้แค่สี ขนาด และ url(#ชื่อ) สำหรับสีไล่ระดับหรือลวดลายในไฟล์เดียวกัน ห้ามมีสิ่งที่โหลดไฟล์อื่น",
		  },
		  "what": {
		    "en": "a <style> split into pieces by comments or CDATA sections",
		    "th": "มี <style> ที่ถูกแบ่งเป็นหลายส่วนด้วยคอมเมนต์หรือส่วน CDATA",
		  },
		}
	`),
	textOutsideSvg: () =>
		expect(svgAdvice.textOutsideSvg()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "text outside the <svg> element",
		    "th": "มีข้อความอยู่นอกแท็ก <svg>",
		  },
		}
	`),
	commentWithMarkup: () =>
		expect(svgAdvice.commentWithMarkup()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "a comment that contains markup (<…)",
		    "th": "มีคอมเมนต์ (<!-- -->) ที่มีแท็ก (<…) อยู่ข้างใน",
		  },
		}
	`),
	cdataOutsideStyle: () =>
		expect(svgAdvice.cdataOutsideStyle(n('g'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "a CDATA section inside <g> (only a <style> may have one)",
		    "th": "มีส่วน CDATA ใน <g> (มีได้เฉพาะใน <style>)",
		  },
		}
	`),
	topLevelNotSvg: () =>
		expect(svgAdvice.topLevelNotSvg(n('html'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "a top-level <html> instead of <svg>",
		    "th": "มีแท็ก <html> ที่ระดับบนสุดแทน <svg>",
		  },
		}
	`),
	severalTopLevel: () =>
		expect(svgAdvice.severalTopLevel()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "more than one top-level element",
		    "th": "มีแท็กระดับบนสุดมากกว่าหนึ่งแท็ก",
		  },
		}
	`),
	noSvg: () =>
		expect(svgAdvice.noSvg()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "open the file in a drawing program and save it again as SVG; it is not valid XML.",
		    "th": "เปิดไฟล์ในโปรแกรมวาดภาพแล้วบันทึกใหม่เป็น SVG เพราะไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง",
		  },
		  "what": {
		    "en": "no <svg> element",
		    "th": "ไม่มีแท็ก <svg>",
		  },
		}
	`),
	foreignElement: () =>
		expect(svgAdvice.foreignElement(n('sodipodi:namedview'))).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "save it as "Plain SVG" (Inkscape) or without editor data (Illustrator: SVG, "Preserve Illustrator Editing" off).",
			    "th": "บันทึกเป็น "Plain SVG" (Inkscape) หรือบันทึกโดยไม่เก็บข้อมูลของโปรแกรม (Illustrator: เลือก SVG และปิด "Preserve Illustrator Editing")",
			  },
			  "what": {
			    "en": "the element <sodipodi:namedview>, from another XML namespace",
			    "th": "มีแท็ก <sodipodi:namedview> ซึ่งมาจาก namespace อื่น",
			  },
			}
		`),
	foreignScript: () =>
		expect(svgAdvice.foreignScript(n('svg:script'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "the element <svg:script>, from another XML namespace",
		    "th": "มีแท็ก <svg:script> ซึ่งมาจาก namespace อื่น",
		  },
		}
	`),
	script: () =>
		expect(svgAdvice.script()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "a <script>, which would run code when the picture is opened",
		    "th": "มี <script> ซึ่งจะสั่งรันโค้ดเมื่อเปิดภาพ",
		  },
		}
	`),
	foreignObject: () =>
		expect(svgAdvice.foreignObject()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "a <foreignObject>, which embeds a web page inside the picture",
		    "th": "มี <foreignObject> ซึ่งฝังหน้าเว็บไว้ในภาพ",
		  },
		}
	`),
	loadsFile: () =>
		expect(svgAdvice.loadsFile(n('image'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "draw it in SVG, or use a photograph (JPEG, PNG, WebP, AVIF) as the picture instead.",
		    "th": "วาดส่วนนั้นเป็น SVG หรือใช้ภาพถ่าย (JPEG, PNG, WebP, AVIF) แทน",
		  },
		  "what": {
		    "en": "an <image>, which loads another file into the picture",
		    "th": "มี <image> ซึ่งโหลดไฟล์อื่นเข้ามาในภาพ",
		  },
		}
	`),
	animation: () =>
		expect(svgAdvice.animation(n('set'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "an animation <set>, which can change links and attributes after the picture is checked",
		    "th": "มีภาพเคลื่อนไหว <set> ซึ่งเปลี่ยนลิงก์และแอตทริบิวต์ได้หลังตรวจภาพแล้ว",
		  },
		}
	`),
	elementNotAllowed: () =>
		expect(svgAdvice.elementNotAllowed(n('iframe'))).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
		    "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
		  },
		  "what": {
		    "en": "the element <iframe>, which is not on the list of allowed SVG elements",
		    "th": "มีแท็ก <iframe> ซึ่งไม่อยู่ในรายการแท็ก SVG ที่อนุญาต",
		  },
		}
	`),
};

const cssFlawPins: Pins<typeof cssFlaw> = {
	backslash: () =>
		expect(cssFlaw.backslash()).toMatchInlineSnapshot(`
		{
		  "en": "a backslash escape, which can hide a link",
		  "th": "มีเครื่องหมาย \\ ซึ่งใช้ซ่อนลิงก์ได้",
		}
	`),
	scriptAddress: () =>
		expect(cssFlaw.scriptAddress()).toMatchInlineSnapshot(`
		{
		  "en": "a javascript: address",
		  "th": "มีที่อยู่แบบ javascript:",
		}
	`),
	expression: () =>
		expect(cssFlaw.expression()).toMatchInlineSnapshot(`
		{
		  "en": "a CSS expression()",
		  "th": "มี expression() ของ CSS",
		}
	`),
	atRule: () =>
		expect(cssFlaw.atRule(n('font-face'))).toMatchInlineSnapshot(`
		{
		  "en": "a CSS @font-face rule, which can load another file",
		  "th": "มีคำสั่ง @font-face ของ CSS ซึ่งโหลดไฟล์อื่นได้",
		}
	`),
	cssFunction: () =>
		expect(cssFlaw.cssFunction(n('image-set'))).toMatchInlineSnapshot(`
		{
		  "en": "the CSS function image-set()",
		  "th": "มีฟังก์ชัน image-set() ของ CSS",
		}
	`),
	outsideUrl: () =>
		expect(cssFlaw.outsideUrl()).toMatchInlineSnapshot(`
		{
		  "en": "a url(…) that points outside the picture",
		  "th": "มี url(…) ที่ชี้ออกไปนอกภาพ",
		}
	`),
};

const svgReportPins: Pins<typeof svgReport> = {
	inFile: () =>
		expect(svgReport.inFile(svgAdvice.script().what)).toMatchInlineSnapshot(`
		{
		  "en": "the SVG contains a <script>, which would run code when the picture is opened",
		  "th": "ไฟล์ SVG มี <script> ซึ่งจะสั่งรันโค้ดเมื่อเปิดภาพ",
		}
	`),
	inPicture: () =>
		expect({
			withLine: svgReport.inPicture('cover.svg', 12, svgAdvice.script().what),
			withoutLine: svgReport.inPicture('cover.svg', undefined, svgAdvice.noSvg().what),
		}).toMatchInlineSnapshot(`
			{
			  "withLine": {
			    "en": "the SVG picture cover.svg, line 12 contains a <script>, which would run code when the picture is opened",
			    "th": "ภาพ SVG cover.svg บรรทัด 12 มี <script> ซึ่งจะสั่งรันโค้ดเมื่อเปิดภาพ",
			  },
			  "withoutLine": {
			    "en": "the SVG picture cover.svg contains no <svg> element",
			    "th": "ภาพ SVG cover.svg ไม่มีแท็ก <svg>",
			  },
			}
		`),
	more: () =>
		expect({
			one: svgReport.more(1, 'cover.svg', false),
			counted: svgReport.more(3, 'cover.svg', false),
			capped: svgReport.more(95, 'cover.svg', true),
		}).toMatchInlineSnapshot(`
			{
			  "capped": {
			    "fix": {
			      "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
			      "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
			    },
			    "what": {
			      "en": "at least 95 more things in cover.svg are not allowed",
			      "th": "ใน cover.svg ยังมีอีก 95 จุดขึ้นไปที่ไม่อนุญาต",
			    },
			  },
			  "counted": {
			    "fix": {
			      "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
			      "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
			    },
			    "what": {
			      "en": "3 more things in cover.svg are not allowed",
			      "th": "ใน cover.svg ยังมีอีก 3 จุดที่ไม่อนุญาต",
			    },
			  },
			  "one": {
			    "fix": {
			      "en": "export the drawing again as plain SVG (shapes, paths, text, gradients; no scripts, links, animations or embedded files), or remove this part.",
			      "th": "ส่งออกภาพวาดใหม่เป็น SVG ธรรมดา (มีแค่รูปทรง เส้น ข้อความ และสีไล่ระดับ ไม่มีสคริปต์ ลิงก์ ภาพเคลื่อนไหว หรือไฟล์ที่ฝังไว้) หรือลบส่วนนี้ออก",
			    },
			    "what": {
			      "en": "1 more thing in cover.svg is not allowed",
			      "th": "ใน cover.svg ยังมีอีก 1 จุดที่ไม่อนุญาต",
			    },
			  },
			}
		`),
};

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

const picturePins: Pins<typeof pictureAdvice> = {
	otherKind: () =>
		expect({
			svgAsPng: pictureAdvice.otherKind('png', 'svg'),
			pngAsJpeg: pictureAdvice.otherKind('jpeg', 'png'),
		}).toMatchInlineSnapshot(`
			{
			  "pngAsJpeg": {
			    "fix": {
			      "en": "export the picture again in the format its name says, or give it the right extension (.jpg, .png, .webp, .avif, .svg).",
			      "th": "ส่งออกภาพใหม่ให้ตรงกับนามสกุลในชื่อไฟล์ หรือเปลี่ยนนามสกุลให้ถูกต้อง (.jpg, .png, .webp, .avif, .svg)",
			    },
			    "what": {
			      "en": "the file is named as JPEG but its contents are a PNG file",
			      "th": "ชื่อไฟล์บอกว่าเป็น JPEG แต่เนื้อไฟล์จริงเป็นไฟล์ PNG",
			    },
			  },
			  "svgAsPng": {
			    "fix": {
			      "en": "export the picture again in the format its name says, or give it the right extension (.jpg, .png, .webp, .avif, .svg).",
			      "th": "ส่งออกภาพใหม่ให้ตรงกับนามสกุลในชื่อไฟล์ หรือเปลี่ยนนามสกุลให้ถูกต้อง (.jpg, .png, .webp, .avif, .svg)",
			    },
			    "what": {
			      "en": "the file is named as PNG but its contents are an SVG file",
			      "th": "ชื่อไฟล์บอกว่าเป็น PNG แต่เนื้อไฟล์จริงเป็นไฟล์ SVG",
			    },
			  },
			}
		`),
	notAPicture: () =>
		expect(pictureAdvice.notAPicture('jpeg')).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the picture again in the format its name says, or give it the right extension (.jpg, .png, .webp, .avif, .svg).",
		    "th": "ส่งออกภาพใหม่ให้ตรงกับนามสกุลในชื่อไฟล์ หรือเปลี่ยนนามสกุลให้ถูกต้อง (.jpg, .png, .webp, .avif, .svg)",
		  },
		  "what": {
		    "en": "the file is named as JPEG but its contents are not a picture",
		    "th": "ชื่อไฟล์บอกว่าเป็น JPEG แต่เนื้อไฟล์จริงไม่ใช่ไฟล์ภาพ",
		  },
		}
	`),
	unreadable: () =>
		expect(pictureAdvice.unreadable()).toMatchInlineSnapshot(`
		{
		  "fix": {
		    "en": "export the picture again (JPEG, PNG, WebP, AVIF or SVG).",
		    "th": "ส่งออกภาพใหม่อีกครั้ง (JPEG, PNG, WebP, AVIF หรือ SVG)",
		  },
		  "what": {
		    "en": "the picture cannot be read: its size or contents are missing",
		    "th": "อ่านไฟล์ภาพนี้ไม่ได้ เพราะข้อมูลขนาดหรือเนื้อภาพไม่ครบ",
		  },
		}
	`),
};

/** Every reason a link is refused, each with its own fix. */
const linkRefusals = Object.keys({
	scheme: 0,
	host: 0,
	'protocol-relative': 0,
	characters: 0,
	relative: 0,
} satisfies Record<LinkRefusal, 0>) as LinkRefusal[];

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

const groups: [string, object, Record<string, () => void>][] = [
	['svgAdvice', svgAdvice, svgPins],
	['cssFlaw', cssFlaw, cssFlawPins],
	['svgReport', svgReport, svgReportPins],
	['yamlAdvice', yamlAdvice, yamlPins],
	['pictureAdvice', pictureAdvice, picturePins],
	['storyAdvice', storyAdvice, storyPins],
];

for (const [name, messages, pins] of groups) {
	describe(name, () => {
		test('every message has a pin, and every pin a message', () => {
			expect(Object.keys(pins).sort()).toEqual(Object.keys(messages).sort());
		});
		for (const [message, pin] of Object.entries(pins)) test(message, pin);
	});
}

describe('xmlName()', () => {
	test('keeps only letters, digits and :_.- from a hostile name, at most 32 of them', () => {
		expect(xmlName('on\u202eload="x"<b>\u0007')).toBe('onloadxb');
		expect(xmlName('x'.repeat(40))).toBe(`${'x'.repeat(32)}…`);
		expect(xmlName('"<>')).toBe('?');
	});
});
