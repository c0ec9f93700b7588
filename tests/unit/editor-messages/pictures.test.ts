import { expect } from 'vitest';
import { pictureAdvice } from '../../../src/editor-messages/pictures';
import { pinMessages, type Pins } from '../../support/message-pins';

/**
 * Every message about a picture file's bytes, pinned in both languages (see
 * tests/support/message-pins.ts).
 */
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

pinMessages('pictureAdvice', pictureAdvice, picturePins);
