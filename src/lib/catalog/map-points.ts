import { pointOutsideProvinces } from '../../editor-messages/catalog';
import type { ContentProblem } from '../content-problem';
import { pointOutside } from '../province-of-point';
import type { Coordinates } from '../../schemas/shared';
import { fieldProblem, fileOf, type LinkContext } from './link-context';
import type { EntryLike, ItineraryFactsLike, ProductFactsLike } from './types';

/**
 * Map points must lie in the provinces they are said to be in: a product's `location` in its
 * province, a journey's stops in the journey's provinces (see `pointOutside` for how, without
 * boundaries). Unknown provinces are reported elsewhere and left out here.
 */
export function mapPointProblems(
	products: readonly EntryLike<ProductFactsLike>[],
	itineraries: readonly EntryLike<ItineraryFactsLike>[],
	context: LinkContext,
): ContentProblem[] {
	const { root, provinces, neighbours } = context;
	const all = [...provinces.values()];
	const check = (
		entry: EntryLike<unknown>,
		file: string,
		point: Coordinates | undefined,
		claimedIds: readonly string[],
		path: (string | number)[],
	): ContentProblem[] => {
		const claimed = claimedIds.flatMap((id) => provinces.get(id) ?? []);
		if (!point || claimed.length === 0) return [];
		const nearest = pointOutside(
			point,
			claimed.map((p) => p.id),
			all,
			neighbours,
		);
		if (!nearest) return [];
		const advice = pointOutsideProvinces(
			provinces.get(nearest)!.name,
			claimed.map((p) => p.name),
		);
		return [fieldProblem(entry, file, path, advice)];
	};
	return [
		...products.flatMap((entry) =>
			check(
				entry,
				fileOf(entry, `${root}/products/${entry.id}/facts.yaml`),
				entry.data.location,
				[entry.data.province],
				['location'],
			),
		),
		...itineraries.flatMap((entry) =>
			entry.data.stops.flatMap((stop, index) =>
				check(
					entry,
					fileOf(entry, `${root}/itineraries/${entry.id}/facts.yaml`),
					stop.coordinates,
					entry.data.provinces,
					['stops', index, 'coordinates'],
				),
			),
		),
	];
}
