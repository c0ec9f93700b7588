import type { Coordinates } from '../schemas/shared';
import { straightLineKm } from './distance';

/**
 * A distance as a reader wants it: to 5 km under 100 km, to 10 km beyond, and never 0 (two
 * capitals are never in the same place). Capitals are points, so more precision would be false.
 */
export function roundedKm(km: number): number {
	const step = km < 100 ? 5 : 10;
	return Math.max(step, Math.round(km / step) * step);
}

/** What a province offers a visitor on the site. */
export interface ProvinceOffer {
	stories: number;
	journeys: number;
}

/**
 * How many stories and journeys each province has, by province id; a journey counts for every
 * province it passes through. Provinces with neither are absent.
 */
export function offersByProvince(
	products: readonly { province: { id: string } }[],
	itineraries: readonly { provinces: readonly { id: string }[] }[],
): Map<string, ProvinceOffer> {
	const offers = new Map<string, ProvinceOffer>();
	const offerOf = (id: string) => {
		let offer = offers.get(id);
		if (!offer) offers.set(id, (offer = { stories: 0, journeys: 0 }));
		return offer;
	};
	for (const product of products) offerOf(product.province.id).stories++;
	for (const itinerary of itineraries)
		for (const id of new Set(itinerary.provinces.map((p) => p.id))) offerOf(id).journeys++;
	return offers;
}

/** A province with something to read, and how far its capital is from the one asked about. */
export interface NearbyProvince<P> extends ProvinceOffer {
	province: P;
	/** Straight line between the two capitals, rounded (see `roundedKm`). */
	km: number;
}

/**
 * The provinces nearest to `from` (by straight line between capitals) that have stories or
 * journeys, nearest first, `from` itself left out: where to go instead, or as well.
 */
export function nearbyProvinces<P extends { id: string; capital: Coordinates }>(
	from: P,
	provinces: readonly P[],
	offers: ReadonlyMap<string, ProvinceOffer>,
	limit = 3,
): NearbyProvince<P>[] {
	return provinces
		.filter((p) => p.id !== from.id && offers.has(p.id))
		.map((province) => ({
			province,
			exactKm: straightLineKm(from.capital, province.capital),
			...offers.get(province.id)!,
		}))
		.sort((a, b) => a.exactKm - b.exactKm)
		.slice(0, limit)
		.map(({ exactKm, ...nearby }) => ({ ...nearby, km: roundedKm(exactKm) }));
}
