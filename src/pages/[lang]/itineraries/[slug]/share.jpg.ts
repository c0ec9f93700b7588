import type { APIRoute } from 'astro';
import { getCatalog, type Itinerary } from '../../../../data/catalog';
import {
	drawShareImagesAhead,
	itineraryShareImage,
	itineraryShareKeys,
} from '../../../../data/share-images';
import type { Locale } from '../../../../i18n/locales';
import { itemParams } from '../../../../lib/static-paths';

/** Each journey's picture for social sites, titled in the page's language: /{lang}/itineraries/{slug}/share.jpg */
export async function getStaticPaths() {
	const catalog = await getCatalog();
	await drawShareImagesAhead(catalog);
	return itemParams(catalog.itineraries, await itineraryShareKeys(catalog.itineraries));
}

export const GET: APIRoute<{ locale: Locale; item: Itinerary }> = ({ props: { locale, item } }) =>
	itineraryShareImage(locale, item);
