import { z } from 'astro/zod';
import { imageSchema } from './image';
import { coordinatesSchema, slugSchema, textLimits, plainText } from './shared';

/** Quality marks a product can hold; list one only where it is publicly recorded. */
const productStandards = [
	/** มผช.: Thai Community Product Standard (TISI). */
	'community-product-standard',
	/** มอก.เอส: Thai Industrial Standard for SMEs. */
	'tis-s',
	/** Registered Geographical Indication (Department of Intellectual Property). */
	'geographical-indication',
] as const;

/**
 * The facts of a product that do not depend on language, in `content/products/<slug>/facts.yaml`.
 * `src` is Astro's `image()` in the build and a plain string schema in unit tests.
 */
export function productFactsSchema<Src extends z.ZodType>(src: Src) {
	return z.strictObject({
		/** Slug of the province the product belongs to, from `content/provinces.yaml`: `nan`. */
		province: slugSchema,
		/** Slug of its kind, from `content/categories.yaml`: `textiles`. */
		category: slugSchema,
		/** The cover picture. */
		image: imageSchema(src),
		/** Other names and spellings people search for, in any language: `[Nan silver, khrueang ngoen]`. */
		aliases: z
			.array(
				plainText()
					.trim()
					.min(1)
					.max(
						textLimits.alias,
						`Each of "aliases" must be at most ${textLimits.alias} characters.`,
					),
			)
			.max(textLimits.aliases, `List at most ${textLimits.aliases} "aliases".`)
			.default([]),
		/** Where a visitor can see it made or buy it (district level), if there is one clear place. */
		location: coordinatesSchema.optional(),
		/** Publicly recorded standards; leave out what you cannot confirm. */
		standards: z
			.array(
				z.enum(productStandards, {
					error: `Each of "standards" must be one of: ${productStandards.join(', ')}.`,
				}),
			)
			.max(
				productStandards.length,
				`List each of "standards" once: there are ${productStandards.length}.`,
			)
			.default([]),
		/** `true` to show the product on the home pages. */
		featured: z.boolean().default(false),
	});
}
