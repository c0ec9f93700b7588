import type { Coordinates } from '../schemas/shared';

/** A link that opens the point on OpenStreetMap (a link only: nothing is loaded from it). */
export function openStreetMapUrl(point: Coordinates, zoom = 16): string {
	return `https://www.openstreetmap.org/?mlat=${point.lat}&mlon=${point.lng}#map=${zoom}/${point.lat}/${point.lng}`;
}
