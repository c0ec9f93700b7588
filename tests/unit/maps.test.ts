import { describe, expect, test } from 'vitest';
import { routeMap, thailandMap } from '../../src/lib/maps/maps';

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
	test('keeps every stop inside the frame, with a margin', () => {
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThanOrEqual(40);
			expect(m.x).toBeLessThanOrEqual(560);
			expect(m.y).toBeGreaterThanOrEqual(40);
			expect(m.y).toBeLessThanOrEqual(360);
		}
	});
	test('draws the route through the stops in visiting order', () => {
		const points = map.route!.slice(1).split('L').map((p) => p.split(',').map(Number));
		expect(points).toEqual(map.markers.map((m) => [m.x, m.y]));
		expect(map.markers.map((m) => m.item.n)).toEqual([1, 2, 3]);
	});
	test('spreads stops in one town apart instead of piling them up', () => {
		const [a, b] = map.markers;
		expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(1);
	});
});
