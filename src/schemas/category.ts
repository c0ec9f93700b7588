import { z } from 'astro/zod';
import { localizedText, slugSchema, textLimits } from './shared';

/** A kind of product (textiles, food, …), in `content/categories.yaml`. */
export const categorySchema = z.strictObject({
	/** English kebab-case slug: `textiles`. */
	id: slugSchema,
	/** The category's name in Thai and English. */
	name: localizedText(textLimits.name, 'the name'),
});

export type Category = z.output<typeof categorySchema>;
