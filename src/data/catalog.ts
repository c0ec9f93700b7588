import { getCollection, type CollectionEntry } from 'astro:content';
import { linkCatalog, type Catalog, type CatalogItinerary, type CatalogProduct } from '../lib/catalog';
import { storySafetyProblems } from '../check/story-safety';
import { ContentError, formatProblem, type ContentProblem } from '../lib/content-problem';

export type Product = CatalogProduct<CollectionEntry<'products'>, CollectionEntry<'productStories'>>;
export type Itinerary = CatalogItinerary<CollectionEntry<'itineraries'>, CollectionEntry<'itineraryStories'>>;
export type SiteCatalog = Catalog<
	CollectionEntry<'products'>,
	CollectionEntry<'productStories'>,
	CollectionEntry<'itineraries'>,
	CollectionEntry<'itineraryStories'>
>;

let pending: Promise<SiteCatalog> | undefined;

/** The checked catalogue, loaded once per build and shared by every page. */
export function getCatalog(): Promise<SiteCatalog> {
	pending ??= loadCatalog();
	return pending;
}

async function loadCatalog(): Promise<SiteCatalog> {
	const [provinces, categories, products, productStories, itineraries, itineraryStories] = await Promise.all([
		getCollection('provinces'),
		getCollection('categories'),
		getCollection('products'),
		getCollection('productStories'),
		getCollection('itineraries'),
		getCollection('itineraryStories'),
	]);
	const { catalog, errors, translationGaps } = linkCatalog({ provinces, categories, products, productStories, itineraries, itineraryStories });
	// `npm run build` has run the full content check first; a direct `astro build` or `astro dev` has not.
	if (!process.env['KHONGDEE_CONTENT_CHECKED']) errors.push(...unsafeStories([...productStories, ...itineraryStories]));
	if (errors.length > 0) throw new ContentError(errors);
	for (const gap of translationGaps) console.warn(`[khong-dee] translation missing: ${formatProblem(gap)}`);
	return catalog;
}

/** Stories with raw HTML, components or imports that are not allowed: the build refuses them too. */
function unsafeStories(stories: { filePath?: string | undefined; body?: string | undefined }[]): ContentProblem[] {
	return stories.flatMap((story) =>
		storySafetyProblems(story.body ?? '', story.filePath?.endsWith('.mdx') ?? false).map((problem) => ({
			file: story.filePath ?? '(unknown file)',
			field: '(story)',
			what: problem.what,
			fix: problem.fix,
		})),
	);
}

/** Looks up items by slug; the catalogue has already checked every reference. */
export function bySlug<T extends { slug: string }>(items: T[]): Map<string, T> {
	return new Map(items.map((item) => [item.slug, item]));
}
