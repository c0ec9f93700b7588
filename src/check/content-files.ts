import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { contentAdvice } from '../editor-messages/content';
import type { Locale } from '../i18n/locales';
import type { ContentProblem } from '../lib/content-problem';
import { storyFileOf } from '../lib/story-files';
import { kindFromName } from './picture-kind';

/**
 * Every file the site is built from must be a real file inside `content/`: a symbolic link could
 * make the check and the build read, print or publish a file from anywhere on the machine. These
 * helpers look at entries with `lstat`, which never follows a link. Used by `npm run check`
 * (src/check/check-content.ts) and, inside the build, by src/integrations/content-guard.ts.
 */

/** The collections with one folder per item: `content/<collection>/<slug>/`. */
export const itemCollections = ['products', 'itineraries'] as const;
export type ItemCollection = (typeof itemCollections)[number];

/** One item's folder, `content/products/nan-silverware/`, as found on disk (absolute paths). */
export interface ItemFolder {
	/** The folder's name, which becomes the page's address (checked against the slug rule by the check). */
	slug: string;
	folder: string;
	/** `facts.yaml`, when it is a plain file. */
	facts?: string | undefined;
	/** The story files of each language, `index.en.md` and/or `index.en.mdx`, in that order. */
	stories: Partial<Record<Locale, string[]>>;
}

/** What a walk of the content folder found. */
export interface ContentFiles {
	/** Symbolic links and other entries that are neither a plain file nor a folder (absolute paths); never followed. */
	links: string[];
	/** Every plain `.svg` file (absolute paths), to check against the SVG policy. */
	svgs: string[];
	/** Plain files of a kind content has no use for (absolute paths): never read, and refused. */
	strangers: string[];
	/** Markdown files in an item folder not named as a story (`en.md`, `notes.md`): never published, and refused. */
	misnamedStories: string[];
	/** Every plain picture file (absolute paths), SVGs included, to check that its bytes are what its name says. */
	pictures: string[];
	/** The item folders of each collection, in name order. */
	items: Record<ItemCollection, ItemFolder[]>;
}

/**
 * The kinds of file content is made of: stories, YAML, and pictures. Anything else (a script, a file
 * with no extension, `.DS_Store`) is refused, because a build tool may read a file by its path alone.
 */
const contentFileName = /^[^.][^/\\]*\.(md|mdx|yaml|jpe?g|png|webp|avif|svg)$/i;

/**
 * The one walk of `content/`, used by the check, the build's content guard and `npm run new`. It never
 * follows a link; everything else reads only what it lists.
 */
export function listContentFiles(contentRoot: string): ContentFiles {
	const found: ContentFiles = {
		links: [],
		svgs: [],
		strangers: [],
		misnamedStories: [],
		pictures: [],
		items: { products: [], itineraries: [] },
	};
	const walk = (folder: string, item?: ItemFolder) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const entry = lstatSync(path);
			// A folder inside an item folder still belongs to that item (its files are not published).
			if (entry.isDirectory()) walk(path, itemFolderAt(folder, name, path) ?? item);
			else if (!entry.isFile()) found.links.push(path);
			else if (!contentFileName.test(name)) found.strangers.push(path);
			else {
				if (kindFromName(name)) found.pictures.push(path);
				if (/\.svg$/i.test(name)) found.svgs.push(path);
				if (item && dirname(path) === item.folder) addItemFile(item, name, path);
				if (item && /\.mdx?$/i.test(name) && !(dirname(path) === item.folder && storyFileOf(name)))
					found.misnamedStories.push(path);
			}
		}
	};
	/** `content/products/<slug>/` starts an item; any other folder does not. */
	const itemFolderAt = (parent: string, slug: string, folder: string): ItemFolder | undefined => {
		const collection = itemCollections.find((name) => parent === join(contentRoot, name));
		if (!collection) return undefined;
		const item: ItemFolder = { slug, folder, stories: {} };
		found.items[collection].push(item);
		return item;
	};
	// The content folder itself may be a link (a checkout's own arrangement); nothing under it may be.
	let isFolder = false;
	try {
		isFolder = statSync(contentRoot).isDirectory();
	} catch {
		// No content folder: nothing to list.
	}
	if (isFolder) walk(contentRoot);
	return found;
}

/** Files an item folder is made of: `facts.yaml` and one story per language. */
function addItemFile(item: ItemFolder, name: string, path: string): void {
	if (name === 'facts.yaml') item.facts = path;
	const locale = storyFileOf(name)?.locale;
	if (!locale) return;
	(item.stories[locale] ??= []).push(path);
	// `md` before `mdx`, whatever the walk's order.
	item.stories[locale].sort();
}

const lstatSafe = (path: string) => {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
};

/** Whether anything (a file, a folder, a link) is at `path`, without following a link. */
export const existsAt = (path: string): boolean => lstatSafe(path) !== undefined;

/** A plain file: it exists and is not a link (nor a folder, a device, a pipe). */
export const isPlainFile = (path: string): boolean => lstatSafe(path)?.isFile() ?? false;

/** A plain folder: it exists and is not a link. */
export const isPlainFolder = (path: string): boolean => lstatSafe(path)?.isDirectory() ?? false;

/** Whether `file`, with every link resolved, is inside `folder` (also resolved). False if either is missing. */
export function resolvesInside(file: string, folder: string): boolean {
	try {
		const path = relative(realpathSync(folder), realpathSync(file));
		return path !== '' && !path.startsWith('..') && !isAbsolute(path);
	} catch {
		return false;
	}
}

/** The problem for a link (or a device, a pipe) at `file`, a path relative to the repository. Never says where it leads. */
export function linkProblem(file: string): ContentProblem {
	return { file, field: '(file)', ...contentAdvice.link() };
}

/** The problem for a file of a kind content does not use, at `file`, a path relative to the repository. */
export function strangerProblem(file: string): ContentProblem {
	return { file, field: '(file)', ...contentAdvice.stranger() };
}

/** A problem for a Markdown file in an item folder that the site would never publish. */
export function misnamedStoryProblem(file: string): ContentProblem {
	return { file, field: '(file)', ...contentAdvice.misnamedStory() };
}
