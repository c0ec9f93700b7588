import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentYamlParser } from './check/yaml-source';
import { categorySchema } from './schemas/category';
import { itineraryFactsSchema, itineraryStorySchema } from './schemas/itinerary';
import { productFactsSchema } from './schemas/product';
import { provinceSchema } from './schemas/province';
import { storySchema } from './schemas/story';
import { storyFilesGlob } from './lib/story-files';

/** Where editors' content lives; tests point it at fixtures. */
const contentDir = process.env.KHONGDEE_CONTENT_DIR ?? 'content';

/** `nan-silverware/facts.yaml` => `nan-silverware`; `nan-silverware/index.en.mdx` => `nan-silverware/en`. */
const folderId = ({ entry }: { entry: string }) =>
	entry.replace(/\/facts\.ya?ml$/, '').replace(/\/index\.([a-z]{2})\.mdx?$/, '/$1');

/**
 * provinces.yaml and categories.yaml are read with the check's YAML rules (src/check/yaml-source.ts:
 * no aliases, tags or directives, a size limit), not with Astro's default js-yaml. facts.yaml and front
 * matter are read by Astro's js-yaml (glob() takes no parser); `npm run build` runs the check first.
 */
const listFile = (name: string) =>
	file(`${contentDir}/${name}`, { parser: contentYamlParser(`${contentDir}/${name}`) });

const provinces = defineCollection({
	loader: listFile('provinces.yaml'),
	schema: provinceSchema,
});

const categories = defineCollection({
	loader: listFile('categories.yaml'),
	schema: categorySchema,
});

/**
 * A folder's stories, kept in Astro's content store as their rendered HTML only. `retainBody: false`
 * leaves out the Markdown source, which no page reads: Astro bundles the whole store into one
 * JavaScript string, and at 10,000 products the store with it (345 MB) ran Node out of memory.
 */
const storyLoader = (folder: string) =>
	glob({
		pattern: storyFilesGlob,
		base: `${contentDir}/${folder}`,
		generateId: folderId,
		retainBody: false,
	});

const products = defineCollection({
	loader: glob({ pattern: '*/facts.yaml', base: `${contentDir}/products`, generateId: folderId }),
	schema: ({ image }) => productFactsSchema(image()),
});

const productStories = defineCollection({
	loader: storyLoader('products'),
	schema: storySchema,
});

const itineraries = defineCollection({
	loader: glob({
		pattern: '*/facts.yaml',
		base: `${contentDir}/itineraries`,
		generateId: folderId,
	}),
	schema: ({ image }) => itineraryFactsSchema(image()),
});

const itineraryStories = defineCollection({
	loader: storyLoader('itineraries'),
	schema: itineraryStorySchema,
});

export const collections = {
	provinces,
	categories,
	products,
	productStories,
	itineraries,
	itineraryStories,
};
