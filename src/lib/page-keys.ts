import { contentKey } from './file-cache';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key, template
 * code and dependencies are what they were in the last build is copied from that build, not
 * rendered. A key must therefore cover everything the page shows that is not code. Astro hashes the
 * code (the page's module graph, the config, the lockfile); these keys cover the content.
 */

/** A content entry as the keys read it. */
export interface KeyedEntry {
	id: string;
	data: unknown;
}

/**
 * The catalogue's data: every entry's fields in every collection (titles, summaries, facts, the
 * covers by their content-hashed names), never a story's body. Any page may show any item's data
 * (a province page lists its products, a journey its stops), so every page's key includes this one,
 * and a change to any item's data renders every page again; a change to a story's body does not.
 */
export function catalogDataKey(collections: Record<string, readonly KeyedEntry[]>): string {
	const parts: string[] = [];
	for (const name of Object.keys(collections).sort()) {
		const entries = [...collections[name]!].sort((a, b) =>
			a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
		);
		parts.push(name, String(entries.length));
		for (const entry of entries) parts.push(entry.id, JSON.stringify(entry.data));
	}
	return contentKey(parts);
}

/** A story as its page's key reads it: a Markdown story's HTML is rendered when content syncs. */
export interface KeyedStory {
	/** Astro's hash of the story's file. */
	digest?: string | number | undefined;
	rendered?:
		{ html: string; metadata?: { imagePaths?: readonly string[] } | undefined } | undefined;
}

/**
 * The key of a page that shows `story`'s body, or none (the page is rendered every time) when the
 * body's output is not known before the page renders: an MDX story (rendered from its own module)
 * or a Markdown story with pictures (their built names, which carry a hash of the picture, are put
 * into the HTML as the page renders, so a picture replaced under the same name would not show here).
 */
export function storyPageKey(catalogKey: string, story: KeyedStory): string | undefined {
	if (!story.rendered) return undefined;
	if ((story.rendered.metadata?.imagePaths?.length ?? 0) > 0) return undefined;
	return contentKey([catalogKey, String(story.digest ?? ''), story.rendered.html]);
}
