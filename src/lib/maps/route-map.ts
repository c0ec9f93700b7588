import type { Feature, Geometry } from 'geojson';
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Coordinates } from '../../schemas/shared';
import { straightLineKm } from '../distance';
import { drawMap, outlinesOnce, spreadMarkers, type MapData, type MapMarker } from './maps';
import { detailed } from './geography';

/** A stop as a journey map draws it: its number, a name to label it with, and its anchor on the page. */
export interface RouteStop {
	id: string;
	number: number;
	name: string;
	coordinates: Coordinates;
}

/** A town to orient by (a provincial capital), drawn under the stops. */
export interface Town {
	name: string;
	coordinates: Coordinates;
}

/** A text on the map: where it starts and which way it runs from there (SVG `text-anchor`). */
export interface MapLabel {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	text: string;
}

/** A journey's map as data: the stops with their labels, the towns in the frame, a scale bar. */
export interface RouteMapData extends MapData<RouteStop> {
	/** The route through every marker, in visiting order. */
	route: string;
	/** Each stop's label, in the markers' order; none where no room was left for it. */
	stopLabels: (MapLabel | undefined)[];
	/** `covered`: a stop's marker sits on the town's square, so only its name is drawn. */
	towns: (MapMarker<Town> & { covered: boolean; label?: MapLabel })[];
	scale: ScaleBar;
}

/** A bar `px` long standing for `km`, at the map's bottom left. */
export interface ScaleBar {
	x: number;
	y: number;
	px: number;
	km: number;
}

/** Sizes in the map's own units (its viewBox), shared with RouteMap.astro's CSS. */
export const routeMapSizes = { marker: 12, stopFont: 15, townFont: 13, town: 7 } as const;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A journey's stops, numbered in order with the route between them, framed on the stops with
 * a margin (at least about 20 km across, so stops in one town do not pile up into one dot), the
 * towns in that frame, a label beside each stop where one fits, and a scale bar.
 */
export function routeMap(
	stops: RouteStop[],
	towns: Town[],
	width: number,
	height: number,
): RouteMapData {
	const projection = frameOn(stops, width, height);
	const map = drawMap(
		detailed,
		projection,
		width,
		height,
		stops,
		outlinesOnce(detailed, projection, width, height),
	);
	const { marker, stopFont, townFont, town } = routeMapSizes;
	const markers = spreadMarkers(map.markers, marker * 2 + 3, { width, height });
	const frame = { width, height };
	const taken: Box[] = markers.map((m) => square(m.x, m.y, marker));
	const townMarkers = towns
		.map((item) => {
			const [x, y] = projection([item.coordinates.lng, item.coordinates.lat])!;
			return { x: round(x), y: round(y), item };
		})
		.filter((t) => t.x > town && t.x < width - town && t.y > town && t.y < height - town)
		.map((t) => ({
			...t,
			covered: markers.some((m) => Math.hypot(m.x - t.x, m.y - t.y) < marker + town / 2),
		}));
	taken.push(...townMarkers.filter((t) => !t.covered).map((t) => square(t.x, t.y, town / 2)));
	const scale = scaleBar(projection, width, height);
	taken.push({
		left: 0,
		top: scale.y - townFont - 8,
		right: scale.x + scale.px + 8,
		bottom: height,
	});
	const stopLabels = markers.map((m) =>
		placeLabel(m, marker, shortName(m.item.name), stopFont, taken, frame),
	);
	return {
		...map,
		markers,
		// Through the markers as drawn, so the line meets every one of them, in order.
		route: `M${markers.map((m) => `${m.x},${m.y}`).join('L')}`,
		stopLabels,
		towns: townMarkers.map((t) => {
			const label = placeLabel(t, town / 2, t.item.name, townFont, taken, frame);
			return label ? { ...t, label } : t;
		}),
		scale,
	};
}

/** A Mercator projection fitted on the stops, with a tenth of the map as margin all round. */
function frameOn(stops: RouteStop[], width: number, height: number): GeoProjection {
	const lats = stops.map((s) => s.coordinates.lat);
	const lngs = stops.map((s) => s.coordinates.lng);
	const minSpan = 0.2;
	const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
	const midLng = (Math.min(...lngs) + Math.max(...lngs)) / 2;
	const halfLat = Math.max(Math.max(...lats) - Math.min(...lats), minSpan) / 2;
	const halfLng = Math.max(Math.max(...lngs) - Math.min(...lngs), minSpan) / 2;
	const frame: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[midLng - halfLng, midLat - halfLat],
				[midLng + halfLng, midLat + halfLat],
			],
		},
	};
	const margin = Math.min(width, height) * 0.1;
	return geoMercator().fitExtent(
		[
			[margin, margin],
			[width - margin, height - margin],
		],
		frame,
	);
}

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten kilometres), at most a quarter of
 * the map's width, measured on the projection across the middle of the map.
 */
export function scaleBar(projection: GeoProjection, width: number, height: number): ScaleBar {
	const [lng1, lat1] = projection.invert!([width / 2 - 50, height / 2])!;
	const [lng2, lat2] = projection.invert!([width / 2 + 50, height / 2])!;
	const kmPerPx = straightLineKm({ lat: lat1, lng: lng1 }, { lat: lat2, lng: lng2 }) / 100;
	const most = (width / 4) * kmPerPx;
	const power = 10 ** Math.floor(Math.log10(most));
	const km = [5, 2, 1].map((f) => f * power).find((length) => length <= most)!;
	return { x: 12, y: height - 12, px: round(km / kmPerPx), km };
}

/** A box a label or a marker takes on the map. */
interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const square = (x: number, y: number, r: number): Box => ({
	left: x - r,
	top: y - r,
	right: x + r,
	bottom: y + r,
});

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * About how wide a text is, in ems: Thai vowel and tone marks sit above or below their letter and
 * take no width, so marks are not counted.
 */
export function textWidthEm(text: string): number {
	return text.replace(/\p{M}/gu, '').length * 0.58;
}

/** The four places for a label `d` away from a point, nearer sides first: right, left, above, below. */
function placesAround(
	point: { x: number; y: number },
	d: number,
	{ w, h, fontSize }: { w: number; h: number; fontSize: number },
	text: string,
): [MapLabel, Box][] {
	const { x, y } = point;
	return [
		[
			{ x: x + d, y: y + fontSize / 3, anchor: 'start', text },
			{ left: x + d, top: y - h / 2, right: x + d + w, bottom: y + h / 2 },
		],
		[
			{ x: x - d, y: y + fontSize / 3, anchor: 'end', text },
			{ left: x - d - w, top: y - h / 2, right: x - d, bottom: y + h / 2 },
		],
		[
			{ x, y: y - d - h * 0.25, anchor: 'middle', text },
			{ left: x - w / 2, top: y - d - h, right: x + w / 2, bottom: y - d },
		],
		[
			{ x, y: y + d + fontSize, anchor: 'middle', text },
			{ left: x - w / 2, top: y + d, right: x + w / 2, bottom: y + d + h },
		],
	];
}

/** Whether a box keeps 2 units clear of the frame's edges. */
const insideFrame = (box: Box, frame: { width: number; height: number }) =>
	box.left >= 2 && box.top >= 2 && box.right <= frame.width - 2 && box.bottom <= frame.height - 2;

/**
 * A label beside a point: to the right, the left, above or below it, nearer first, in the first
 * place that stays in the frame and overlaps nothing already there; none if there is no such place.
 * The place it takes is added to `taken`.
 */
export function placeLabel(
	point: { x: number; y: number },
	radius: number,
	text: string,
	fontSize: number,
	taken: Box[],
	frame: { width: number; height: number },
): MapLabel | undefined {
	const size = { w: textWidthEm(text) * fontSize, h: fontSize * 1.2, fontSize };
	for (const gap of [4, 4 + radius * 1.5]) {
		for (const [label, box] of placesAround(point, radius + gap, size, text)) {
			if (insideFrame(box, frame) && !taken.some((t) => overlaps(t, box))) {
				taken.push(box);
				return { ...label, x: round(label.x), y: round(label.y) };
			}
		}
	}
	return undefined;
}

/**
 * A stop's name short enough to label a map with: whole words up to `max` characters, then "…".
 * Words are found by `Intl.Segmenter`, so Thai, written without spaces, is cut between words too.
 * @example shortName('Kad Khuang Mueang Walking Street') // => 'Kad Khuang Mueang…'
 */
export function shortName(name: string, max = 20): string {
	if (name.length <= max) return name;
	const kept: Intl.SegmentData[] = [];
	let length = 0;
	for (const segment of new Intl.Segmenter('th', { granularity: 'word' }).segment(name)) {
		if (length + segment.segment.trimEnd().length > max) break;
		kept.push(segment);
		length += segment.segment.length;
	}
	// Never end on a comma, an opening bracket or a joining word: "Wat Khuha Phimuk (…" or
	// "Laem Hin Pier and an…" reads as if something were missing.
	while (kept.length > 1) {
		const last = kept.at(-1)!;
		if (last.isWordLike && !joiningWords.has(last.segment.toLowerCase())) break;
		kept.pop();
	}
	const short = kept
		.map((s) => s.segment)
		.join('')
		.trim();
	// A first word longer than the limit is kept whole rather than cut inside.
	return `${short || name.split(/\s/)[0]}…`;
}

/** Words that join a name to what follows, never its last word on a map. */
const joiningWords = new Set([
	'a',
	'an',
	'and',
	'at',
	'by',
	'for',
	'from',
	'in',
	'its',
	'of',
	'on',
	'or',
	'the',
	'to',
	'with',
	'และ',
	'กับ',
	'ที่',
	'ของ',
]);
