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

/** The box a label takes in the viewBox, from where it is written and how it is anchored. */
export function labelBox(label: MapLabel, text: string): Box {
	const width = labelWidth(text);
	const left =
		label.anchor === 'start'
			? label.x
			: label.anchor === 'end'
				? label.x - width
				: label.x - width / 2;
	const top = label.y - labelSize.fontPx * 0.8;
	return { left, top, right: left + width, bottom: top + labelSize.fontPx };
}

/**
 * Where a label could go around its marker, best first: right, left, above, below, then the four
 * corners, then the same a little farther out (for a crowd of labelled provinces, as in the north-east).
 */
function candidates(x: number, y: number, width: number): (MapLabel & { box: Box })[] {
	const { fontPx: h, gap } = labelSize;
	const corner = gap * 0.7;
	const place = (anchor: MapLabel['anchor'], lx: number, top: number) => {
		const left = anchor === 'start' ? lx : anchor === 'end' ? lx - width : lx - width / 2;
		return {
			x: lx,
			y: top + h * 0.8,
			anchor,
			box: { left, top, right: left + width, bottom: top + h },
		};
	};
	return [
		place('start', x + gap, y - h / 2),
		place('end', x - gap, y - h / 2),
		place('middle', x, y - gap - h),
		place('middle', x, y + gap),
		place('start', x + corner, y - corner - h),
		place('end', x - corner, y - corner - h),
		place('start', x + corner, y + corner),
		place('end', x - corner, y + corner),
		place('start', x + 2 * gap, y - h / 2),
		place('end', x - 2 * gap, y - h / 2),
		place('middle', x, y - 2 * gap - h),
		place('middle', x, y + 2 * gap),
		place('start', x + 2 * corner, y - 2 * corner - h),
		place('end', x - 2 * corner, y - 2 * corner - h),
		place('start', x + 2 * corner, y + 2 * corner),
		place('end', x - 2 * corner, y + 2 * corner),
	];
}

/** How much two boxes overlap, in square units of the viewBox. */
const overlapArea = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
	Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Places one label per labelled marker: the first place around it that stays inside the map and
 * clear of the labels, the labelled markers and the dots placed so far (`dots`: the other,
 * unlabelled markers). When every place touches something, the one that covers least wins, a
 * label or a labelled marker counting far more than a small dot. Returned in the order of `points`.
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
	const heavy: Box[] = points.map(around(markerRadius.story));
	const light: Box[] = dots.map(around(markerRadius.other));
	const inFrame = ({ box }: { box: Box }) =>
		box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;
	const cost = (box: Box, own: number) =>
		heavy.reduce((sum, b, i) => sum + (i === own ? 0 : 20 * overlapArea(b, box)), 0) +
		light.reduce((sum, b) => sum + overlapArea(b, box), 0);
	const optionsOf = (index: number) => {
		const { x, y, text } = points[index]!;
		const inside = candidates(x, y, labelWidth(text)).filter(inFrame);
		return inside.length > 0 ? inside : candidates(x, y, 0).slice(0, 1);
	};
	// The labels with the fewest free places go first (near an edge, or in a crowd), so an easier
	// label cannot take the only place a harder one had.
	const free = points.map((_, i) => optionsOf(i).filter(({ box }) => cost(box, i) === 0).length);
	const order = points.map((_, i) => i).sort((a, b) => free[a]! - free[b]! || a - b);
	const labels: MapLabel[] = [];
	for (const index of order) {
		// The first option of least cost: the preferred place wins a tie.
		const costed = optionsOf(index).map((option) => ({ option, cost: cost(option.box, index) }));
		const chosen = costed.reduce((best, next) => (next.cost < best.cost ? next : best)).option;
		heavy.push(chosen.box);
		labels[index] = { x: chosen.x, y: chosen.y, anchor: chosen.anchor };
	}
	return labels;
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
