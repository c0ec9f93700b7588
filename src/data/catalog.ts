import { getCollection, type CollectionEntry } from 'astro:content';
import { contentAdvice } from '../editor-messages/content';
import {
	linkCatalog,
	type Catalog,
	type CatalogItinerary,
	type CatalogProduct,
} from '../lib/catalog';
import { ContentError, formatProblem, type ContentProblem } from '../lib/content-problem';
import { contentKey } from '../lib/file-cache';
import { catalogDataKey, projectCodeKey } from '../lib/page-keys';

export type Product = CatalogProduct<
	CollectionEntry<'products'>,
	CollectionEntry<'productStories'>
>;
export type Itinerary = CatalogItinerary<
	CollectionEntry<'itineraries'>,
	CollectionEntry<'itineraryStories'>
>;
export type SiteCatalog = Catalog<
	CollectionEntry<'products'>,
	CollectionEntry<'productStories'>,
	CollectionEntry<'itineraries'>,
	CollectionEntry<'itineraryStories'>
>;

let pending: Promise<{ catalog: SiteCatalog; key: string }> | undefined;

/** The checked catalogue, loaded once per build and shared by every page. */
export async function getCatalog(): Promise<SiteCatalog> {
	pending ??= loadCatalog();
	return (await pending).catalog;
}

/**
 * What every page's incremental build key holds (src/lib/page-keys.ts): the catalogue's data, and
 * the project's code and Node. Astro runs in the project's folder.
 */
export async function getSiteKey(): Promise<string> {
	pending ??= loadCatalog();
	return (await pending).key;
}

async function loadCatalog(): Promise<{ catalog: SiteCatalog; key: string }> {
	const [provinces, categories, products, productStories, itineraries, itineraryStories] =
		await Promise.all([
			getCollection('provinces'),
			getCollection('categories'),
			getCollection('products'),
			getCollection('productStories'),
			getCollection('itineraries'),
			getCollection('itineraryStories'),
		]);
	const collections = {
		provinces,
		categories,
		products,
		productStories,
		itineraries,
		itineraryStories,
	};
	const { catalog, errors, translationGaps } = linkCatalog(collections);
	errors.push(...refusedStories([...productStories, ...itineraryStories]));
	if (errors.length > 0) throw new ContentError(errors);
	for (const gap of translationGaps)
		console.warn(`[khong-dee] translation missing: ${formatProblem(gap)}`);
	return {
		catalog,
		key: contentKey([catalogDataKey(collections), projectCodeKey(process.cwd())]),
	};
}

/**
 * Markdown stories the story rules refused. Astro's glob loader only logs a render error and stores
 * the entry without HTML, so a bare `astro build` would publish the page without its story: stop it.
 */
function refusedStories(
	stories: { filePath?: string | undefined; rendered?: unknown }[],
): ContentProblem[] {
	return stories
		.filter((story) => story.filePath?.endsWith('.md') && story.rendered === undefined)
		.map((story) => ({
			file: story.filePath ?? '(story)',
			field: '(story)',
			...contentAdvice.storyRefused(),
		}));
}

/** Looks up items by slug; the catalogue has already checked every reference. */
export function bySlug<T extends { slug: string }>(items: T[]): Map<string, T> {
	return new Map(items.map((item) => [item.slug, item]));
}
