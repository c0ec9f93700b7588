import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load } from 'yaml';

export const contentDir = 'content';

/** A story file split into its front matter and its Markdown body. */
export function readStory(file: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file} has no front matter between --- lines`);
	return { data: load(match[1]!) as Record<string, unknown>, body: match[2]! };
}

export function readYaml<T>(file: string): T {
	return load(readFileSync(file, 'utf8')) as T;
}

/** The folders of a collection (`products`, `itineraries`) with their facts and stories. */
export function readItems(collection: 'products' | 'itineraries') {
	const base = join(contentDir, collection);
	return readdirSync(base).map((slug) => {
		const folder = join(base, slug);
		const storyFile = (locale: 'th' | 'en') =>
			[`index.${locale}.md`, `index.${locale}.mdx`]
				.map((name) => join(folder, name))
				.find((file) => existsSync(file));
		return {
			slug,
			folder,
			facts: readYaml<Record<string, unknown>>(join(folder, 'facts.yaml')),
			stories: { th: storyFile('th'), en: storyFile('en') },
		};
	});
}

/**
 * Words in a text. Thai has no spaces between words, so it is segmented with ICU's dictionary,
 * as a Thai reader (and the browser's line breaker) would.
 */
export function countWords(text: string, locale: 'th' | 'en'): number {
	const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
	return [...segmenter.segment(stripMarkdown(text))].filter((s) => s.isWordLike).length;
}

function stripMarkdown(text: string): string {
	return text.replace(/^#+\s.*$/gm, ' ').replace(/[*_`>#[\]()]/g, ' ');
}

/** Share of letters that are Thai script: a Thai story should be mostly Thai. */
export function thaiShare(text: string): number {
	const letters = text.match(/\p{L}/gu) ?? [];
	const thai = letters.filter((ch) => /\p{Script=Thai}/u.test(ch));
	return letters.length === 0 ? 0 : thai.length / letters.length;
}
