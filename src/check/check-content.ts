import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { linkCatalog } from '../lib/catalog';
import type { ContentProblem } from '../lib/content-problem';
import { storyLocaleOf } from '../lib/story-files';
import { categorySchema, type Category } from '../schemas/category';
import { itineraryFactsSchema, itineraryStorySchema } from '../schemas/itinerary';
import { productFactsSchema } from '../schemas/product';
import { provinceSchema, type Province } from '../schemas/province';
import { storySchema } from '../schemas/story';
import { checkPictureFiles } from './check-pictures';
import {
	linkProblem,
	listContentFiles,
	misnamedStoryProblem,
	strangerProblem,
} from './content-files';
import { ProblemLog } from './problem-log';
import { readItems } from './read-items';
import { readList } from './read-lists';
import { checkSiteLinks, sitePaths } from './site-links';

export interface CheckOptions {
	/** The repository root; file names in problems are relative to it. */
	root: string;
	/** The content folder, `content` unless a test points elsewhere. */
	contentDir: string;
	/** Treat a missing translation as an error. */
	strict?: boolean;
}

export interface CheckResult {
	errors: ContentProblem[];
	/** Translation gaps (errors under `--strict`). */
	warnings: ContentProblem[];
	/** How many files were read. */
	files: number;
}

/**
 * Validates all content without building the site and reports every problem at once, each with
 * file, line, field, what is wrong and what to do, in Thai and English.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
	const log = new ProblemLog(options.root);
	const contentRoot = resolve(options.root, options.contentDir);
	// One walk of content/, which never follows a link: everything below reads only what it lists.
	const listed = listContentFiles(contentRoot);
	log.errors.push(
		...listed.links.map((link) => linkProblem(log.rel(link))),
		...listed.strangers.map((file) => strangerProblem(log.rel(file))),
		...listed.misnamedStories.map((file) => misnamedStoryProblem(log.rel(file))),
	);

	const provinces = readList<Province>(log, contentRoot, 'provinces.yaml', provinceSchema);
	const categories = readList<Category>(log, contentRoot, 'categories.yaml', categorySchema);
	const products = await readItems(
		log,
		listed.items.products,
		productFactsSchema(z.string()),
		storySchema,
	);
	const itineraries = await readItems(
		log,
		listed.items.itineraries,
		itineraryFactsSchema(z.string()),
		itineraryStorySchema,
	);
	const covers = new Set(
		[...products.facts, ...itineraries.facts].map((entry) =>
			resolve(options.root, entry.filePath, '..', entry.data.image.src),
		),
	);
	await checkPictureFiles(log, listed, covers);

	// References between files, as the build's catalogue checks them (src/lib/catalog/), each at its line.
	const linked = linkCatalog(
		{
			invalid: { products: products.invalid, itineraries: itineraries.invalid },
			provinces,
			categories,
			products: products.facts,
			productStories: products.stories,
			itineraries: itineraries.facts,
			itineraryStories: itineraries.stories,
		},
		options.contentDir,
	);
	log.errors.push(...linked.errors);

	const pages = sitePaths(
		provinces.map((p) => p.id),
		[...products.facts.map((p) => p.id), ...products.invalid],
		[...itineraries.facts.map((i) => i.id), ...itineraries.invalid],
	);
	checkSiteLinks(log, [...products.siteLinks, ...itineraries.siteLinks], pages);

	// A story that failed its checks is reported as an error, not again as a missing translation.
	const invalidStories = new Set([...products.invalidStories, ...itineraries.invalidStories]);
	const storyKey = (file: string) => {
		const path = resolve(options.root, file);
		return join(dirname(path), storyLocaleOf(path) ?? '');
	};
	const gaps = linked.translationGaps.filter((gap) => !invalidStories.has(storyKey(gap.file)));
	return options.strict
		? { errors: [...log.errors, ...gaps], warnings: [], files: log.files }
		: { errors: log.errors, warnings: gaps, files: log.files };
}
