import type { APIRoute } from 'astro';
import { getCatalog, type Itinerary } from '../../../../data/catalog';
import { shareImageResponse } from '../../../../data/share-images';
import type { Locale } from '../../../../i18n/locales';
import { storyFor } from '../../../../lib/catalog';
import { itemParams } from '../../../../lib/static-paths';

/** Each journey's picture for social sites, titled in the page's language: /{lang}/itineraries/{slug}/share.jpg */
export async function getStaticPaths() {
	return itemParams((await getCatalog()).itineraries);
}

export const GET: APIRoute<{ locale: Locale; item: Itinerary }> = ({ props: { locale, item } }) =>
	shareImageResponse(locale, item.facts, (code) => {
		const { story, locale: storyLocale } = storyFor(item, code);
		return {
			title: story.data.title,
			storyLocale,
			places: item.provinces.map((province) => province.name[code]),
		};
	});
