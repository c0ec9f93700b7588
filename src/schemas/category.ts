import { z } from 'astro/zod';
import { localizedTextSchema, slugSchema } from './shared';

/** A kind of product (textiles, food, …), in `content/categories.yaml`. */
export const categorySchema = z.strictObject({
	/** English kebab-case slug: `textiles`. */
	id: slugSchema,
	/** The category's name in Thai and English. */
	name: localizedTextSchema,
});

export type Category = z.output<typeof categorySchema>;
