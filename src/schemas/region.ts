import { z } from 'astro/zod';

/** Thailand's six geographic regions (National Geographical Committee, 1977), in the order pages list them. */
export const regions = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const;

export type Region = (typeof regions)[number];

export const regionSchema = z.enum(regions, {
	error: `"region" must be one of: ${regions.join(', ')}.`,
});
