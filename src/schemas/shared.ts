import { z } from 'astro/zod';

/** English kebab-case identifier, the same in both languages: `nan-silverware`. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected an English kebab-case slug such as "nan-silverware".');

/** A text written in both languages. */
export const localizedTextSchema = z.strictObject({
	/** The Thai text. */
	th: z.string().trim().min(1, 'Write the Thai text (th).'),
	/** The English text. */
	en: z.string().trim().min(1, 'Write the English text (en).'),
});

/** Thailand's extent with a small margin, so a swapped or mistyped coordinate is caught. */
export const thailandBounds = { minLat: 5.5, maxLat: 20.6, minLng: 97.3, maxLng: 105.7 } as const;

/** A point in Thailand in decimal degrees (WGS 84), for example `{ lat: 18.7756, lng: 100.773 }`. */
export const coordinatesSchema = z.strictObject({
	/** Latitude, 5.5 to 20.6 inside Thailand. */
	lat: z
		.number()
		.min(thailandBounds.minLat, `Latitude must be inside Thailand (${thailandBounds.minLat} to ${thailandBounds.maxLat}); check that lat and lng are not swapped.`)
		.max(thailandBounds.maxLat, `Latitude must be inside Thailand (${thailandBounds.minLat} to ${thailandBounds.maxLat}); check that lat and lng are not swapped.`),
	/** Longitude, 97.3 to 105.7 inside Thailand. */
	lng: z
		.number()
		.min(thailandBounds.minLng, `Longitude must be inside Thailand (${thailandBounds.minLng} to ${thailandBounds.maxLng}).`)
		.max(thailandBounds.maxLng, `Longitude must be inside Thailand (${thailandBounds.minLng} to ${thailandBounds.maxLng}).`),
});

export type Coordinates = z.output<typeof coordinatesSchema>;
