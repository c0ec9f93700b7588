import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPlainFile, listContentFiles } from '../check/content-files';
import { isYamlSyntaxError, parseYamlSource, yamlSizeLimitFor } from '../check/yaml-source';
import { thaiNames } from './thai-breaks';

/**
 * The names content/ gives in Thai (provinces, categories, aliases in the facts; stop names in the
 * stories' front matter): words ICU's dictionary may not know, so the Thai word breaks keep them whole.
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
