import type { Locale } from '../../i18n/locales';
import type { Category } from '../../schemas/category';
import type { Province } from '../../schemas/province';
import type { ContentProblem, FieldPath } from '../content-problem';
import type { Neighbours } from '../province-of-point';
import type { Coordinates } from '../../schemas/shared';

/** The part of a content entry the catalogue reads; Astro's `CollectionEntry` objects fit it. */
export interface EntryLike<Data> {
	id: string;
	filePath?: string | undefined;
	data: Data;
	/** The line of a field of this entry in its file, when the reader knows it (the check does; Astro's loaders do not). */
	lineOf?: ((path: FieldPath) => number | undefined) | undefined;
}

/** The facts of a product the catalogue links: where it is from and what kind it is. */
export interface ProductFactsLike {
	province: string;
	category: string;
	location?: Coordinates | undefined;
}

/** A journey's stop: its id in the stories' `stops:`, and the product it shows, if any. */
export interface StopLike {
	id: string;
	product?: string | undefined;
	coordinates?: Coordinates | undefined;
}

export interface ItineraryFactsLike {
	provinces: string[];
	stops: StopLike[];
}

/** A journey's story: the text of each stop, under the stop's id. */
export interface ItineraryStoryLike {
	stops: Record<string, unknown>;
}

/**
 * The content collections, as read. `PF`/`PS` are the product facts and stories, `IF`/`IS` the
 * journey facts and stories: the site passes Astro's entries, the check its own readings.
 */
export interface CatalogInput<PF, PS, IF, IS> {
	/**
	 * Items whose facts exist but failed validation (reported already): references to them and their
	 * stories are not reported again. Empty in the build, which stops at the first invalid file.
	 */
	invalid?: { products: ReadonlySet<string>; itineraries: ReadonlySet<string> };
	provinces: EntryLike<Province>[];
	categories: EntryLike<Category>[];
	/** Which provinces share a land border; the country's own table when not given (tests give theirs). */
	neighbours?: Neighbours;
	products: PF[];
	productStories: PS[];
	itineraries: IF[];
	itineraryStories: IS[];
}

/** A product or a journey: its language-neutral facts and the stories that exist for it. */
export interface Item<Facts, Story> {
	slug: string;
	facts: Facts;
	stories: Partial<Record<Locale, Story>>;
}

export interface CatalogProduct<PF, PS> extends Item<PF, PS> {
	province: Province;
	category: Category;
	/** Slugs of the journeys that stop at this product, in catalogue order. */
	itinerarySlugs: string[];
}

export interface CatalogItinerary<IF, IS> extends Item<IF, IS> {
	provinces: Province[];
	/** Slugs of the products its stops show, in visiting order, without repeats. */
	productSlugs: string[];
}

/** Everything the pages need, linked both ways and checked. */
export interface Catalog<PF, PS, IF, IS> {
	provinces: Province[];
	categories: Category[];
	products: CatalogProduct<PF, PS>[];
	itineraries: CatalogItinerary<IF, IS>[];
}

export interface LinkResult<PF, PS, IF, IS> {
	catalog: Catalog<PF, PS, IF, IS>;
	/** Problems that must stop the build. */
	errors: ContentProblem[];
	/** Missing translations: the page falls back to the other language with a notice. */
	translationGaps: ContentProblem[];
}
