import { localeCodes, type Locale } from '../i18n/locales';
import type { Category } from '../schemas/category';
import type { Province } from '../schemas/province';
import type { Region } from '../schemas/region';
import type { ContentProblem } from './content-problem';
import {
	noStory,
	signatureOfOtherProvince,
	stopTextMissing,
	stopTextUnknown,
	storyWithoutFacts,
	translationMissing,
	unknownReference,
	unknownSignatureProduct,
} from './problems';

/** The part of a content entry this module reads; Astro's `CollectionEntry` objects fit it. */
export interface EntryLike<Data> {
	id: string;
	filePath?: string | undefined;
	data: Data;
}

interface ProductFactsLike {
	province: string;
	category: string;
}
interface StopLike {
	id: string;
	product?: string | undefined;
}
interface ItineraryFactsLike {
	provinces: string[];
	stops: StopLike[];
}
interface ItineraryStoryLike {
	stops: Record<string, unknown>;
}

export interface CatalogInput<PF, PS, IF, IS> {
	/**
	 * Items whose facts exist but failed validation (reported already): references to them and their
	 * stories are not reported again. Empty in the build, which stops at the first invalid file.
	 */
	invalid?: { products: ReadonlySet<string>; itineraries: ReadonlySet<string> };
	provinces: EntryLike<Province>[];
	categories: EntryLike<Category>[];
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

const byTitle = new Intl.Collator(['th', 'en']);

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
	const errors: ContentProblem[] = [];
	const translationGaps: ContentProblem[] = [];
	const provinces = new Map(input.provinces.map((p) => [p.id, p.data]));
	const categories = new Map(input.categories.map((c) => [c.id, c.data]));
	const invalidProducts = input.invalid?.products ?? new Set<string>();
	const invalidItineraries = input.invalid?.itineraries ?? new Set<string>();
	const productIds = new Set(input.products.map((p) => p.id));
	const fileOf = (entry: EntryLike<unknown>, fallback: string) => entry.filePath ?? fallback;

	const productStories = groupStories(
		input.productStories,
		productIds,
		invalidProducts,
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

	const products: CatalogProduct<PF, PS>[] = [];
	for (const entry of input.products) {
		const file = fileOf(entry, `${root}/products/${entry.id}/facts.yaml`);
		const province = provinces.get(entry.data.province);
		const category = categories.get(entry.data.category);
		if (!province)
			errors.push({
				file,
				field: 'province',
				...unknownReference('province', entry.data.province, [...provinces.keys()]),
			});
		if (!category)
			errors.push({
				file,
				field: 'category',
				...unknownReference('category', entry.data.category, [...categories.keys()]),
			});
		const stories = productStories.get(entry.id) ?? {};
		checkStoriesExist(stories, `${root}/products/${entry.id}`, errors, translationGaps);
		if (province && category) {
			products.push({
				slug: entry.id,
				facts: entry,
				stories,
				province,
				category,
				itinerarySlugs: [],
			});
		}
	}
	const productsBySlug = new Map(products.map((p) => [p.slug, p]));

	const itineraries: CatalogItinerary<IF, IS>[] = [];
	for (const entry of input.itineraries) {
		const file = fileOf(entry, `${root}/itineraries/${entry.id}/facts.yaml`);
		const stories = itineraryStories.get(entry.id) ?? {};
		checkStoriesExist(stories, `${root}/itineraries/${entry.id}`, errors, translationGaps);
		const itineraryProvinces: Province[] = [];
		entry.data.provinces.forEach((slug, index) => {
			const province = provinces.get(slug);
			if (province) itineraryProvinces.push(province);
			else
				errors.push({
					file,
					field: `provinces.${index}`,
					...unknownReference('province', slug, [...provinces.keys()]),
				});
		});
		const productSlugs: string[] = [];
		entry.data.stops.forEach((stop, index) => {
			if (stop.product === undefined) return;
			if (invalidProducts.has(stop.product)) return;
			if (!productIds.has(stop.product)) {
				errors.push({
					file,
					field: `stops.${index}.product`,
					...unknownReference('product', stop.product, [...productIds]),
				});
			} else if (!productSlugs.includes(stop.product)) {
				productSlugs.push(stop.product);
			}
		});
		for (const [locale, story] of Object.entries(stories) as [Locale, IS][]) {
			checkStopTexts(
				entry.data.stops,
				story,
				fileOf(story, `${root}/itineraries/${entry.id}/${locale}.md`),
				errors,
			);
		}
		itineraries.push({
			slug: entry.id,
			facts: entry,
			stories,
			provinces: itineraryProvinces,
			productSlugs,
		});
	}

	for (const itinerary of itineraries) {
		for (const slug of itinerary.productSlugs)
			productsBySlug.get(slug)?.itinerarySlugs.push(itinerary.slug);
	}

	for (const province of input.provinces) {
		province.data.signatureProducts?.forEach((entry, index) => {
			if (typeof entry !== 'string') return;
			const product = productsBySlug.get(entry);
			if (
				product?.province.id === province.id ||
				invalidProducts.has(entry) ||
				(productIds.has(entry) && !product)
			)
				return;
			errors.push({
				file: province.filePath ?? `${root}/provinces.yaml`,
				field: `${province.id}.signatureProducts.${index}`,
				...(product
					? signatureOfOtherProvince(entry, product.province.name, province.data.name)
					: unknownSignatureProduct(entry, [...productIds])),
			});
		});
	}

	return {
		catalog: {
			provinces: [...provinces.values()],
			categories: [...categories.values()],
			products,
			itineraries,
		},
		errors,
		translationGaps,
	};
}

/** Sorts stories under their item's slug by language; a story with no facts file beside it is an error. */
function groupStories<S extends EntryLike<unknown>>(
	stories: S[],
	itemIds: Set<string>,
	invalidIds: ReadonlySet<string>,
	folder: string,
	errors: ContentProblem[],
): Map<string, Partial<Record<Locale, S>>> {
	const grouped = new Map<string, Partial<Record<Locale, S>>>();
	for (const story of stories) {
		const [slug = '', locale] = story.id.split('/');
		if (invalidIds.has(slug)) continue;
		if (!itemIds.has(slug)) {
			errors.push({
				file: story.filePath ?? `${folder}/${story.id}.md`,
				field: '(file)',
				...storyWithoutFacts(`${folder}/${slug}`),
			});
			continue;
		}
		if (locale === 'th' || locale === 'en')
			grouped.set(slug, { ...grouped.get(slug), [locale]: story });
	}
	return grouped;
}

function checkStoriesExist(
	stories: Partial<Record<Locale, unknown>>,
	folder: string,
	errors: ContentProblem[],
	gaps: ContentProblem[],
): void {
	const missing = localeCodes.filter((locale) => !stories[locale]);
	if (missing.length === localeCodes.length) {
		errors.push({ file: `${folder}/th.md`, field: '(file)', ...noStory(folder) });
		return;
	}
	for (const locale of missing)
		gaps.push({ file: `${folder}/${locale}.md`, field: '(file)', ...translationMissing(locale) });
}

function checkStopTexts(
	stops: StopLike[],
	story: EntryLike<ItineraryStoryLike>,
	file: string,
	errors: ContentProblem[],
): void {
	const ids = new Set(stops.map((s) => s.id));
	for (const stop of stops) {
		if (!Object.hasOwn(story.data.stops, stop.id))
			errors.push({ file, field: `stops.${stop.id}`, ...stopTextMissing(stop.id) });
	}
	for (const key of Object.keys(story.data.stops)) {
		if (!ids.has(key))
			errors.push({ file, field: `stops.${key}`, ...stopTextUnknown(key, [...ids]) });
	}
}

/** Provinces grouped by region, each group sorted by name in the given language. */
export function provincesByRegion(
	provinces: Province[],
	regionOrder: readonly Region[],
	locale: Locale,
): { region: Region; provinces: Province[] }[] {
	return regionOrder.map((region) => ({
		region,
		provinces: provinces
			.filter((p) => p.region === region)
			.sort((a, b) => byTitle.compare(a.name[locale], b.name[locale])),
	}));
}

/**
 * The story to show on a page in `locale`: its own, or the other language's with `isFallback` set.
 * @example storyFor(product, 'en') // => { story: enEntry, locale: 'en', isFallback: false }
 */
export function storyFor<S>(
	item: Item<unknown, S>,
	locale: Locale,
): { story: S; locale: Locale; isFallback: boolean } {
	const own = item.stories[locale];
	if (own) return { story: own, locale, isFallback: false };
	const [other] = localeCodes.filter((l) => l !== locale && item.stories[l]);
	const story = other ? item.stories[other] : undefined;
	if (!other || !story) throw new Error(`"${item.slug}" has no story in any language.`);
	return { story, locale: other, isFallback: true };
}

/**
 * Items grouped under their province, provinces in region order and then by name, for list pages.
 * @example groupByProvince(products, (p) => p.province, regions, 'en') // => [{ province: Nan, items: [...] }, …]
 */
export function groupByProvince<T>(
	items: T[],
	provinceOf: (item: T) => Province,
	regionOrder: readonly Region[],
	locale: Locale,
): { province: Province; items: T[] }[] {
	const groups = new Map<string, { province: Province; items: T[] }>();
	for (const item of items) {
		const province = provinceOf(item);
		const group = groups.get(province.id) ?? { province, items: [] };
		group.items.push(item);
		groups.set(province.id, group);
	}
	const rank = (p: Province) => regionOrder.indexOf(p.region);
	return [...groups.values()].sort(
		(a, b) =>
			rank(a.province) - rank(b.province) ||
			byTitle.compare(a.province.name[locale], b.province.name[locale]),
	);
}

/**
 * A province's products for its page: the signature products first, in the ministry's order, then
 * any other story from the province; and the signature products that have no story yet.
 */
export function provinceProducts<P extends { slug: string; province: Province }>(
	province: Province,
	products: readonly P[],
): { products: P[]; signatureSlugs: string[]; unwritten: { th: string; en: string }[] } {
	const signature = province.signatureProducts ?? [];
	const signatureSlugs = signature.filter((entry): entry is string => typeof entry === 'string');
	const unwritten = signature.filter(
		(entry): entry is { th: string; en: string } => typeof entry !== 'string',
	);
	const rank = (slug: string) =>
		signatureSlugs.includes(slug) ? signatureSlugs.indexOf(slug) : signatureSlugs.length;
	return {
		products: products
			.filter((p) => p.province.id === province.id)
			.sort((a, b) => rank(a.slug) - rank(b.slug)),
		signatureSlugs,
		unwritten,
	};
}
