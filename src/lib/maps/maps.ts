import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Coordinates } from '../../schemas/shared';
import { coarse, type Geography } from './geography';

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
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Draws the outlines and places the points of a map whose projection is already fitted. */
export function drawMap<T>(
	geography: Geography,
	projection: GeoProjection,
	width: number,
	height: number,
	points: (T & { coordinates: Coordinates })[],
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
	return { width, height, land, neighbours, markers };
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
	// The country's outline at a given width is the same on every page.
	const outlines = outlinesOnce(coarse, projection, width, height);
	return drawMap(coarse, projection, width, height, points, outlines);
}

type Outlines = Pick<MapData<never>, 'land' | 'neighbours'>;

/**
 * The outlines of `geography` as `projection` frames them, drawn once per build for each frame:
 * many pages show the same country map, and a journey's Thai and English pages the same route
 * frame. Keyed by everything `fitExtent` and `drawMap` set (a few kilobytes a frame).
 */
export function outlinesOnce(
	geography: Geography,
	projection: GeoProjection,
	width: number,
	height: number,
): Outlines {
	const frame = JSON.stringify([
		width,
		height,
		projection.scale(),
		projection.translate(),
		projection.center(),
		projection.rotate(),
	]);
	let drawn = outlinesDrawn.get(geography);
	if (!drawn) outlinesDrawn.set(geography, (drawn = new Map()));
	let outlines = drawn.get(frame);
	if (!outlines) {
		const { land, neighbours } = drawMap(geography, projection, width, height, []);
		outlines = { land, neighbours };
		drawn.set(frame, outlines);
	}
	return outlines;
}

const outlinesDrawn = new Map<Geography, Map<string, Outlines>>();

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
