import { z } from 'astro/zod';
import { localizedText, textLimits } from './shared';

/** Licences an image may carry; anything else needs a decision before it is published. */
export const imageLicences = [
	'CC0-1.0',
	'CC-BY-4.0',
	'CC-BY-SA-4.0',
	'public-domain',
	'all-rights-reserved-with-permission',
] as const;

/**
 * A picture with its alt text in both languages, its credit and its licence.
 * `src` is built by Astro's `image()` helper, so the file must exist next to the story.
 */
export function imageSchema<Src extends z.ZodType>(src: Src) {
	return z.strictObject({
		/** Path of the image file, relative to this file: `./cover.svg`. */
		src,
		/** What the picture shows, for people who cannot see it, in both languages. */
		alt: localizedText(textLimits.alt, 'the alt text'),
		/** Who made the picture, as it should be printed under it. */
		credit: z
			.string()
			.trim()
			.min(1, 'Write who made the picture in "credit".')
			.max(textLimits.credit, `"credit" must be at most ${textLimits.credit} characters: the name of who made the picture.`),
		/** The picture's licence: one of CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain, all-rights-reserved-with-permission. */
		licence: z.enum(imageLicences, {
			error: `"licence" must be one of: ${imageLicences.join(', ')}.`,
		}),
		/** `true` when the picture is a drawing rather than a photograph: the page labels it "Illustration". */
		illustration: z.boolean().default(false),
	});
}
