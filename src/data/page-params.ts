import type { Locale } from '../i18n/locales';
import { storyFor } from '../lib/catalog';
import { storyPageKey, type KeyedStory } from '../lib/page-keys';
import { itemParams, localeParams } from '../lib/static-paths';
import { getSiteKey, type Itinerary, type Product } from './catalog';

/**
 * `getStaticPaths` of the pages that show the catalogue, each keyed for Astro's incremental build
 * by what it shows (src/lib/page-keys.ts): such a page is rendered only when that changed, or
 * the code.
 */

/** A page per language that shows the catalogue's data (home, lists, search). */
export async function catalogLocaleParams() {
	return localeParams(await getSiteKey());
}

/** A page per item per language that shows the catalogue's data and no story (a province, a GPX file). */
export async function catalogItemParams<T extends { slug: string }>(items: readonly T[]) {
	const key = await getSiteKey();
	return itemParams(items, () => key);
}

/** A product's or journey's page per language: the catalogue's data and the story it shows. */
export async function storyItemParams<T extends Product | Itinerary>(items: readonly T[]) {
	const key = await getSiteKey();
	return itemParams(items, (item: T, locale: Locale) =>
		storyPageKey(key, storyFor<KeyedStory>(item, locale).story),
	);
}
