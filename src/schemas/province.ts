import { z } from 'astro/zod';
import { regionSchema } from './region';
import { coordinatesSchema, localizedText, slugSchema, textLimits } from './shared';

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
	/** A short introduction (2–4 sentences) in both languages, for provinces with stories. */
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
});

export type Province = z.output<typeof provinceSchema>;
