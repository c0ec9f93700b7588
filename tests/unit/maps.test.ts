import { describe, expect, test } from 'vitest';
import { spreadMarkers, thailandMap } from '../../src/lib/maps/maps';

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
