import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentAdvice } from '../editor-messages/content';
import { localeCodes } from '../i18n/locales';
import { storyLocaleOf } from '../lib/story-files';
import { slugSchema } from '../schemas/shared';
import { checkCover } from './check-pictures';
import { checkStory, type SiteLink } from './check-story';
import type { ItemFolder } from './content-files';
import type { ProblemLog } from './problem-log';
import type { Loaded } from './read-lists';

/** What the check read of one collection (products or itineraries). */
export interface ReadItems<F, S> {
	facts: Loaded<F>[];
	stories: Loaded<S>[];
	/** Slugs whose facts.yaml exists but was refused: their pages are not "missing". */
	invalid: Set<string>;
	/** Story files (`<folder>/<locale>`, no extension) that exist but were refused: not "missing translations". */
	invalidStories: Set<string>;
	/** Links from the stories to pages of this site. */
	siteLinks: SiteLink[];
}

/** Reads and checks every item folder of a collection: its facts.yaml, its cover and its stories. */
export async function readItems<F extends { image: { src: string } }, S>(
	log: ProblemLog,
	folders: readonly ItemFolder[],
	factsSchema: z.ZodType<F>,
	storySchema: z.ZodType<S>,
): Promise<ReadItems<F, S>> {
	const read: ReadItems<F, S> = {
		facts: [],
		stories: [],
		invalid: new Set(),
		invalidStories: new Set(),
		siteLinks: [],
	};
	for (const item of folders) {
		if (!slugSchema.safeParse(item.slug).success) {
			log.add(item.folder, '(folder)', contentAdvice.folderName(item.slug));
			continue;
		}
		if (item.facts) await readFacts(log, item, item.facts, factsSchema, read);
		for (const locale of localeCodes) {
			const files = item.stories[locale] ?? [];
			// One story per language: with both index.en.md and index.en.mdx the build would keep only one of them.
			if (files.length > 1) log.add(files[1]!, '(file)', contentAdvice.twoStories(locale));
			for (const file of files) await readStory(log, item, file, storySchema, read);
		}
	}
	return read;
}

async function readFacts<F extends { image: { src: string } }, S>(
	log: ProblemLog,
	item: ItemFolder,
	file: string,
	schema: z.ZodType<F>,
	read: ReadItems<F, S>,
): Promise<void> {
	const source = log.readYaml(file, readFileSync(file, 'utf8'));
	const data = source && log.validate(schema, source.data, file, source);
	if (!source || !data) {
		read.invalid.add(item.slug);
		return;
	}
	read.facts.push({
		id: item.slug,
		data,
		source,
		filePath: log.rel(file),
		lineOf: (path) => source.lineOf(path),
	});
	await checkCover(log, item.folder, file, source, data.image.src);
}

async function readStory<F, S>(
	log: ProblemLog,
	item: ItemFolder,
	file: string,
	schema: z.ZodType<S>,
	read: ReadItems<F, S>,
): Promise<void> {
	const text = readFileSync(file, 'utf8');
	const locale = storyLocaleOf(file)!;
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) {
		log.files++;
		log.add(file, '(front matter)', contentAdvice.noFrontMatter(), 1);
		read.invalidStories.add(join(item.folder, locale));
		return;
	}
	const source = log.readYaml(file, match[1]!, 1);
	read.siteLinks.push(...(await checkStory(log, file, text, file.endsWith('.mdx'), source?.data)));
	const data = source && log.validate(schema, source.data, file, source);
	if (source && data)
		read.stories.push({
			id: `${item.slug}/${locale}`,
			data,
			source,
			filePath: log.rel(file),
			lineOf: (path) => source.lineOf(path),
		});
	else read.invalidStories.add(join(item.folder, locale));
}
