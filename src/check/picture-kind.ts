import { closeSync, openSync, readSync } from 'node:fs';
import type { ContentProblem } from '../lib/content-problem';

/**
 * What a picture file really is, judged by its first bytes, never by its name: Astro and sharp go by
 * the bytes, so an SVG saved as `photo.png` would be published as a live `.svg` that no SVG rule saw.
 */
export type PictureKind = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg';

const kindByExtension: Record<string, PictureKind> = {
	jpg: 'jpeg',
	jpeg: 'jpeg',
	png: 'png',
	webp: 'webp',
	avif: 'avif',
	svg: 'svg',
};

/** The kind a file's name promises, or undefined when it is not a picture's name. */
export function kindFromName(name: string): PictureKind | undefined {
	const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
	return extension ? kindByExtension[extension] : undefined;
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
	String.fromCharCode(...bytes.subarray(start, end));

/**
 * The kind of picture the bytes are, from their signature: JPEG, PNG, WebP, AVIF, or an SVG (UTF-8
 * text whose first character is `<`). Anything else, UTF-16 text included, is no picture.
 * @example kindFromBytes(new TextEncoder().encode('<svg/>')) // => 'svg'
 */
export function kindFromBytes(bytes: Uint8Array): PictureKind | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 4, 8) === 'ftyp' && /avif|avis/.test(ascii(bytes, 8, 64))) return 'avif';
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start]!)) start++;
	return bytes[start] === 0x3c && !bytes.includes(0) ? 'svg' : undefined;
}

/** The first bytes of a file, enough for every signature above. */
export function readHead(path: string, length = 64): Uint8Array {
	const bytes = new Uint8Array(length);
	const fd = openSync(path, 'r');
	try {
		return bytes.subarray(0, readSync(fd, bytes, 0, length, 0));
	} finally {
		closeSync(fd);
	}
}

const kindNames: Record<PictureKind, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	webp: 'WebP',
	avif: 'AVIF',
	svg: 'SVG',
};

/**
 * The problem with a picture whose bytes are not what its name says (`file` relative to the
 * repository), or undefined when they agree.
 */
export function pictureKindProblem(file: string, head: Uint8Array): ContentProblem | undefined {
	const named = kindFromName(file);
	const actual = kindFromBytes(head);
	if (!named || named === actual) return undefined;
	const is = actual
		? `${actual === 'avif' || actual === 'svg' ? 'an' : 'a'} ${kindNames[actual]} file`
		: 'not a picture';
	const isTh = actual ? `ไฟล์ ${kindNames[actual]}` : 'ไม่ใช่ไฟล์ภาพ';
	return {
		file,
		field: '(file)',
		what: {
			en: `the file is named as ${kindNames[named]} but its contents are ${is}`,
			th: `ชื่อไฟล์บอกว่าเป็น ${kindNames[named]} แต่เนื้อไฟล์จริงเป็น${isTh}`,
		},
		fix: {
			en: 'export the picture again in the format its name says, or give it the right extension (.jpg, .png, .webp, .avif, .svg).',
			th: 'ส่งออกภาพใหม่ให้ตรงกับนามสกุลในชื่อไฟล์ หรือเปลี่ยนนามสกุลให้ถูกต้อง (.jpg, .png, .webp, .avif, .svg)',
		},
	};
}
