import { z } from 'astro/zod';
import { regionSchema } from './region';
import { coordinatesSchema, localizedText, slugSchema, textLimits } from './shared';

/** The year Thailand's Geographical Indications Act came into force: no registration is older. */
export const firstGiYear = 2004;

/**
 * A product registered with the Department of Intellectual Property as a geographical indication
 * (GI) of the province. Every entry names the public page that confirms the registration, and the
 * same page is listed in `content/SOURCES.md`.
 */
export const geographicalIndicationSchema = z.strictObject({
	/** The registered name in Thai, and its usual English name. */
	name: localizedText(textLimits.name, 'the name'),
	/** The kind of product, a category id from `content/categories.yaml`: `textiles`. */
	kind: slugSchema,
	/** One or two sentences on what it is, in each language. */
	about: localizedText(textLimits.giAbout, 'what it is'),
	/** The year it was registered, when a source gives it. */
	registered: z
		.number()
		.int('"registered" must be a whole year such as 2014.')
		.min(
			firstGiYear,
			`"registered" must be a year from ${firstGiYear}, when GI registration began.`,
		)
		.max(2100, '"registered" must be a year written in full, such as 2014 (not a Buddhist year).')
		.optional(),
	/** The public page confirming the registration. */
	source: z
		.string()
		.max(textLimits.url, `"source" must be at most ${textLimits.url} characters.`)
		.regex(
			/^https?:\/\/[^\s]+$/,
			'"source" must be a web address starting with https:// or http://.',
		),
	/** The slug of the product's published story, when it has one: `ban-mon-pottery`. */
	story: slugSchema.optional(),
});

export type GeographicalIndication = z.output<typeof geographicalIndicationSchema>;

/** One of Thailand's 77 provincial units (76 provinces and Bangkok), in `content/provinces.yaml`. */
export const provinceSchema = z.strictObject({
	/** English kebab-case slug used in URLs and references: `nan`, `ubon-ratchathani`. */
	id: slugSchema,
	/** ISO 3166-2:TH code: `TH-55`. */
	code: z.string().regex(/^TH-\d{2}$/, '"code" must be an ISO 3166-2:TH code such as "TH-55".'),
	/** The province's name in Thai and English. */
	name: localizedText(textLimits.name, 'the name'),
	/** The geographic region the province belongs to. */
	region: regionSchema,
	/** Coordinates of the provincial capital. */
	capital: coordinatesSchema,
	/** A short introduction (2–4 sentences) in both languages: where it is, what a visitor comes for. */
	intro: localizedText(textLimits.intro, 'the intro').optional(),
	/**
	 * The province's signature products as the Ministry of Industry named them, in its order: the slug of
	 * a published product (`nan-silverware`), or `{ th, en }` names for one that has no story yet.
	 */
	signatureProducts: z
		.array(z.union([slugSchema, localizedText(textLimits.name, 'the name')]))
		.max(
			textLimits.signatureProducts,
			`List at most ${textLimits.signatureProducts} "signatureProducts".`,
		)
		.optional(),
	/** The province's registered geographical indications, each with its source. */
	geographicalIndications: z
		.array(geographicalIndicationSchema)
		.max(
			textLimits.geographicalIndications,
			`List at most ${textLimits.geographicalIndications} "geographicalIndications".`,
		)
		.optional(),
});

export type Province = z.output<typeof provinceSchema>;
