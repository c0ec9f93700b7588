import type { Coordinates } from '../../schemas/shared';
import { thailandMap, type MapData } from './maps';

/** A label's place beside its marker, in the map's viewBox. */
export interface MapLabel {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
}

/** One province on the country map: every one is a marker; those with stories carry a label. */
export interface CountryMarker<P> {
	x: number;
	y: number;
	province: P;
	label?: MapLabel;
}

export interface CountryMap<P> extends Omit<MapData<P>, 'markers' | 'route'> {
	markers: CountryMarker<P>[];
}

/** The radius of a province's dot in the viewBox: larger for a province with stories. */
export const markerRadius = { story: 6, other: 2.5 };

/** Label sizes in the viewBox, matched to ThailandMap.astro's CSS (11px bold labels). */
const labelSize = { fontPx: 11, gap: 9 };

/**
 * A label's width in the viewBox, guessed from its characters: Thai vowel and tone marks that sit
 * above or below a letter take no width of their own.
 */
export function labelWidth(text: string): number {
	const spacing = text.replace(/[\u0331\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '');
	return spacing.length * labelSize.fontPx * 0.62;
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where a label could go around its marker, best first: right, left, above, below. */
function candidates(x: number, y: number, width: number): (MapLabel & { box: Box })[] {
	const { fontPx: h, gap } = labelSize;
	const baseline = (top: number) => top + h * 0.8;
	const boxAt = (left: number, top: number): Box => ({
		left,
		top,
		right: left + width,
		bottom: top + h,
	});
	return [
		{ x: x + gap, y: baseline(y - h / 2), anchor: 'start', box: boxAt(x + gap, y - h / 2) },
		{ x: x - gap, y: baseline(y - h / 2), anchor: 'end', box: boxAt(x - gap - width, y - h / 2) },
		{ x, y: baseline(y - gap - h), anchor: 'middle', box: boxAt(x - width / 2, y - gap - h) },
		{ x, y: baseline(y + gap), anchor: 'middle', box: boxAt(x - width / 2, y + gap) },
	];
}

/**
 * Places one label per labelled marker: the first place around it that stays inside the map and
 * clear of the labels and dots placed so far (`dots`: the other, unlabelled markers); if there is
 * none, the first inside the map.
 */
export function placeLabels(
	points: { x: number; y: number; text: string }[],
	frame: { width: number; height: number },
	dots: { x: number; y: number }[] = [],
): MapLabel[] {
	const around = (r: number) => (p: { x: number; y: number }) => ({
		left: p.x - r,
		top: p.y - r,
		right: p.x + r,
		bottom: p.y + r,
	});
	const taken: Box[] = [
		...points.map(around(markerRadius.story)),
		...dots.map(around(markerRadius.other)),
	];
	return points.map(({ x, y, text }) => {
		const options = candidates(x, y, labelWidth(text)).filter(
			({ box }) =>
				box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height,
		);
		const chosen =
			options.find(({ box }) => !taken.some((t) => overlaps(t, box))) ??
			options[0] ??
			candidates(x, y, 0)[0]!;
		taken.push(chosen.box);
		return { x: chosen.x, y: chosen.y, anchor: chosen.anchor };
	});
}

/**
 * Thailand with a marker at every province's capital (no open, well-kept package of province
 * outlines was found, so markers stand for the provinces), labelled in `nameOf` when the province
 * has stories. Labels are placed in the order of `provinces`, after every marker is known.
 */
export function countryMap<P extends { id: string; capital: Coordinates }>(
	provinces: readonly P[],
	labelled: ReadonlySet<string>,
	nameOf: (province: P) => string,
	width = 300,
): CountryMap<P> {
	const map = thailandMap(
		provinces.map((province) => ({ province, coordinates: province.capital })),
		width,
	);
	const withLabels = map.markers.filter((m) => labelled.has(m.item.province.id));
	const labels = placeLabels(
		withLabels.map((m) => ({ x: m.x, y: m.y, text: nameOf(m.item.province) })),
		map,
		map.markers.filter((m) => !labelled.has(m.item.province.id)),
	);
	const labelOf = new Map(withLabels.map((m, i) => [m.item.province.id, labels[i]!]));
	return {
		width: map.width,
		height: map.height,
		land: map.land,
		neighbours: map.neighbours,
		markers: map.markers.map(({ x, y, item: { province } }) => {
			const label = labelOf.get(province.id);
			return label ? { x, y, province, label } : { x, y, province };
		}),
	};
}
