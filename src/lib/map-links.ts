import type { Coordinates } from '../schemas/shared';

/** A link that opens the point in Google Maps (a link only). */
export function googleMapsUrl(point: Coordinates): string {
	return `https://www.google.com/maps/search/?api=1&query=${point.lat},${point.lng}`;
}

/**
 * A link that opens the point on OpenStreetMap (a link only: nothing is loaded from it). An approximate
 * point opens zoomed out, so the reader sees the area around it.
 */
export function openStreetMapUrl(point: Coordinates, approximate = false): string {
	const zoom = approximate ? 13 : 16;
	return `https://www.openstreetmap.org/?mlat=${point.lat}&mlon=${point.lng}#map=${zoom}/${point.lat}/${point.lng}`;
}
