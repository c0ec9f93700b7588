import { z } from 'astro/zod';
import { plainText } from './shared';

/** Front matter every story file (`th.mdx`, `en.mdx`) has: the texts that differ by language. */
export const storySchema = z.strictObject({
	/** The item's name in this language, as a reader would search for it: `เครื่องเงินน่าน`, `Nan silverware`. */
	title: plainText()
		.trim()
		.min(2, 'Write a "title" of at least 2 characters.')
		.max(90, '"title" must be at most 90 characters.'),
	/** One or two sentences shown on cards, in search results and as the page description (30–220 characters). */
	summary: plainText()
		.trim()
		.min(30, 'Write a "summary" of at least 30 characters: one or two sentences.')
		.max(
			220,
			'"summary" must be at most 220 characters: it is shown on cards and in search results.',
		),
});

export type Story = z.output<typeof storySchema>;
