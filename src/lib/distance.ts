import type { Coordinates } from '../schemas/shared';

/** The Earth's mean radius (IUGG), in kilometres. */
const earthRadiusKm = 6371.0088;

/**
 * The great-circle ("as the crow flies") distance between two points, in kilometres, by the
 * haversine formula. Never a road distance: pages that show it say so.
 * @example straightLineKm({ lat: 18.7763, lng: 100.7708 }, { lat: 19.0887, lng: 100.7861 }) // => ≈ 34.8
 */
export function straightLineKm(a: Coordinates, b: Coordinates): number {
	const rad = (degrees: number) => (degrees * Math.PI) / 180;
	const dLat = rad(b.lat - a.lat);
	const dLng = rad(b.lng - a.lng);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
	return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A short distance as a reader wants it: metres or kilometres, and no more precise than it is. */
export interface RoundedDistance {
	value: number;
	unit: 'm' | 'km';
}

/**
 * Rounds a distance between two stops: to 100 m under 1 km (never 0), to 0.5 km under 10 km,
 * to the kilometre beyond. Stops are points on a map, so more precision would be false.
 * @example roundDistance(0.26) // => { value: 300, unit: 'm' }
 * @example roundDistance(34.8) // => { value: 35, unit: 'km' }
 */
export function roundDistance(km: number): RoundedDistance {
	if (km < 0.95) return { value: Math.max(100, Math.round(km * 10) * 100), unit: 'm' };
	if (km < 10) return { value: Math.round(km * 2) / 2, unit: 'km' };
	return { value: Math.round(km), unit: 'km' };
}
