import type { PictureKind } from '../schemas/picture-kind';
import type { Advice } from './bilingual';

const kindNames: Record<PictureKind, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	webp: 'WebP',
	avif: 'AVIF',
	svg: 'SVG',
};

const exportAgain = {
	en: 'export the picture again in the format its name says, or give it the right extension (.jpg, .png, .webp, .avif, .svg).',
	th: 'ส่งออกภาพใหม่ให้ตรงกับนามสกุลในชื่อไฟล์ หรือเปลี่ยนนามสกุลให้ถูกต้อง (.jpg, .png, .webp, .avif, .svg)',
};

/** Every problem with a picture file's bytes, by name. */
export const pictureAdvice = {
	/** The bytes are a picture, but of another kind than the name says. */
	otherKind: (named: PictureKind, actual: PictureKind): Advice => ({
		what: {
			en: `the file is named as ${kindNames[named]} but its contents are ${actual === 'avif' || actual === 'svg' ? 'an' : 'a'} ${kindNames[actual]} file`,
			th: `ชื่อไฟล์บอกว่าเป็น ${kindNames[named]} แต่เนื้อไฟล์จริงเป็นไฟล์ ${kindNames[actual]}`,
		},
		fix: exportAgain,
	}),
	/** The bytes are no picture at all. */
	notAPicture: (named: PictureKind): Advice => ({
		what: {
			en: `the file is named as ${kindNames[named]} but its contents are not a picture`,
			th: `ชื่อไฟล์บอกว่าเป็น ${kindNames[named]} แต่เนื้อไฟล์จริงไม่ใช่ไฟล์ภาพ`,
		},
		fix: exportAgain,
	}),
	/** A picture that starts right but that Astro cannot read (no size, truncated). */
	unreadable: (): Advice => ({
		what: {
			en: 'the picture cannot be read: its size or contents are missing',
			th: 'อ่านไฟล์ภาพนี้ไม่ได้ เพราะข้อมูลขนาดหรือเนื้อภาพไม่ครบ',
		},
		fix: {
			en: 'export the picture again (JPEG, PNG, WebP, AVIF or SVG).',
			th: 'ส่งออกภาพใหม่อีกครั้ง (JPEG, PNG, WebP, AVIF หรือ SVG)',
		},
	}),
};
