import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPlainFile, listContentFiles } from '../check/content-files';
import { isYamlSyntaxError, parseYamlSource, yamlSizeLimitFor } from '../check/yaml-source';
import {
	knownWordsPattern,
	markThaiBreaksInHtml,
	thaiWordsIcuSplits,
	thaiNames,
} from '../lib/thai-breaks';

/**
 * The names content/ gives in Thai (provinces, categories, aliases in the facts; stop names in the
 * stories' front matter): words ICU's dictionary may not know.
 */
export async function contentThaiNames(contentRoot: string): Promise<string[]> {
	const { items } = listContentFiles(contentRoot);
	const folders = Object.values(items).flat();
	const yamlFiles = [
		join(contentRoot, 'provinces.yaml'),
		join(contentRoot, 'categories.yaml'),
		...folders.flatMap((item) => item.facts ?? []),
	].filter(isPlainFile);
	const stories = folders.flatMap((item) => item.stories.th ?? []);
	const [yamlTexts, storyTexts] = await Promise.all([
		Promise.all(yamlFiles.map((file) => readFile(file, 'utf8'))),
		Promise.all(stories.map((file) => readFile(file, 'utf8'))),
	]);
	const frontMatter = (story: string) => /^---\r?\n([^]*?)\r?\n---/.exec(story)?.[1] ?? '';
	// Read with the check's YAML rules (no aliases, tags or huge files); what they refuse gives no names.
	const names = (text: string, file: string) => {
		const source = parseYamlSource(text, 0, yamlSizeLimitFor(file));
		return isYamlSyntaxError(source) ? [] : thaiNames(source.data);
	};
	return [
		...yamlTexts.map((text, i) => names(text, yamlFiles[i]!)),
		...storyTexts.map((text, i) => names(frontMatter(text), stories[i]!)),
	].flat();
}

/**
 * After the pages are written (and indexed by pagefind, which must see the text as written), marks
 * the word breaks in the Thai text of every page, so Thai wraps only between words
 * (src/lib/thai-breaks.ts). Must come after pagefindIndex() in the config.
 */
export function thaiLineBreaks(): AstroIntegration {
	let contentRoot = '';
	return {
		name: 'khong-dee:thai-line-breaks',
		hooks: {
			'astro:config:setup': ({ config }) => {
				// The same content folder the content guard and the collections read.
				contentRoot = resolve(
					fileURLToPath(config.root),
					process.env.KHONGDEE_CONTENT_DIR ?? 'content',
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const known = knownWordsPattern([
					...thaiWordsIcuSplits,
					...(await contentThaiNames(contentRoot)),
				]);
				const pages = (await readdir(outDir, { recursive: true })).filter((f) =>
					f.endsWith('.html'),
				);
				for (const page of pages) {
					const file = join(outDir, page);
					await writeFile(file, markThaiBreaksInHtml(await readFile(file, 'utf8'), known));
				}
				logger.info(`marked Thai word breaks in ${pages.length} pages`);
			},
		},
	};
}
