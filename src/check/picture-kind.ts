import { imageMetadata } from 'astro/assets/utils';
import { pictureAdvice } from '../editor-messages/pictures';
import type { ContentProblem } from '../lib/content-problem';
import type { PictureKind } from '../schemas/picture-kind';

/**
 * What a picture file really is (a `PictureKind`), judged by its first bytes, never by its name:
 * Astro and sharp go by the bytes, so an SVG saved as `photo.png` would be published as a live `.svg`
 * that no SVG rule saw. A picture whose bytes are not what its name says is refused.
 */

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
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 15) === 'WEBPVP8') return 'webp';
	// The main brand, not any brand: Astro reads a file whose main brand is not AVIF as something else.
	if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'avif';
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start]!)) start++;
	return bytes[start] === 0x3c && !bytes.includes(0) ? 'svg' : undefined;
}

/** Astro's name for each format (image-size's), as `imageMetadata()` reports it. */
const kindByAstroFormat: Record<string, PictureKind> = {
	jpg: 'jpeg',
	png: 'png',
	webp: 'webp',
	avif: 'avif',
	svg: 'svg',
};

/**
 * The problem with a picture whose bytes are not what its name says (`file` relative to the
 * repository), or undefined when they agree. Both the signature and Astro's own reading of the whole
 * file (`imageMetadata`, which decides how the build publishes it) must say what the name says: a
 * file that starts like an AVIF but that Astro reads as an SVG would be published as a live `.svg`.
 */
export async function pictureKindProblem(
	file: string,
	bytes: Uint8Array,
): Promise<ContentProblem | undefined> {
	const named = kindFromName(file);
	if (!named) return undefined;
	const signature = kindFromBytes(bytes);
	const astro = await imageMetadata(bytes, file).then(
		({ format }) => kindByAstroFormat[format],
		() => undefined,
	);
	const actual = signature === astro ? signature : (astro ?? signature);
	if (named === signature && named === astro) return undefined;
	const advice =
		actual === named
			? pictureAdvice.unreadable()
			: actual
				? pictureAdvice.otherKind(named, actual)
				: pictureAdvice.notAPicture(named);
	return { file, field: '(file)', ...advice };
}
