import type { APIRoute } from 'astro';
import { getCatalog, type Itinerary } from '../../../../data/catalog';
import { catalogItemParams } from '../../../../data/page-params';
import { locales, type Locale } from '../../../../i18n/locales';
import { storyFor } from '../../../../lib/catalog';
import { itineraryGpx } from '../../../../lib/gpx';
import { routes } from '../../../../lib/routes';

/** Each journey as a GPX file, names in the page's language: /{lang}/itineraries/{slug}/route.gpx */
export async function getStaticPaths() {
	return catalogItemParams((await getCatalog()).itineraries);
}

export const GET: APIRoute<{ locale: Locale; item: Itinerary }> = ({ props, site }) => {
	const { story, locale } = storyFor(props.item, props.locale);
	const gpx = itineraryGpx({
		name: story.data.title,
		description: story.data.summary,
		lang: locales[locale].lang,
		url: new URL(routes.itinerary(props.locale, props.item.slug), site).href,
		stops: props.item.facts.data.stops.map((stop) => ({
			name: story.data.stops[stop.id]!.name,
			description: story.data.stops[stop.id]!.activity,
			coordinates: stop.coordinates,
		})),
	});
	return new Response(gpx, { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } });
};
