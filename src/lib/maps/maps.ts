import type { Feature, Geometry } from 'geojson';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Coordinates } from '../../schemas/shared';
import { coarse, detailed, type Geography } from './geography';

/** A point drawn on a map, already projected into the map's viewBox. */
export interface MapMarker<T> {
	x: number;
	y: number;
	item: T;
}

/** An SVG map as data: the `.astro` component only draws it. */
export interface MapData<T> {
	width: number;
	height: number;
	/** Thailand's outline, as an SVG path. */
	land: string;
	/** The neighbouring countries, as one SVG path. */
	neighbours: string;
	markers: MapMarker<T>[];
	/** The route through the markers in order, as an SVG path, when asked for. */
	route?: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

function draw<T>(
	geography: Geography,
	projection: GeoProjection,
	width: number,
	height: number,
	points: (T & { coordinates: Coordinates })[],
	withRoute: boolean,
	outlines?: { land: string; neighbours: string },
): MapData<T> {
	// Outlines are cut at the frame, so a map zoomed in on a journey carries only what it shows.
	projection.clipExtent([
		[-2, -2],
		[width + 2, height + 2],
	]);
	const path = geoPath(projection).digits(1);
	const { land, neighbours } = outlines ?? {
		land: path(geography.thailand) ?? '',
		neighbours: geography.neighbours.map((f) => path(f) ?? '').join(''),
	};
	const markers = points.map((item) => {
		const [x, y] = projection([item.coordinates.lng, item.coordinates.lat])!;
		return { x: round(x), y: round(y), item };
	});
	return {
		width,
		height,
		land,
		neighbours,
		markers,
		...(withRoute && markers.length > 1
			? { route: `M${markers.map((m) => `${m.x},${m.y}`).join('L')}` }
			: {}),
	};
}

/**
 * The whole of Thailand, with a marker per point: the provinces index and the small locator maps.
 * @example thailandMap([{ coordinates: { lat: 18.78, lng: 100.77 } }], 300).markers[0] // => { x: …, y: …, item }
 */
export function thailandMap<T extends { coordinates: Coordinates }>(
	points: T[],
	width: number,
): MapData<T> {
	const height = Math.round(width * 1.75);
	const projection = geoMercator().fitExtent(
		[
			[width * 0.04, height * 0.02],
			[width * 0.96, height * 0.98],
		],
		coarse.thailand,
	);
	// The country's outline at a given width is the same on every page: drawn once per build.
	let outlines = countryOutlines.get(width);
	if (!outlines) {
		const { land, neighbours } = draw(coarse, projection, width, height, [], false);
		outlines = { land, neighbours };
		countryOutlines.set(width, outlines);
	}
	return draw(coarse, projection, width, height, points, false, outlines);
}

const countryOutlines = new Map<number, { land: string; neighbours: string }>();

/**
 * A journey's stops, numbered in order with the route between them, framed on the stops with
 * a margin (at least about 20 km across, so stops in one town do not pile up into one dot).
 */
export function routeMap<T extends { coordinates: Coordinates }>(
	stops: T[],
	width: number,
	height: number,
): MapData<T> {
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
	const projection = geoMercator().fitExtent(
		[
			[margin, margin],
			[width - margin, height - margin],
		],
		frame,
	);
	const map = draw(detailed, projection, width, height, stops, true);
	return { ...map, markers: spreadMarkers(map.markers, 28, { width, height }) };
}

/**
 * Moves markers that would sit on top of each other (stops in one town) apart, on a small circle
 * around where they are, so every number stays readable. The route still runs through the true points.
 */
export function spreadMarkers<T>(
	markers: MapMarker<T>[],
	minDistance: number,
	frame = { width: Infinity, height: Infinity },
): MapMarker<T>[] {
	// A marker's centre stays at least half its size inside the frame.
	const inside = (value: number, size: number) =>
		Math.min(Math.max(value, minDistance / 2), size - minDistance / 2);
	const placed: MapMarker<T>[] = [];
	for (const marker of markers) {
		let { x, y } = marker;
		for (
			let step = 1;
			step < 24 && placed.some((p) => Math.hypot(p.x - x, p.y - y) < minDistance);
			step++
		) {
			const angle = step * 2.4; // the golden angle, so tries spread evenly around the point
			x = round(inside(marker.x + Math.cos(angle) * minDistance * (1 + step / 8), frame.width));
			y = round(inside(marker.y + Math.sin(angle) * minDistance * (1 + step / 8), frame.height));
		}
		placed.push({ ...marker, x, y });
	}
	return placed;
}
