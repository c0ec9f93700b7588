import type { Coordinates } from '../schemas/shared';

/** How Google Maps should plan the route; the journey's own "getting there" text says more. */
export type TravelMode = 'driving' | 'walking';

/**
 * Google Maps documents up to 9 waypoints between the origin and the destination (3 in a phone's
 * browser; the app takes more), so one link holds at most 11 stops.
 */
export const maxWaypoints = 9;
const maxStopsPerLink = maxWaypoints + 2;

const point = (c: Coordinates) => `${c.lat},${c.lng}`;

/**
 * A plain link that opens a day's stops, in order, as one route in Google Maps (the app on a phone,
 * the website elsewhere): the first stop is the origin, the last the destination, the others
 * waypoints. Nothing is loaded from Google until the visitor follows it. A day of one stop opens
 * directions to it from where the visitor is.
 * @see https://developers.google.com/maps/documentation/urls/get-started#directions-action
 * @example dayRouteUrl([a, b, c]) // => 'https://www.google.com/maps/dir/?api=1&origin=…&destination=…&waypoints=…&travelmode=driving'
 */
export function dayRouteUrl(stops: readonly Coordinates[], mode: TravelMode = 'driving'): string {
	if (stops.length === 0) throw new Error('A route needs at least one stop.');
	if (stops.length > maxStopsPerLink) {
		throw new Error(`A route link holds at most ${maxStopsPerLink} stops, not ${stops.length}.`);
	}
	const params = new URLSearchParams({ api: '1' });
	if (stops.length > 1) params.set('origin', point(stops[0]!));
	params.set('destination', point(stops.at(-1)!));
	const between = stops.slice(1, -1);
	// URLSearchParams writes the "|" between waypoints as %7C, as the documentation asks.
	if (between.length > 0) params.set('waypoints', between.map(point).join('|'));
	params.set('travelmode', mode);
	return `https://www.google.com/maps/dir/?${params}`;
}

/**
 * A day's route as few links as Google Maps allows: one for up to 11 stops, else consecutive parts
 * that share the stop where one ends and the next begins, so no leg of the day is left out.
 * @example dayRouteUrls(twelveStops).length // => 2 (stops 1–11, then 11–12)
 */
export function dayRouteUrls(
	stops: readonly Coordinates[],
	mode: TravelMode = 'driving',
): string[] {
	const urls: string[] = [];
	for (let start = 0; ; start += maxStopsPerLink - 1) {
		urls.push(dayRouteUrl(stops.slice(start, start + maxStopsPerLink), mode));
		if (start + maxStopsPerLink >= stops.length) return urls;
	}
}
