import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * The text of a story file that Astro hands the Markdown processor, cut with Astro's own front-matter
 * reader so that the check compiles exactly what the build compiles: for `.md` (the content layer) the
 * text after the front matter, trimmed; for `.mdx` (the MDX plugin) the whole file with the front matter
 * blanked out, so lines keep their numbers. Undefined when the front matter cannot be read (the check
 * reports that on its own).
 */
export function storyBodyAsAstroReadsIt(text: string, mdx: boolean): string | undefined {
	try {
		const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		return mdx ? content : content.trim();
	} catch {
		return undefined;
	}
}
