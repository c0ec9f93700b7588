import { dirname, join } from 'node:path';
import { contentAdvice } from '../editor-messages/content';
import { compileStory } from '../story-policy/processor';
import { storyBodyAsAstroReadsIt } from '../story-policy/story-body';
import { existsAt, isPlainFile, isPlainFolder } from './content-files';
import type { ProblemLog } from './problem-log';

/** A link from a story to a page of this site, checked once every page is known (site-links.ts). */
export interface SiteLink {
	url: string;
	line: number | undefined;
	/** The story's path, relative to the repository. */
	file: string;
}

/**
 * Compiles a story's body through the render pipeline (the build's own plugins, src/story-policy/),
 * logs what the story rules refuse and the pictures missing from its folder, and returns its links to
 * pages of this site.
 */
export async function checkStory(
	log: ProblemLog,
	file: string,
	text: string,
	mdx: boolean,
	frontmatter: unknown,
): Promise<SiteLink[]> {
	const body = storyBodyAsAstroReadsIt(text, mdx);
	if (body === undefined) return [];
	const plain =
		frontmatter !== null && typeof frontmatter === 'object'
			? (frontmatter as Record<string, unknown>)
			: {};
	const story = await compileStory(body, { file, mdx, frontmatter: plain });
	for (const problem of story.problems) log.add(file, '(story)', problem, problem.line);
	for (const picture of story.pictures) {
		// A link there is reported where it is (listContentFiles); a folder is no picture.
		const path = join(dirname(file), picture.file);
		if (isPlainFile(path) || (existsAt(path) && !isPlainFolder(path))) continue;
		log.add(file, '(story)', contentAdvice.storyPictureMissing(picture.file), picture.line);
	}
	return story.siteLinks.map((link) => ({ ...link, file: log.rel(file) }));
}
