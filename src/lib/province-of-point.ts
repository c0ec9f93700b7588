import type { Province } from '../schemas/province';
import type { Coordinates } from '../schemas/shared';
import { straightLineKm } from './distance';

/** Which provinces share a land border, by id: the relation is symmetric. */
export type Neighbours = Readonly<Record<string, readonly string[]>>;

/** The province whose capital is nearest to `point`, in a straight line. */
export function nearestCapital(
	point: Coordinates,
	provinces: readonly Pick<Province, 'id' | 'capital'>[],
): string {
	let nearest = provinces[0]!;
	for (const province of provinces)
		if (straightLineKm(point, province.capital) < straightLineKm(point, nearest.capital))
			nearest = province;
	return nearest.id;
}

/**
 * Whether `point` can lie in one of the `claimed` provinces, without their boundaries: the province
 * whose capital is nearest must be one of them or a neighbour of one. A point in a province is
 * nearly always nearer to its own capital or a neighbour's than to any farther one, while a typing
 * slip (a swapped or wrong digit) usually lands it provinces away. Returns the nearest capital's
 * province when the point cannot be there, undefined when it can.
 */
export function pointOutside(
	point: Coordinates,
	claimed: readonly string[],
	provinces: readonly Pick<Province, 'id' | 'capital'>[],
	neighbours: Neighbours,
): string | undefined {
	const nearest = nearestCapital(point, provinces);
	const near = claimed.some((id) => id === nearest || neighbours[id]?.includes(nearest));
	return near ? undefined : nearest;
}
