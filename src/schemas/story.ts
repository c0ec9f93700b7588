import { z } from 'astro/zod';
import { plainText, textLength } from './shared';

const { title, summary } = textLength;

/** Front matter every story file (`index.th.md`, `index.en.md`) has: the texts that differ by language. */
export const storySchema = z.strictObject({
	/** The item's name in this language, as a reader would search for it: `เครื่องเงินน่าน`, `Nan silverware`. */
	title: plainText()
		.trim()
		.min(title.min, `Write a "title" of at least ${title.min} characters.`)
		.max(title.max, `"title" must be at most ${title.max} characters.`),
	/** One or two sentences shown on cards, in search results and as the page description (30–220 characters). */
	summary: plainText()
		.trim()
		.min(
			summary.min,
			`Write a "summary" of at least ${summary.min} characters: one or two sentences.`,
		)
		.max(
			summary.max,
			`"summary" must be at most ${summary.max} characters: it is shown on cards and in search results.`,
		),
});

export type Story = z.output<typeof storySchema>;
