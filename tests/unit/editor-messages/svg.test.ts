import { describe, expect, test } from 'vitest';
import { cssFlaw, svgAdvice, svgReport, xmlName } from '../../../src/editor-messages/svg';
import { pinMessages, type Pins } from '../../support/message-pins';

/** The policy passes every name from a picture through `xmlName()`; so do the pins. */
const n = xmlName;

/** Every message about an SVG picture, pinned in both languages (see tests/support/message-pins.ts). */
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

pinMessages('svgAdvice', svgAdvice, svgPins);
pinMessages('cssFlaw', cssFlaw, cssFlawPins);
pinMessages('svgReport', svgReport, svgReportPins);

describe('xmlName()', () => {
	test('keeps only letters, digits and :_.- from a hostile name, at most 32 of them', () => {
		expect(xmlName('on\u202eload="x"<b>\u0007')).toBe('onloadxb');
		expect(xmlName('x'.repeat(40))).toBe(`${'x'.repeat(32)}…`);
		expect(xmlName('"<>')).toBe('?');
	});
});
