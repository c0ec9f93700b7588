import { createLinkContext } from './link-context';
import { linkItineraries } from './link-itineraries';
import { linkProducts } from './link-products';
import { mapPointProblems } from './map-points';
import { geographicalIndicationProblems, signatureProductProblems } from './province-references';
import { groupStories } from './stories';
import type {
	CatalogInput,
	CatalogItinerary,
	CatalogProduct,
	EntryLike,
	ItineraryFactsLike,
	ItineraryStoryLike,
	LinkResult,
	ProductFactsLike,
} from './types';

/**
 * Links products, journeys and provinces, and reports every broken reference at once.
 * Astro's `reference()` does not check that the target exists, so this does, naming file, field and value.
 */
export function linkCatalog<
	PF extends EntryLike<ProductFactsLike>,
	PS extends EntryLike<unknown>,
	IF extends EntryLike<ItineraryFactsLike>,
	IS extends EntryLike<ItineraryStoryLike>,
>(input: CatalogInput<PF, PS, IF, IS>, root = 'content'): LinkResult<PF, PS, IF, IS> {
	const context = createLinkContext(input, root);
	const { errors, translationGaps } = context;
	const invalidItineraries = input.invalid?.itineraries ?? new Set<string>();
	const productStories = groupStories(
		input.productStories,
		context.productIds,
		context.invalidProducts,
		`${root}/products`,
		errors,
	);
	const itineraryStories = groupStories(
		input.itineraryStories,
		new Set(input.itineraries.map((i) => i.id)),
		invalidItineraries,
		`${root}/itineraries`,
		errors,
	);
	const products = linkProducts(input.products, productStories, context);
	const itineraries = linkItineraries(input.itineraries, itineraryStories, context);
	const productsBySlug = new Map(products.map((p) => [p.slug, p]));
	recordJourneysOfProducts(productsBySlug, itineraries);
	errors.push(
		...signatureProductProblems(input.provinces, productsBySlug, context),
		...geographicalIndicationProblems(input.provinces, productsBySlug, context),
		...mapPointProblems(input.products, input.itineraries, context),
	);
	return {
		catalog: {
			provinces: [...context.provinces.values()],
			categories: [...context.categories.values()],
			products,
			itineraries,
		},
		errors,
		translationGaps,
	};
}

/** The link back: each product learns the journeys that stop at it, in catalogue order. */
function recordJourneysOfProducts(
	productsBySlug: ReadonlyMap<string, CatalogProduct<unknown, unknown>>,
	itineraries: readonly CatalogItinerary<unknown, unknown>[],
): void {
	for (const itinerary of itineraries) {
		for (const slug of itinerary.productSlugs)
			productsBySlug.get(slug)?.itinerarySlugs.push(itinerary.slug);
	}
}
