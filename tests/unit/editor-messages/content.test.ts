import { describe, expect, test } from 'vitest';
import type { Advice } from '../../../src/editor-messages/bilingual';
import { contentAdvice } from '../../../src/editor-messages/content';

/**
 * Every message `npm run check` gives about files, folders and covers, pinned in both languages: a
 * change of wording shows up in review. Each call uses arguments an editor could meet.
 */
const calls: { [K in keyof typeof contentAdvice]: () => Advice } = {
	missingListFile: () => contentAdvice.missingListFile(),
	duplicateId: () => contentAdvice.duplicateId('nan', 3),
	folderName: () => contentAdvice.folderName('Nan Silver'),
	twoStories: () => contentAdvice.twoStories('en'),
	noFrontMatter: () => contentAdvice.noFrontMatter(),
	storyPictureMissing: () => contentAdvice.storyPictureMissing('loom.jpg'),
	storyRefused: () => contentAdvice.storyRefused(),
	siteLink: () =>
		contentAdvice.siteLink('/en/products/nan-silverwear/#make', '/en/products/nan-silverwear/', [
			'/en/products/nan-silverware/',
			'/en/',
		]),
	link: () => contentAdvice.link(),
	stranger: () => contentAdvice.stranger(),
	misnamedStory: () => contentAdvice.misnamedStory(),
	svgTooLarge: () => contentAdvice.svgTooLarge(),
	coverOutsideFolder: () => contentAdvice.coverOutsideFolder(),
	coverMissing: () =>
		contentAdvice.coverMissing('./cover.jpeg', 'content/products/nan-silverware', [
			'cover.jpg',
			'loom.png',
		]),
	coverIsFolder: () => contentAdvice.coverIsFolder('./cover.jpg'),
	pictureBytes: () => contentAdvice.pictureBytes(20 * 1024 * 1024),
	pictureTooWide: () => contentAdvice.pictureTooWide(9000),
	pictureTooNarrow: () => contentAdvice.pictureTooNarrow(640),
	pictureUnreadable: () => contentAdvice.pictureUnreadable(),
};

test('every message has a pinned call', () => {
	expect(Object.keys(calls).sort()).toEqual(Object.keys(contentAdvice).sort());
});

describe('content messages', () => {
	test.each(Object.keys(calls))('%s says what and what to do in both languages', (name) => {
		const advice = calls[name as keyof typeof calls]();
		for (const text of [advice.what.en, advice.what.th, advice.fix.en, advice.fix.th])
			expect(text.trim().length).toBeGreaterThan(5);
		// Thai messages are written in Thai, not left in English.
		expect(advice.what.th + advice.fix.th).toMatch(/[\u0E00-\u0E7F]/);
	});

	test('missingListFile', () => {
		expect(calls.missingListFile()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "restore it from git (git checkout -- the file).",
			    "th": "กู้ไฟล์คืนจาก git (git checkout -- ชื่อไฟล์)",
			  },
			  "what": {
			    "en": "the file is missing",
			    "th": "ไม่พบไฟล์นี้",
			  },
			}
		`);
	});
	test('duplicateId', () => {
		expect(calls.duplicateId()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "give each entry its own id (also used at item 3).",
			    "th": "แต่ละรายการต้องมี id ไม่ซ้ำกัน (ซ้ำกับรายการที่ 3)",
			  },
			  "what": {
			    "en": "the id "nan" is used twice",
			    "th": "id "nan" ซ้ำกัน",
			  },
			}
		`);
	});
	test('folderName', () => {
		expect(calls.folderName()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "rename it like "nan-silverware": lower-case English words joined by hyphens, at most 80 characters; it becomes the address of the page.",
			    "th": "เปลี่ยนชื่อให้เหมือน "nan-silverware" คือคำภาษาอังกฤษตัวเล็กคั่นด้วยขีด ยาวไม่เกิน 80 ตัวอักษร เพราะชื่อนี้จะเป็นที่อยู่ของหน้าเว็บ",
			  },
			  "what": {
			    "en": "the folder name "Nan Silver" is not an English kebab-case slug",
			    "th": "ชื่อโฟลเดอร์ "Nan Silver" ไม่ใช่ภาษาอังกฤษตัวเล็กคั่นด้วยขีด",
			  },
			}
		`);
	});
	test('twoStories', () => {
		expect(calls.twoStories()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "keep one: rename the file when you move a story to .mdx, do not copy it.",
			    "th": "เก็บไว้ไฟล์เดียว เมื่อย้ายเรื่องไปเป็น .mdx ให้เปลี่ยนชื่อไฟล์ ไม่ใช่คัดลอก",
			  },
			  "what": {
			    "en": "there are two English stories, index.en.md and index.en.mdx",
			    "th": "มีเรื่องเล่าภาษาอังกฤษสองไฟล์ คือ index.en.md และ index.en.mdx",
			  },
			}
		`);
	});
	test('noFrontMatter', () => {
		expect(calls.noFrontMatter()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "start the file with ---, then title: and summary:, then --- again.",
			    "th": "ขึ้นต้นไฟล์ด้วย --- ตามด้วย title: และ summary: แล้วปิดด้วย --- อีกบรรทัด",
			  },
			  "what": {
			    "en": "the file does not start with front matter between --- lines",
			    "th": "ไฟล์ไม่ได้ขึ้นต้นด้วยส่วนหัว (front matter) ระหว่างบรรทัด ---",
			  },
			}
		`);
	});
	test('storyPictureMissing', () => {
		expect(calls.storyPictureMissing()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "put the file next to the story, or fix its name.",
			    "th": "วางไฟล์ภาพไว้ในโฟลเดอร์เดียวกับเรื่อง หรือแก้ชื่อไฟล์ให้ถูก",
			  },
			  "what": {
			    "en": "the picture "loom.jpg" is not in the folder",
			    "th": "ไม่พบภาพ "loom.jpg" ในโฟลเดอร์ของเรื่องนี้",
			  },
			}
		`);
	});
	test('storyRefused', () => {
		expect(calls.storyRefused()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "run npm run check, which lists each problem with its line, and fix them.",
			    "th": "รัน npm run check ซึ่งจะบอกปัญหาแต่ละจุดพร้อมบรรทัด แล้วแก้ไขให้ครบ",
			  },
			  "what": {
			    "en": "the story was refused when it was rendered (the reasons are printed above)",
			    "th": "เรื่องเล่านี้ไม่ผ่านการตรวจตอนแปลงเป็นหน้าเว็บ (ดูเหตุผลที่พิมพ์ไว้ด้านบน)",
			  },
			}
		`);
	});
	test('siteLink suggests the nearest page', () => {
		expect(calls.siteLink()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "link to an existing page such as /en/products/<slug>/. Did you mean "/en/products/nan-silverware/"?",
			    "th": "ลิงก์ไปยังหน้าที่มีอยู่ เช่น /th/products/<slug>/ หมายถึง "/en/products/nan-silverware/" หรือเปล่า",
			  },
			  "what": {
			    "en": "the link "/en/products/nan-silverwear/#make" leads to no page of this site",
			    "th": "ลิงก์ "/en/products/nan-silverwear/#make" ไม่ได้ชี้ไปยังหน้าใดในเว็บนี้",
			  },
			}
		`);
	});
	test('link', () => {
		expect(calls.link()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "replace the link with the real file (or folder), copied into content/.",
			    "th": "แทนที่ลิงก์ด้วยไฟล์จริง (หรือโฟลเดอร์จริง) โดยคัดลอกมาไว้ใน content/",
			  },
			  "what": {
			    "en": "this is a link (symbolic link) to another file or folder, or not a plain file; the check and the build do not follow links",
			    "th": "รายการนี้เป็นลิงก์ (symbolic link) ไปยังไฟล์หรือโฟลเดอร์อื่น หรือไม่ใช่ไฟล์ธรรมดา ระบบตรวจและระบบสร้างเว็บจะไม่ตามลิงก์",
			  },
			}
		`);
	});
	test('misnamedStory', () => {
		expect(calls.misnamedStory()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "rename it (en.md becomes index.en.md), or remove it; notes for editors belong in SOURCES.md.",
			    "th": "เปลี่ยนชื่อไฟล์ (en.md เป็น index.en.md) หรือลบออก บันทึกสำหรับบรรณาธิการให้เขียนไว้ใน SOURCES.md",
			  },
			  "what": {
			    "en": "a story is named index.th.md or index.en.md (.mdx with a component), in its item folder; this file would never be published",
			    "th": "เรื่องเล่าต้องชื่อ index.th.md หรือ index.en.md (หรือ .mdx ถ้าใช้ตัวช่วยพิเศษ) อยู่ในโฟลเดอร์ของเรื่องนั้น ไฟล์นี้จะไม่ถูกเผยแพร่",
			  },
			}
		`);
	});
	test('stranger', () => {
		expect(calls.stranger()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "remove it from content/, or save it in one of those formats with a name that does not start with a dot.",
			    "th": "ลบไฟล์นี้ออกจาก content/ หรือบันทึกเป็นรูปแบบที่กำหนด โดยชื่อไฟล์ต้องไม่ขึ้นต้นด้วยจุด",
			  },
			  "what": {
			    "en": "content/ holds only stories (.md, .mdx), YAML (.yaml) and pictures (.jpg, .png, .webp, .avif, .svg); this file is none of these",
			    "th": "ใน content/ มีได้เฉพาะเรื่องเล่า (.md, .mdx) ไฟล์ YAML (.yaml) และภาพ (.jpg, .png, .webp, .avif, .svg) ไฟล์นี้ไม่ใช่ทั้งสามแบบ",
			  },
			}
		`);
	});
	test('svgTooLarge', () => {
		expect(calls.svgTooLarge()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "simplify the drawing, or save it as JPEG.",
			    "th": "ลดรายละเอียดของภาพวาด หรือบันทึกเป็น JPEG",
			  },
			  "what": {
			    "en": "the picture is over 15 MB",
			    "th": "ไฟล์ภาพใหญ่เกิน 15 MB",
			  },
			}
		`);
	});
	test('coverOutsideFolder', () => {
		expect(calls.coverOutsideFolder()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "put the picture next to facts.yaml and write ./name.jpg (letters, digits, . - and _; .jpg, .png, .webp, .avif or .svg).",
			    "th": "วางภาพไว้ข้าง facts.yaml แล้วเขียน ./ชื่อไฟล์.jpg (ตัวอักษร ตัวเลข . - และ _ นามสกุล .jpg, .png, .webp, .avif หรือ .svg)",
			  },
			  "what": {
			    "en": "the picture must be a file in this folder, named without folders or ".."",
			    "th": "ภาพต้องเป็นไฟล์ในโฟลเดอร์นี้ ใส่แค่ชื่อไฟล์ ไม่มีชื่อโฟลเดอร์หรือ ".."",
			  },
			}
		`);
	});
	test('coverMissing lists the pictures there and suggests the nearest', () => {
		expect(calls.coverMissing()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "put the file there, or name one that is: cover.jpg, loom.png. Did you mean "cover.jpg"?",
			    "th": "วางไฟล์ภาพไว้ในโฟลเดอร์นี้ หรือใช้ชื่อไฟล์ที่มีอยู่: cover.jpg, loom.png หมายถึง "cover.jpg" หรือเปล่า",
			  },
			  "what": {
			    "en": "the picture "./cover.jpeg" is not in content/products/nan-silverware/",
			    "th": "ไม่พบภาพ "./cover.jpeg" ในโฟลเดอร์ content/products/nan-silverware/",
			  },
			}
		`);
	});
	test('coverIsFolder', () => {
		expect(calls.coverIsFolder()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "put the real picture file in the folder under that name.",
			    "th": "วางไฟล์ภาพจริงไว้ในโฟลเดอร์ด้วยชื่อนั้น",
			  },
			  "what": {
			    "en": ""./cover.jpg" is a folder, not a picture file",
			    "th": ""./cover.jpg" เป็นโฟลเดอร์ ไม่ใช่ไฟล์ภาพ",
			  },
			}
		`);
	});
	test('pictureBytes', () => {
		expect(calls.pictureBytes()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "resize it to about 2400 px wide before committing (at most 8000 px and 15 MB).",
			    "th": "ย่อภาพให้กว้างราว 2400 พิกเซลก่อน commit (ไม่เกิน 8000 พิกเซล และ 15 MB)",
			  },
			  "what": {
			    "en": "the picture is 20.0 MB",
			    "th": "ไฟล์ภาพมีขนาด 20.0 MB",
			  },
			}
		`);
	});
	test('pictureTooWide', () => {
		expect(calls.pictureTooWide()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "resize it to about 2400 px wide before committing (at most 8000 px and 15 MB).",
			    "th": "ย่อภาพให้กว้างราว 2400 พิกเซลก่อน commit (ไม่เกิน 8000 พิกเซล และ 15 MB)",
			  },
			  "what": {
			    "en": "the picture is 9000 px wide",
			    "th": "ภาพกว้างถึง 9000 พิกเซล",
			  },
			}
		`);
	});
	test('pictureTooNarrow', () => {
		expect(calls.pictureTooNarrow()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "use a picture at least 800 px wide, so it is sharp on a phone.",
			    "th": "ใช้ภาพที่กว้างอย่างน้อย 800 พิกเซล เพื่อให้คมชัดบนมือถือ",
			  },
			  "what": {
			    "en": "the picture is only 640 px wide",
			    "th": "ภาพกว้างเพียง 640 พิกเซล",
			  },
			}
		`);
	});
	test('pictureUnreadable', () => {
		expect(calls.pictureUnreadable()).toMatchInlineSnapshot(`
			{
			  "fix": {
			    "en": "save it again as JPEG, PNG, WebP, AVIF or SVG.",
			    "th": "บันทึกภาพใหม่เป็น JPEG, PNG, WebP, AVIF หรือ SVG",
			  },
			  "what": {
			    "en": "the picture cannot be read",
			    "th": "เปิดไฟล์ภาพไม่ได้",
			  },
			}
		`);
	});
});

test('a value from a file is shown on one line, cut short, with no hidden characters', () => {
	const advice = contentAdvice.folderName(`evil\u202Eeman\n${'x'.repeat(80)}`);
	expect(advice.what.en).not.toMatch(/[\u202E\n]/);
	expect(advice.what.en).toContain('evil?eman x');
	expect(advice.what.en).toContain('…');
});
