import type { Translate } from '../i18n/translations';
import type { Coordinates } from '../schemas/shared';
import { roundDistance } from './distance';
import { hoursAndMinutes } from './itinerary-days';
import { dayRouteUrls } from './route-links';

/**
 * A day's time on site in words: "about 4 h 30 min on site".
 * @example timeOnSite(t, 270) // => 'about 4 h 30 min on site'
 */
export function timeOnSite(t: Translate, minutes: number): string {
	const { hours, minutes: rest } = hoursAndMinutes(minutes);
	const time =
		hours === 0
			? t('itinerary.minutes', { n: rest })
			: rest === 0
				? t('itinerary.hours', { h: hours })
				: t('itinerary.hoursMinutes', { h: hours, m: rest });
	return t('itinerary.onSite', { time });
}

/**
 * The distance from the previous stop, always said to be a straight line: the site knows no roads,
 * so it never claims a road distance or time.
 * @example straightLine(t, 12.3) // => 'about 12 km from the previous stop in a straight line'
 */
export function straightLine(t: Translate, km: number): string {
	const { value, unit } = roundDistance(km);
	return t(unit === 'km' ? 'itinerary.straightLineKm' : 'itinerary.straightLineM', { n: value });
}

/** The links that open a day as a route in Google Maps, each with the words it is shown with. */
export function dayRouteLinks(
	t: Translate,
	day: number,
	stops: readonly Coordinates[],
): { href: string; label: string }[] {
	const urls = dayRouteUrls(stops);
	return urls.map((href, i) => ({
		href,
		label:
			urls.length === 1
				? t('itinerary.openDay', { n: day })
				: t('itinerary.openDayPart', { n: day, part: i + 1, parts: urls.length }),
	}));
}
