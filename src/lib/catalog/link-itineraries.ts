import type { Locale } from '../../i18n/locales';
import type { Province } from '../../schemas/province';
import type { ContentProblem } from '../content-problem';
import { stopTextMissing, stopTextUnknown, unknownReference } from '../../editor-messages/catalog';
import { fieldProblem, fileOf, type LinkContext } from './link-context';
import { checkStoriesExist, type StoriesByLocale } from './stories';
import { storyFileName } from '../story-files';
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
		const provinces = journeyProvinces(entry, file, context);
		const productSlugs = visitedProducts(entry, file, context);
		for (const [locale, story] of Object.entries(stories) as [Locale, IS][]) {
			const storyFile = fileOf(story, `${folder}/${storyFileName(locale)}`);
			errors.push(...stopTextProblems(entry.data.stops, story, storyFile));
		}
		return { slug: entry.id, facts: entry, stories, provinces, productSlugs };
	});
}

/** The journey's provinces, in its order; an unknown one is reported and left out. */
function journeyProvinces(
	entry: EntryLike<ItineraryFactsLike>,
	file: string,
	context: LinkContext,
): Province[] {
	const { provinces, errors } = context;
	return entry.data.provinces.flatMap((slug, index) => {
		const province = provinces.get(slug);
		if (province) return [province];
		const advice = unknownReference('province', slug, [...provinces.keys()]);
		errors.push(fieldProblem(entry, file, ['provinces', index], advice));
		return [];
	});
}

/** Slugs of the products the stops show, in visiting order, without repeats; unknown ones reported. */
function visitedProducts(
	entry: EntryLike<ItineraryFactsLike>,
	file: string,
	context: LinkContext,
): string[] {
	const { productIds, invalidProducts, errors } = context;
	const slugs: string[] = [];
	entry.data.stops.forEach((stop, index) => {
		if (stop.product === undefined || invalidProducts.has(stop.product)) return;
		if (!productIds.has(stop.product)) {
			const advice = unknownReference('product', stop.product, [...productIds]);
			errors.push(fieldProblem(entry, file, ['stops', index, 'product'], advice));
		} else if (!slugs.includes(stop.product)) slugs.push(stop.product);
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
		.map((stop) => fieldProblem(story, file, ['stops', stop.id], stopTextMissing(stop.id)));
	const unknown = Object.keys(story.data.stops)
		.filter((key) => !ids.has(key))
		.map((key) => fieldProblem(story, file, ['stops', key], stopTextUnknown(key, [...ids])));
	return [...missing, ...unknown];
}
