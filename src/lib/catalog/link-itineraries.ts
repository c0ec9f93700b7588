import type { Locale } from '../../i18n/locales';
import type { Province } from '../../schemas/province';
import type { ContentProblem } from '../content-problem';
import { stopTextMissing, stopTextUnknown, unknownReference } from '../problems';
import { fileOf, type LinkContext } from './link-context';
import { checkStoriesExist, type StoriesByLocale } from './stories';
import type {
	CatalogItinerary,
	EntryLike,
	ItineraryFactsLike,
	ItineraryStoryLike,
	StopLike,
} from './types';

/**
 * Each journey with its provinces, the products its stops show and its stories, reporting unknown
 * provinces and products and stories whose stop texts do not match the stops.
 */
export function linkItineraries<
	IF extends EntryLike<ItineraryFactsLike>,
	IS extends EntryLike<ItineraryStoryLike>,
>(
	entries: readonly IF[],
	storiesBySlug: ReadonlyMap<string, StoriesByLocale<IS>>,
	context: LinkContext,
): CatalogItinerary<IF, IS>[] {
	const { root, errors } = context;
	return entries.map((entry) => {
		const folder = `${root}/itineraries/${entry.id}`;
		const file = fileOf(entry, `${folder}/facts.yaml`);
		const stories = storiesBySlug.get(entry.id) ?? {};
		checkStoriesExist(stories, folder, errors, context.translationGaps);
		const provinces = journeyProvinces(entry.data.provinces, file, context);
		const productSlugs = visitedProducts(entry.data.stops, file, context);
		for (const [locale, story] of Object.entries(stories) as [Locale, IS][]) {
			const storyFile = fileOf(story, `${folder}/${locale}.md`);
			errors.push(...stopTextProblems(entry.data.stops, story, storyFile));
		}
		return { slug: entry.id, facts: entry, stories, provinces, productSlugs };
	});
}

/** The journey's provinces, in its order; an unknown one is reported and left out. */
function journeyProvinces(
	slugs: readonly string[],
	file: string,
	context: LinkContext,
): Province[] {
	const { provinces, errors } = context;
	return slugs.flatMap((slug, index) => {
		const province = provinces.get(slug);
		if (province) return [province];
		errors.push({
			file,
			field: `provinces.${index}`,
			...unknownReference('province', slug, [...provinces.keys()]),
		});
		return [];
	});
}

/** Slugs of the products the stops show, in visiting order, without repeats; unknown ones reported. */
function visitedProducts(stops: readonly StopLike[], file: string, context: LinkContext): string[] {
	const { productIds, invalidProducts, errors } = context;
	const slugs: string[] = [];
	stops.forEach((stop, index) => {
		if (stop.product === undefined || invalidProducts.has(stop.product)) return;
		if (!productIds.has(stop.product))
			errors.push({
				file,
				field: `stops.${index}.product`,
				...unknownReference('product', stop.product, [...productIds]),
			});
		else if (!slugs.includes(stop.product)) slugs.push(stop.product);
	});
	return slugs;
}

/** A journey story must give each stop of the facts its text, and no text for a stop that is not there. */
export function stopTextProblems(
	stops: readonly StopLike[],
	story: EntryLike<ItineraryStoryLike>,
	file: string,
): ContentProblem[] {
	const ids = new Set(stops.map((s) => s.id));
	const missing = stops
		.filter((stop) => !Object.hasOwn(story.data.stops, stop.id))
		.map((stop) => ({ file, field: `stops.${stop.id}`, ...stopTextMissing(stop.id) }));
	const unknown = Object.keys(story.data.stops)
		.filter((key) => !ids.has(key))
		.map((key) => ({ file, field: `stops.${key}`, ...stopTextUnknown(key, [...ids]) }));
	return [...missing, ...unknown];
}
