import { isLocale, type Locale } from '../i18n/locales';

/**
 * How a story file is named inside its item's folder: `index.<language>.md`, or `.mdx` when it uses
 * a component. The page-bundle names let a git-based editor (Sveltia, Decap) treat the two
 * languages of one folder as one entry; the URL comes from the folder, so it does not change.
 */
export function storyFileName(locale: Locale, mdx = false): string {
	return `index.${locale}.${mdx ? 'mdx' : 'md'}`;
}

/** Astro's glob() pattern for the story files of a collection's folders. */
export const storyFilesGlob = '*/index.{th,en}.{md,mdx}';

/** Matches a story file's name and captures its language code and extension. */
const storyName = /^index\.([a-z]{2})\.(md|mdx)$/;

/** A story file's language and whether it is MDX, from its name; undefined for any other file. */
export function storyFileOf(name: string): { locale: Locale; mdx: boolean } | undefined {
	const match = storyName.exec(name);
	return match && isLocale(match[1]) ? { locale: match[1], mdx: match[2] === 'mdx' } : undefined;
}

/** A story's language from its path: `content/products/nan-silverware/index.th.mdx` => `th`. */
export function storyLocaleOf(path: string): Locale | undefined {
	return storyFileOf(path.slice(path.lastIndexOf('/') + 1))?.locale;
}
