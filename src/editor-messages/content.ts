import { imageLimits } from '../schemas/image';
import { textLimits } from '../schemas/shared';
import type { Locale } from '../i18n/locales';
import { languageName, quote, suggestion, type Advice, type Bilingual } from './bilingual';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** The fix for a picture too large to build quickly. */
const resizeFix: Bilingual = {
	en: `resize it to about 2400 px wide before committing (at most ${imageLimits.maxWidth} px and ${megabytes(imageLimits.maxBytes)} MB).`,
	th: `ย่อภาพให้กว้างราว 2400 พิกเซลก่อน commit (ไม่เกิน ${imageLimits.maxWidth} พิกเซล และ ${megabytes(imageLimits.maxBytes)} MB)`,
};

/** What `npm run check` tells an editor about files, folders and the pictures facts.yaml names. */
export const contentAdvice = {
	missingListFile: (): Advice => ({
		what: { en: 'the file is missing', th: 'ไม่พบไฟล์นี้' },
		fix: {
			en: 'restore it from git (git checkout -- the file).',
			th: 'กู้ไฟล์คืนจาก git (git checkout -- ชื่อไฟล์)',
		},
	}),
	duplicateId: (id: string, firstIndex: number): Advice => ({
		what: { en: `the id "${quote(id)}" is used twice`, th: `id "${quote(id)}" ซ้ำกัน` },
		fix: {
			en: `give each entry its own id (also used at item ${firstIndex}).`,
			th: `แต่ละรายการต้องมี id ไม่ซ้ำกัน (ซ้ำกับรายการที่ ${firstIndex})`,
		},
	}),
	folderName: (name: string): Advice => ({
		what: {
			en: `the folder name "${quote(name)}" is not an English kebab-case slug`,
			th: `ชื่อโฟลเดอร์ "${quote(name)}" ไม่ใช่ภาษาอังกฤษตัวเล็กคั่นด้วยขีด`,
		},
		fix: {
			en: `rename it like "nan-silverware": lower-case English words joined by hyphens, at most ${textLimits.slug} characters; it becomes the address of the page.`,
			th: `เปลี่ยนชื่อให้เหมือน "nan-silverware" คือคำภาษาอังกฤษตัวเล็กคั่นด้วยขีด ยาวไม่เกิน ${textLimits.slug} ตัวอักษร เพราะชื่อนี้จะเป็นที่อยู่ของหน้าเว็บ`,
		},
	}),
	twoStories: (locale: Locale): Advice => ({
		what: {
			en: `there are two ${languageName[locale].en} stories, index.${locale}.md and index.${locale}.mdx`,
			th: `มีเรื่องเล่าภาษา${languageName[locale].th}สองไฟล์ คือ index.${locale}.md และ index.${locale}.mdx`,
		},
		fix: {
			en: 'keep one: rename the file when you move a story to .mdx, do not copy it.',
			th: 'เก็บไว้ไฟล์เดียว เมื่อย้ายเรื่องไปเป็น .mdx ให้เปลี่ยนชื่อไฟล์ ไม่ใช่คัดลอก',
		},
	}),
	noFrontMatter: (): Advice => ({
		what: {
			en: 'the file does not start with front matter between --- lines',
			th: 'ไฟล์ไม่ได้ขึ้นต้นด้วยส่วนหัว (front matter) ระหว่างบรรทัด ---',
		},
		fix: {
			en: 'start the file with ---, then title: and summary:, then --- again.',
			th: 'ขึ้นต้นไฟล์ด้วย --- ตามด้วย title: และ summary: แล้วปิดด้วย --- อีกบรรทัด',
		},
	}),
	storyPictureMissing: (file: string): Advice => ({
		what: {
			en: `the picture "${quote(file)}" is not in the folder`,
			th: `ไม่พบภาพ "${quote(file)}" ในโฟลเดอร์ของเรื่องนี้`,
		},
		fix: {
			en: 'put the file next to the story, or fix its name.',
			th: 'วางไฟล์ภาพไว้ในโฟลเดอร์เดียวกับเรื่อง หรือแก้ชื่อไฟล์ให้ถูก',
		},
	}),
	storyRefused: (): Advice => ({
		what: {
			en: 'the story was refused when it was rendered (the reasons are printed above)',
			th: 'เรื่องเล่านี้ไม่ผ่านการตรวจตอนแปลงเป็นหน้าเว็บ (ดูเหตุผลที่พิมพ์ไว้ด้านบน)',
		},
		fix: {
			en: 'run npm run check, which lists each problem with its line, and fix them.',
			th: 'รัน npm run check ซึ่งจะบอกปัญหาแต่ละจุดพร้อมบรรทัด แล้วแก้ไขให้ครบ',
		},
	}),
	siteLink: (url: string, path: string, pages: readonly string[]): Advice => {
		const near = suggestion(path, pages);
		return {
			what: {
				en: `the link "${quote(url)}" leads to no page of this site`,
				th: `ลิงก์ "${quote(url)}" ไม่ได้ชี้ไปยังหน้าใดในเว็บนี้`,
			},
			fix: {
				en: `link to an existing page such as /en/products/<slug>/.${near.en}`,
				th: `ลิงก์ไปยังหน้าที่มีอยู่ เช่น /th/products/<slug>/${near.th}`,
			},
		};
	},
	link: (): Advice => ({
		what: {
			en: 'this is a link (symbolic link) to another file or folder, or not a plain file; the check and the build do not follow links',
			th: 'รายการนี้เป็นลิงก์ (symbolic link) ไปยังไฟล์หรือโฟลเดอร์อื่น หรือไม่ใช่ไฟล์ธรรมดา ระบบตรวจและระบบสร้างเว็บจะไม่ตามลิงก์',
		},
		fix: {
			en: 'replace the link with the real file (or folder), copied into content/.',
			th: 'แทนที่ลิงก์ด้วยไฟล์จริง (หรือโฟลเดอร์จริง) โดยคัดลอกมาไว้ใน content/',
		},
	}),
	stranger: (): Advice => ({
		what: {
			en: 'content/ holds only stories (.md, .mdx), YAML (.yaml) and pictures (.jpg, .png, .webp, .avif, .svg); this file is none of these',
			th: 'ใน content/ มีได้เฉพาะเรื่องเล่า (.md, .mdx) ไฟล์ YAML (.yaml) และภาพ (.jpg, .png, .webp, .avif, .svg) ไฟล์นี้ไม่ใช่ทั้งสามแบบ',
		},
		fix: {
			en: 'remove it from content/, or save it in one of those formats with a name that does not start with a dot.',
			th: 'ลบไฟล์นี้ออกจาก content/ หรือบันทึกเป็นรูปแบบที่กำหนด โดยชื่อไฟล์ต้องไม่ขึ้นต้นด้วยจุด',
		},
	}),
	misnamedStory: (): Advice => ({
		what: {
			en: 'a story is named index.th.md or index.en.md (.mdx with a component), in its item folder; this file would never be published',
			th: 'เรื่องเล่าต้องชื่อ index.th.md หรือ index.en.md (หรือ .mdx ถ้าใช้ตัวช่วยพิเศษ) อยู่ในโฟลเดอร์ของเรื่องนั้น ไฟล์นี้จะไม่ถูกเผยแพร่',
		},
		fix: {
			en: 'rename it (en.md becomes index.en.md), or remove it; notes for editors belong in SOURCES.md.',
			th: 'เปลี่ยนชื่อไฟล์ (en.md เป็น index.en.md) หรือลบออก บันทึกสำหรับบรรณาธิการให้เขียนไว้ใน SOURCES.md',
		},
	}),
	svgTooLarge: (): Advice => ({
		what: {
			en: `the picture is over ${megabytes(imageLimits.maxBytes)} MB`,
			th: `ไฟล์ภาพใหญ่เกิน ${megabytes(imageLimits.maxBytes)} MB`,
		},
		fix: {
			en: 'simplify the drawing, or save it as JPEG.',
			th: 'ลดรายละเอียดของภาพวาด หรือบันทึกเป็น JPEG',
		},
	}),
	coverOutsideFolder: (): Advice => ({
		what: {
			en: 'the picture must be a file in this folder, named without folders or ".."',
			th: 'ภาพต้องเป็นไฟล์ในโฟลเดอร์นี้ ใส่แค่ชื่อไฟล์ ไม่มีชื่อโฟลเดอร์หรือ ".."',
		},
		fix: {
			en: 'put the picture next to facts.yaml and write ./name.jpg (letters, digits, . - and _; .jpg, .png, .webp, .avif or .svg).',
			th: 'วางภาพไว้ข้าง facts.yaml แล้วเขียน ./ชื่อไฟล์.jpg (ตัวอักษร ตัวเลข . - และ _ นามสกุล .jpg, .png, .webp, .avif หรือ .svg)',
		},
	}),
	coverMissing: (src: string, folder: string, pictures: readonly string[]): Advice => {
		const near = suggestion(src.replace(/^\.\//, ''), pictures);
		const list = pictures.length ? `: ${pictures.join(', ')}` : '';
		return {
			what: {
				en: `the picture "${quote(src)}" is not in ${folder}/`,
				th: `ไม่พบภาพ "${quote(src)}" ในโฟลเดอร์ ${folder}/`,
			},
			fix: {
				en: `put the file there, or name one that is${list}.${near.en}`,
				th: `วางไฟล์ภาพไว้ในโฟลเดอร์นี้ หรือใช้ชื่อไฟล์ที่มีอยู่${list}${near.th}`,
			},
		};
	},
	coverIsFolder: (src: string): Advice => ({
		what: {
			en: `"${quote(src)}" is a folder, not a picture file`,
			th: `"${quote(src)}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์ภาพ`,
		},
		fix: {
			en: 'put the real picture file in the folder under that name.',
			th: 'วางไฟล์ภาพจริงไว้ในโฟลเดอร์ด้วยชื่อนั้น',
		},
	}),
	pictureBytes: (bytes: number): Advice => ({
		what: {
			en: `the picture is ${megabytes(bytes).toFixed(1)} MB`,
			th: `ไฟล์ภาพมีขนาด ${megabytes(bytes).toFixed(1)} MB`,
		},
		fix: resizeFix,
	}),
	pictureTooWide: (width: number): Advice => ({
		what: { en: `the picture is ${width} px wide`, th: `ภาพกว้างถึง ${width} พิกเซล` },
		fix: resizeFix,
	}),
	pictureTooNarrow: (width: number): Advice => ({
		what: { en: `the picture is only ${width} px wide`, th: `ภาพกว้างเพียง ${width} พิกเซล` },
		fix: {
			en: `use a picture at least ${imageLimits.minWidth} px wide, so it is sharp on a phone.`,
			th: `ใช้ภาพที่กว้างอย่างน้อย ${imageLimits.minWidth} พิกเซล เพื่อให้คมชัดบนมือถือ`,
		},
	}),
	pictureUnreadable: (): Advice => ({
		what: { en: 'the picture cannot be read', th: 'เปิดไฟล์ภาพไม่ได้' },
		fix: {
			en: 'save it again as JPEG, PNG, WebP, AVIF or SVG.',
			th: 'บันทึกภาพใหม่เป็น JPEG, PNG, WebP, AVIF หรือ SVG',
		},
	}),
} satisfies Record<string, (...args: never[]) => Advice>;
