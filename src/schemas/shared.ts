import { z } from 'astro/zod';
import { asIssue, schemaRuleAdvice } from '../editor-messages/schema-rules';

/**
 * Longest texts and lists the content may have, in characters (UTF-16 code units, as JavaScript
 * counts; one per Thai letter or mark) or items. Each is about 1.5–3 times the longest in the bundled
 * content when they were set (in brackets), so an editor meets one only by mistake; a page with a
 * 2 MB alt text is refused instead of published.
 */
export const textLimits = {
	/** A slug: folder names, ids and references (32). */
	slug: 80,
	/** A province's or a category's name, or a signature product's name, in each language (24). */
	name: 80,
	/** A province's intro, in each language (450). */
	intro: 1000,
	/** A picture's alt text, in each language (338). */
	alt: 500,
	/** A picture's credit (22). */
	credit: 200,
	/** One alias of a product (29), and how many (8). */
	alias: 100,
	aliases: 30,
	/** A journey's stop: its name (53), what to do there (435), how to get there (226). */
	stopName: 120,
	stopActivity: 800,
	stopTravel: 400,
	/** How many stops (6) and provinces (1) a journey has, and signature products a province has (3). */
	stops: 40,
	provinces: 10,
	signatureProducts: 10,
	/** A registered product (GI): what it is, in each language (285), and how many a province has (11). */
	giAbout: 600,
	geographicalIndications: 30,
	/** A web address given as a source (400: Thai words in a web address take 9 characters a letter). */
	url: 1000,
} as const;

/** Shortest and longest a story's title and summary may be, in characters. */
export const textLength = {
	title: { min: 2, max: 90 },
	summary: { min: 30, max: 220 },
} as const;

/**
 * Characters no text of ours may hold: control characters other than tab and line breaks. They are
 * invisible to an editor, and break what the text is drawn into (share images, GPX's XML).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A text an editor writes: any characters but control characters. */
export function plainText() {
	return z
		.string()
		.refine((text) => !controlCharacters.test(text), asIssue(schemaRuleAdvice.controlCharacters()));
}

/** English kebab-case identifier, the same in both languages: `nan-silverware`. */
export const slugSchema = z
	.string()
	.max(textLimits.slug, `A slug must be at most ${textLimits.slug} characters.`)
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'Expected an English kebab-case slug such as "nan-silverware".',
	);

/**
 * A text written in both languages, each at most `max` characters; `what` names it in messages.
 * @example localizedText(80, 'the name') // { th: 'น่าน', en: 'Nan' }
 */
export function localizedText(max: number, what = 'the text') {
	return z.strictObject({
		/** The Thai text. */
		th: plainText()
			.trim()
			.min(1, 'Write the Thai text (th).')
			.max(max, `In Thai (th), ${what} must be at most ${max} characters.`),
		/** The English text. */
		en: plainText()
			.trim()
			.min(1, 'Write the English text (en).')
			.max(max, `In English (en), ${what} must be at most ${max} characters.`),
	});
}

/** Thailand's extent with a small margin, so a swapped or mistyped coordinate is caught. */
export const thailandBounds = { minLat: 5.5, maxLat: 20.6, minLng: 97.3, maxLng: 105.7 } as const;

/** A point in Thailand in decimal degrees (WGS 84), for example `{ lat: 18.7756, lng: 100.773 }`. */
export const coordinatesSchema = z.strictObject({
	/** Latitude, 5.5 to 20.6 inside Thailand. */
	lat: z
		.number()
		.min(
			thailandBounds.minLat,
			`Latitude must be inside Thailand (${thailandBounds.minLat} to ${thailandBounds.maxLat}); check that lat and lng are not swapped.`,
		)
		.max(
			thailandBounds.maxLat,
			`Latitude must be inside Thailand (${thailandBounds.minLat} to ${thailandBounds.maxLat}); check that lat and lng are not swapped.`,
		),
	/** Longitude, 97.3 to 105.7 inside Thailand. */
	lng: z
		.number()
		.min(
			thailandBounds.minLng,
			`Longitude must be inside Thailand (${thailandBounds.minLng} to ${thailandBounds.maxLng}).`,
		)
		.max(
			thailandBounds.maxLng,
			`Longitude must be inside Thailand (${thailandBounds.minLng} to ${thailandBounds.maxLng}).`,
		),
});

export type Coordinates = z.output<typeof coordinatesSchema>;
