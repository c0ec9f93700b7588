import { z } from 'astro/zod';
import { localizedText, textLimits, plainText } from './shared';

/** Licences an image may carry; anything else needs a decision before it is published. */
export const imageLicences = [
	'CC0-1.0',
	'CC-BY-4.0',
	'CC-BY-SA-4.0',
	'public-domain',
	'all-rights-reserved-with-permission',
] as const;

/** Pictures narrower than this look blurred on a phone; larger than these slow every build. */
export const imageLimits = { minWidth: 800, maxWidth: 8000, maxBytes: 15 * 1024 * 1024 } as const;

/** A picture file's name: letters, digits, `-` and `_`, dots only between them, and a picture extension. */
export const pictureNamePattern = String.raw`[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(?:jpe?g|png|webp|avif|svg)`;

/**
 * A picture's file name as content writes it: a plain file in the item's own folder, `./cover.jpg` or
 * `cover.svg` (the name is group 1). No folder, no `..`, no `/` or `\\`, so a picture can never be read
 * from outside `content/`. Facts (this schema) and stories (src/story-policy/) share it.
 */
export const pictureFileName = new RegExp(`^(?:\\./)?(${pictureNamePattern})$`, 'i');

const creditName = plainText()
	.trim()
	.min(1, 'Write who made the picture in "credit".')
	.max(
		textLimits.credit,
		`"credit" must be at most ${textLimits.credit} characters: the name of who made the picture.`,
	);

/**
 * A picture with its alt text in both languages, its credit and its licence.
 * `src` is built by Astro's `image()` helper, so the file must exist next to the story; the name
 * is checked against `pictureFileName` before the helper resolves it.
 */
export function imageSchema<Src extends z.ZodType>(src: Src) {
	return z.strictObject({
		/** Path of the image file in this folder: `./cover.svg`. */
		src: z
			.string()
			.regex(
				pictureFileName,
				'Name a picture file in this folder, such as ./cover.jpg (no folders, no "..").',
			)
			.pipe(src as Src & z.ZodType<z.output<Src>, string>),
		/** What the picture shows, for people who cannot see it, in both languages. */
		alt: localizedText(textLimits.alt, 'the alt text'),
		/**
		 * Who made the picture, as it should be printed under it: a name as written (`Jane Doe`), or
		 * the name in each language when it has both (`{ th: ของดี, en: Khong Dee }`), so a Thai page
		 * never credits in English what has a Thai name.
		 */
		credit: z.union([creditName, localizedText(textLimits.credit, 'the credit')]),
		/** The picture's licence: one of CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain, all-rights-reserved-with-permission. */
		licence: z.enum(imageLicences, {
			error: `"licence" must be one of: ${imageLicences.join(', ')}.`,
		}),
		/** `true` when the picture is a drawing rather than a photograph: the page labels it "Illustration". */
		illustration: z.boolean().default(false),
	});
}
