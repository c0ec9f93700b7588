import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentKey } from './file-cache';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code
 * are what they were in the last build is copied from that build, not rendered. A key must
 * therefore cover everything the page's output depends on; Astro's own hash of the page's modules
 * does not cover it all (below).
 */

/** The project's folders and files whose change may change any page. */
export const codePaths = [
	'src',
	'public',
	'astro.config.mjs',
	'package-lock.json',
	'tsconfig.json',
];

/**
 * The project's code and the Node that runs it: every file of `codePaths`, Node's version and its
 * ICU (pages split and sort Thai with `Intl`). Astro hashes each page's own modules, but not the
 * names of the style and script files pages share, nor the story rules (functions inside the
 * Markdown config), nor Node: so every page's key holds this one, and a change to any code renders
 * every page again, as a cold build would. Editors change content, not code.
 */
export function projectCodeKey(root: string): string {
	const files = codePaths.flatMap((path) =>
		statSync(join(root, path)).isDirectory()
			? readdirSync(join(root, path), { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile())
					.map((entry) => join(entry.parentPath, entry.name))
			: [join(root, path)],
	);
	const parts: (string | Uint8Array)[] = [
		process.version,
		process.versions.icu ?? '',
		process.versions.unicode ?? '',
	];
	for (const file of files.sort()) parts.push(relative(root, file), readFileSync(file));
	return contentKey(parts);
}

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
export function storyPageKey(siteKey: string, story: KeyedStory): string | undefined {
	if (!story.rendered) return undefined;
	if ((story.rendered.metadata?.imagePaths?.length ?? 0) > 0) return undefined;
	return contentKey([siteKey, String(story.digest ?? ''), story.rendered.html]);
}
