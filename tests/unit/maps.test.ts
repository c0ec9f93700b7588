import { describe, expect, test } from 'vitest';
import { routeMap, spreadMarkers, thailandMap } from '../../src/lib/maps/maps';

const bangkok = { id: 'bangkok', coordinates: { lat: 13.7563, lng: 100.5018 } };
const chiangRai = { id: 'chiang-rai', coordinates: { lat: 19.9105, lng: 99.8406 } };
const narathiwat = { id: 'narathiwat', coordinates: { lat: 6.4255, lng: 101.8253 } };
const ubon = { id: 'ubon', coordinates: { lat: 15.2287, lng: 104.8564 } };

describe('thailandMap()', () => {
	const map = thailandMap([bangkok, chiangRai, narathiwat, ubon], 300);
	test('draws Thailand and its neighbours as SVG paths', () => {
		expect(map.land).toMatch(/^M[\d.,-]+/);
		expect(map.neighbours.length).toBeGreaterThan(300);
		expect(map.height).toBe(525);
	});
	test('puts every point inside the frame, north above south and east to the right of west', () => {
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(map.width);
			expect(m.y).toBeGreaterThan(0);
			expect(m.y).toBeLessThan(map.height);
		}
		const at = (id: string) => map.markers.find((m) => m.item.id === id)!;
		expect(at('chiang-rai').y).toBeLessThan(at('bangkok').y);
		expect(at('bangkok').y).toBeLessThan(at('narathiwat').y);
		expect(at('ubon').x).toBeGreaterThan(at('bangkok').x);
	});
});

describe('routeMap()', () => {
	const stops = [
		{ n: 1, coordinates: { lat: 18.7763, lng: 100.7708 } },
		{ n: 2, coordinates: { lat: 18.7745, lng: 100.7716 } },
		{ n: 3, coordinates: { lat: 19.0887, lng: 100.7861 } },
	];
	const map = routeMap(stops, 600, 400);
	test('keeps every stop, and its whole marker, inside the frame', () => {
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThanOrEqual(14);
			expect(m.x).toBeLessThanOrEqual(586);
			expect(m.y).toBeGreaterThanOrEqual(14);
			expect(m.y).toBeLessThanOrEqual(386);
		}
	});
	test('draws the route through the stops in visiting order, within the margin', () => {
		const points = map
			.route!.slice(1)
			.split('L')
			.map((p) => p.split(',').map(Number));
		expect(points).toHaveLength(3);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(40);
			expect(x).toBeLessThanOrEqual(560);
			expect(y).toBeGreaterThanOrEqual(40);
			expect(y).toBeLessThanOrEqual(360);
		}
		// Stop 3 is the northernmost: the route ends at the top.
		expect(points[2]![1]).toBeLessThan(points[0]![1]!);
		expect(map.markers.map((m) => m.item.n)).toEqual([1, 2, 3]);
	});
	test('spreads stops in one town apart instead of piling them up', () => {
		const [a, b] = map.markers;
		expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(1);
	});
});

describe('spreadMarkers()', () => {
	test('moves markers that would overlap apart, and leaves distant ones where they are', () => {
		const markers = [
			{ x: 100, y: 100, item: 1 },
			{ x: 102, y: 101, item: 2 },
			{ x: 101, y: 99, item: 3 },
			{ x: 300, y: 300, item: 4 },
		];
		const spread = spreadMarkers(markers, 28);
		for (let i = 0; i < spread.length; i++) {
			for (let j = i + 1; j < spread.length; j++) {
				expect(
					Math.hypot(spread[i]!.x - spread[j]!.x, spread[i]!.y - spread[j]!.y),
				).toBeGreaterThanOrEqual(28);
			}
		}
		expect(spread[0]).toEqual(markers[0]);
		expect(spread[3]).toEqual(markers[3]);
		expect(spread.map((m) => m.item)).toEqual([1, 2, 3, 4]);
	});
});
